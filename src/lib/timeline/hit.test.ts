import { describe, expect, it } from 'vitest';
import { hitTest } from './hit';
import { buildLaneIndex } from './lanes';
import { markY, trackY } from './marks';

const DAY = 86_400_000;
const H = 40;
const R = 4;

/** Event 0: day 2; event 1: day 2 (same lane); event 2: month-precision days 0-30; all article 0. */
function fixture() {
  const start = Float64Array.from([2 * DAY, 2 * DAY, 0]);
  const end = Float64Array.from([3 * DAY, 3 * DAY, 30 * DAY]);
  const index = {
    n: 3,
    start,
    end,
    datePrecision: Uint8Array.from([1, 1, 2]),
    isRange: new Uint8Array(3),
    approximate: new Uint8Array(3),
    articleMask: Uint32Array.from([1, 1, 1]),
    category: new Uint8Array(3),
  };
  return { index, li: buildLaneIndex(index, 'article', 2) };
}
/** 10 px per day from day 0. */
const frame = { w0: 0, pxPerMs: 10 / DAY, laneHeight: H, r: R };

describe('hitTest', () => {
  const { index, li } = fixture();
  const all = new Uint8Array(3).fill(1);
  it('finds the point nearest the pointer, by its jittered height', () => {
    for (const i of [0, 1])
      expect(hitTest(li, index.start, index.end, all, 0, 25, markY(i, H, R), frame)).toBe(i);
  });
  it('falls back to the month band behind the points, on its track', () => {
    expect(hitTest(li, index.start, index.end, all, 0, 200, trackY(0, H), frame)).toBe(2);
  });
  it('ignores invisible events, other lanes and empty space', () => {
    const vis = Uint8Array.from([0, 0, 1]);
    expect(hitTest(li, index.start, index.end, vis, 0, 25, markY(0, H, R), frame)).not.toBe(0);
    expect(hitTest(li, index.start, index.end, all, 1, 25, markY(0, H, R), frame)).toBe(-1);
    expect(hitTest(li, index.start, index.end, all, 0, 400, 20, frame)).toBe(-1);
  });
});
