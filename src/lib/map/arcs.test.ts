import { describe, expect, it } from 'vitest';
import { arcPath, buildMovements } from './arcs';
import { latFromMercatorY, lonFromMercatorX, mercatorX, mercatorY } from './mercator';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';

/** The k-th point of an arc as [lon, lat]. */
const at = (a: { xs: Float64Array; ys: Float64Array }, k: number) => [
  lonFromMercatorX(a.xs[k]!),
  latFromMercatorY(a.ys[k]!),
];

describe('movement arcs', () => {
  it('runs from origin to destination and bows to the left of travel', () => {
    const arc = arcPath([70, 45], [80, 45], 10);
    expect(arc.xs).toHaveLength(11);
    expect(at(arc, 0)[0]).toBeCloseTo(70, 9);
    expect(at(arc, 10)[0]).toBeCloseTo(80, 9);
    expect(at(arc, 10)[1]).toBeCloseTo(45, 9);
    // Travelling east, left is north: the middle lies north of the chord.
    expect(at(arc, 5)[1]).toBeGreaterThan(45.5);
    // ...and arrives heading south-east.
    expect(arc.endBearing).toBeGreaterThan(90);
    expect(arc.endBearing).toBeLessThan(180);
  });

  it('keeps A→B and B→A apart', () => {
    const there = at(arcPath([70, 45], [80, 45], 10), 5);
    const back = at(arcPath([80, 45], [70, 45], 10), 5);
    expect(there[1]! - back[1]!).toBeGreaterThan(1);
  });

  it('draws one arrow per movement, to its destination, dashed when an end is only a country', () => {
    const index = indexOf(seedLikeEvents());
    const byId = Object.fromEntries(buildMovements(index).map((a) => [index.ids[a.i], a]));
    expect(Object.keys(byId).sort()).toEqual(['deportation-uz', 'extradition-cn']);
    const cn = byId['extradition-cn']!;
    expect(cn.dashed).toBe(false);
    expect(byId['deportation-uz']!.dashed).toBe(true);
    expect(byId['deportation-uz']!.color).toBe('#CC79A7');
    expect(cn.xs[cn.xs.length - 1]).toBeCloseTo(mercatorX(87.6168), 12);
    expect(cn.ys[cn.ys.length - 1]).toBeCloseTo(mercatorY(43.8256), 12);
  });
});
