import { describe, expect, it } from 'vitest';
import { arcPath, buildMovements, visibleMovements } from './arcs';
import { indexOf, seedLikeEvents } from './test-events';

describe('movement arcs', () => {
  it('runs from origin to destination and bows to the left of travel', () => {
    const { coordinates, endBearing } = arcPath([70, 45], [80, 45], 10);
    expect(coordinates).toHaveLength(11);
    expect(coordinates[0]![0]).toBeCloseTo(70, 9);
    expect(coordinates[10]![0]).toBeCloseTo(80, 9);
    expect(coordinates[10]![1]).toBeCloseTo(45, 9);
    // Travelling east, left is north: the middle lies north of the chord.
    expect(coordinates[5]![1]).toBeGreaterThan(45.5);
    // ...and arrives heading south-east.
    expect(endBearing).toBeGreaterThan(90);
    expect(endBearing).toBeLessThan(180);
  });

  it('keeps A→B and B→A apart', () => {
    const there = arcPath([70, 45], [80, 45], 10).coordinates[5]!;
    const back = arcPath([80, 45], [70, 45], 10).coordinates[5]!;
    expect(there[1] - back[1]).toBeGreaterThan(1);
  });

  it('draws one arrow per movement, dashed when an endpoint is only a country', () => {
    const index = indexOf(seedLikeEvents());
    const all = buildMovements(index);
    const byId = Object.fromEntries(all.lines.map((f) => [index.ids[f.properties.i], f]));
    expect(Object.keys(byId).sort()).toEqual(['deportation-uz', 'extradition-cn']);
    expect(byId['extradition-cn']!.properties.dashed).toBe(false);
    expect(byId['deportation-uz']!.properties.dashed).toBe(true);
    expect(byId['deportation-uz']!.properties.color).toBe('#CC79A7');

    const visible = new Uint8Array(index.n);
    visible[index.byId.get('extradition-cn')!] = 1;
    const v = visibleMovements(all, visible);
    expect(v.lines.features).toHaveLength(1);
    expect(v.heads.features[0]!.geometry.coordinates).toEqual([87.6168, 43.8256]);
  });
});
