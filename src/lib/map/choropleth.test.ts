import { schemeYlOrRd } from 'd3';
import { describe, expect, it } from 'vitest';
import { areaClasses, areaLevel, classOf, YL_OR_RD } from './choropleth';

describe('YL_OR_RD', () => {
  it("is ColorBrewer's YlOrRd as d3-scale-chromatic gives it", () => {
    for (const k of [3, 4, 5]) expect(YL_OR_RD[k]).toEqual(schemeYlOrRd[k]);
  });
});

describe('areaClasses', () => {
  it('has no class without events', () => {
    expect(areaClasses([])).toEqual([]);
    expect(areaClasses([0, 0])).toEqual([]);
  });

  it('gives each count a class of its own when there are few, the classes meeting', () => {
    const c = areaClasses([3, 1, 3, 0]);
    expect(c.map((k) => [k.from, k.to])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    // Darker for more.
    expect(c[0]!.colour).not.toBe(c[1]!.colour);
  });

  it('cuts many counts into at most five classes that cover every count', () => {
    const counts = Array.from({ length: 100 }, (_, i) => i + 1);
    const c = areaClasses(counts);
    expect(c.length).toBe(5);
    expect(c[0]!.from).toBe(1);
    expect(c.at(-1)!.to).toBe(100);
    for (let k = 1; k < c.length; k++) expect(c[k]!.from).toBe(c[k - 1]!.to + 1);
    expect(new Set(c.map((k) => k.colour)).size).toBe(5);
    for (const n of counts) expect(classOf(c, n)).toBeGreaterThanOrEqual(0);
  });

  it('keeps classes apart when many areas share a count', () => {
    const c = areaClasses([1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 90]);
    const tos = c.map((k) => k.to);
    expect(new Set(tos).size).toBe(tos.length);
    expect(classOf(c, 90)).toBe(c.length - 1);
  });
});

describe('classOf', () => {
  it('leaves an area with no event unfilled', () => {
    expect(classOf(areaClasses([1, 2]), 0)).toBe(-1);
  });
});

describe('areaLevel', () => {
  it('counts by country at a world zoom, by region closer in', () => {
    expect(areaLevel(1.5)).toBe('countries');
    expect(areaLevel(3)).toBe('regions');
  });
});
