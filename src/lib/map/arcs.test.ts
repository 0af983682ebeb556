import { describe, expect, it } from 'vitest';
import { arcCurve, buildMovements, curveAt } from './arcs';
import { latFromMercatorY, lonFromMercatorX, mercatorX, mercatorY } from './mercator';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';

/** The point of an arc at t as [lon, lat]. */
const at = (a: ReturnType<typeof arcCurve>, t: number) => {
  const [x, y] = curveAt(a, t);
  return [lonFromMercatorX(x), latFromMercatorY(y)];
};

describe('movement arcs', () => {
  it('runs from origin to destination and bows to the left of travel', () => {
    const arc = arcCurve([70, 45], [80, 45]);
    expect(at(arc, 0)[0]).toBeCloseTo(70, 9);
    expect(at(arc, 0)[1]).toBeCloseTo(45, 9);
    expect(at(arc, 1)[0]).toBeCloseTo(80, 9);
    expect(at(arc, 1)[1]).toBeCloseTo(45, 9);
    // Travelling east, left is north: the middle lies north of the chord.
    expect(at(arc, 0.5)[1]).toBeGreaterThan(45.5);
    // ...and arrives heading south-east.
    expect(arc.endBearing).toBeGreaterThan(90);
    expect(arc.endBearing).toBeLessThan(180);
  });

  it('keeps A→B and B→A apart', () => {
    const there = at(arcCurve([70, 45], [80, 45]), 0.5);
    const back = at(arcCurve([80, 45], [70, 45]), 0.5);
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
    expect(cn.x2).toBeCloseTo(mercatorX(87.6168), 12);
    expect(cn.y2).toBeCloseTo(mercatorY(43.8256), 12);
    expect(curveAt(cn, 1)[0]).toBeCloseTo(mercatorX(87.6168), 12);
  });
});
