import { describe, expect, it } from 'vitest';
import { buildLaneIndex, labelLines, laneDefs, lanesOf, packTracks, stepVisible } from './lanes';

const DAY = 86_400_000;
/** Five events: precision 1 = day, 2 = month; masks over articles [2, 3, 16]. */
function fixture() {
  const start = Float64Array.from([5, 1, 3, 2, 4].map((d) => d * DAY));
  return {
    n: 5,
    start,
    end: start.map((s) => s + DAY),
    datePrecision: Uint8Array.from([1, 1, 2, 1, 1]),
    isRange: Uint8Array.from([0, 0, 0, 1, 0]),
    approximate: Uint8Array.from([0, 0, 0, 0, 1]),
    articleMask: Uint32Array.from([0b001, 0b011, 0, 0b100, 0b010]),
    category: Uint8Array.from([0, 1, 1, 0, 2]),
  };
}
const t = (k: string, p: Record<string, string | number> = {}) =>
  k === 'article.short' ? `Art. ${p.number}` : k === 'article.label' ? `Article ${p.number}` : k;

describe('laneDefs', () => {
  it('adds "Not assigned" after the articles', () => {
    const defs = laneDefs('article', [{ number: 2, title: 'Prevention' }], [], t);
    expect(defs.map((d) => d.label)).toEqual(['Art. 2 · Prevention', 'timeline.notAssigned']);
  });
  it('gives each lane a brief label for a narrow timeline: the article alone', () => {
    const defs = laneDefs('article', [{ number: 2, title: 'Prevention' }], [], t);
    expect(defs.map((d) => d.brief)).toEqual(['Art. 2', 'timeline.notAssigned']);
  });
  it('has one lane per category', () => {
    expect(laneDefs('category', [], [{ id: 'arrest', label: 'Arrest' }], t)).toHaveLength(1);
  });
});

describe('labelLines', () => {
  it('allows a second line only where the lane has room for it', () => {
    expect(labelLines(30)).toBe(2);
    expect(labelLines(28)).toBe(1);
    expect(labelLines(16)).toBe(1);
  });
});

describe('buildLaneIndex', () => {
  it('puts an event in every lane of its articles, unassigned ones last, in time order', () => {
    const li = buildLaneIndex(fixture(), 'article', 4);
    expect(Array.from(li.order)).toEqual([1, 3, 2, 4, 0]);
    expect(Array.from(li.short[0]!)).toEqual([1, 0]);
    expect(Array.from(li.short[1]!)).toEqual([1, 4]);
    expect(Array.from(li.long[2]!)).toEqual([3]);
    expect(Array.from(li.long[3]!)).toEqual([2]);
    expect(Array.from(li.vague)).toEqual([0, 0, 1, 0, 1]);
  });
  it('says which lanes an event is drawn in', () => {
    expect(lanesOf(fixture(), 'article', 4, 1)).toEqual([0, 1]);
    expect(lanesOf(fixture(), 'article', 4, 2)).toEqual([3]);
    expect(lanesOf(fixture(), 'category', 3, 4)).toEqual([2]);
  });
  it('has one lane per category', () => {
    const li = buildLaneIndex(fixture(), 'category', 3);
    expect(Array.from(li.short[0]!)).toEqual([0]);
    expect(Array.from(li.long[0]!)).toEqual([3]);
    expect(Array.from(li.short[2]!)).toEqual([4]);
  });
});

describe('stepVisible', () => {
  const li = buildLaneIndex(fixture(), 'article', 4);
  it('steps to the next and previous visible event in time, skipping hidden ones', () => {
    const visible = Uint8Array.from([1, 1, 0, 1, 1]);
    expect(stepVisible(li, visible, 3, 1)).toBe(4);
    expect(stepVisible(li, visible, 4, -1)).toBe(3);
  });
  it('starts at either end with nothing selected and stays put at the ends', () => {
    const visible = Uint8Array.from([1, 1, 1, 1, 1]);
    expect(stepVisible(li, visible, -1, 1)).toBe(1);
    expect(stepVisible(li, visible, -1, -1)).toBe(0);
    expect(stepVisible(li, visible, 0, 1)).toBe(0);
  });
  it('moves from a hidden selected event to its visible neighbour', () => {
    expect(stepVisible(li, Uint8Array.from([1, 0, 0, 0, 0]), 2, 1)).toBe(0);
  });
});

describe('packTracks', () => {
  it('gives overlapping periods different tracks and reuses a track once it is free', () => {
    const start = Float64Array.from([0, 0, 10, 40, 0]);
    const end = Float64Array.from([31, 31, 20, 50, 365]);
    const track = packTracks(Uint32Array.from([0, 1, 2, 3, 4]), start, end);
    // The year (4) starts with the months and is longest: it takes track 0; the months 1 and 2,
    // day 10-20 the next free one, day 40-50 goes back to track 1.
    expect(Array.from(track)).toEqual([1, 2, 3, 1, 0]);
  });
});
