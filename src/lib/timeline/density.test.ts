import { describe, expect, it } from 'vitest';
import {
  addEvents,
  BinScratch,
  Binning,
  binLane,
  coverRuns,
  gatherRun,
  isCrowded,
  laneLook,
} from './density';

const DAY = 86_400_000;
const round = (a: Float64Array) => Array.from(a, (x) => Math.round(x * 1000) / 1000);

function events(list: [number, number][]) {
  const start = Float64Array.from(list.map(([s]) => s * DAY));
  const end = Float64Array.from(list.map(([, e]) => e * DAY));
  const ids = Uint32Array.from(list.map((_, i) => i));
  return { start, end, ids };
}

describe('addEvents', () => {
  it('fills two resolutions in one pass, and lists added in turn bin as their concatenation', () => {
    const start = Float64Array.from([0, 2, 3, 9, 1, 4], (d) => d * DAY);
    const end = Float64Array.from([1, 5, 4, 10, 8, 4.5], (d) => d * DAY);
    const vague = Uint8Array.from([0, 1, 0, 0, 1, 0]);
    const visible = Uint8Array.from([1, 1, 0, 1, 1, 1]);
    const first = Uint32Array.from([0, 1, 2, 3]);
    const then = Uint32Array.from([4, 5]);
    const coarse = new Binning(3, DAY, 9 * DAY);
    const fine = new Binning(7, DAY, 9 * DAY);
    const run = (ids: Uint32Array) => gatherRun(ids, start, end, vague);
    addEvents(coarse, fine, run(first), visible);
    addEvents(fine, null, run(then), visible);
    const bin = (ids: Uint32Array, n: number) => binLane(run(ids), visible, DAY, 9 * DAY, n);
    expect(coarse.result()).toEqual(bin(first, 3));
    expect(fine.result()).toEqual(bin(Uint32Array.from([0, 1, 2, 3, 4, 5]), 7));
  });
});

describe('gatherRun', () => {
  it("copies the events' dates and vagueness in the list's order", () => {
    const run = gatherRun(
      Uint32Array.from([2, 0]),
      Float64Array.from([10, 11, 12]),
      Float64Array.from([20, 21, 22]),
      Uint8Array.from([0, 0, 1]),
    );
    expect(Array.from(run.start)).toEqual([12, 10]);
    expect(Array.from(run.end)).toEqual([22, 20]);
    expect(Array.from(run.vague)).toEqual([1, 0]);
  });
});

describe('binLane', () => {
  it('puts a day in its bin and spreads a range evenly (golden)', () => {
    // Window: 10 days in 5 bins of 2 days. Event 0: day 1; event 1: days 2-6 (4 days).
    const { start, end, ids } = events([
      [1, 2],
      [2, 6],
    ]);
    const b = binLane(gatherRun(ids, start, end, new Uint8Array(2)), null, 0, 10 * DAY, 5);
    expect(round(b.precise)).toEqual([1, 0.5, 0.5, 0, 0]);
    expect(Array.from(b.cover)).toEqual([1, 1, 1, 0, 0]);
    expect(b.maxDepth).toBe(1);
    expect(b.count).toBe(2);
  });

  it('keeps vague mass apart and counts only the part inside the window', () => {
    // A "year" from day -10 to day 10, vague: half of it is in the window [0, 10).
    const { start, end, ids } = events([[-10, 10]]);
    const b = binLane(gatherRun(ids, start, end, Uint8Array.from([1])), null, 0, 10 * DAY, 5);
    expect(round(b.vague)).toEqual([0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(round(b.precise)).toEqual([0, 0, 0, 0, 0]);
  });

  it('skips invisible events and events outside the window', () => {
    const { start, end, ids } = events([
      [1, 2],
      [3, 4],
      [20, 21],
    ]);
    const b = binLane(
      gatherRun(ids, start, end, new Uint8Array(3)),
      Uint8Array.from([0, 1, 1]),
      0,
      10 * DAY,
      10,
    );
    expect(b.count).toBe(1);
    expect(b.precise[3]).toBe(1);
    expect(b.maxMass).toBe(1);
  });

  it('reuses its scratch and output without carrying counts over', () => {
    const { start, end, ids } = events([[1, 2]]);
    const scratch = new BinScratch();
    const out = binLane(
      gatherRun(ids, start, end, new Uint8Array(1)),
      null,
      0,
      10 * DAY,
      10,
      scratch,
    );
    binLane(gatherRun(ids, start, end, new Uint8Array(1)), null, 0, 10 * DAY, 10, scratch, out);
    expect(out.precise[1]).toBe(1);
  });

  // Its speed is measured by the benchmark (npm run bench), never asserted here.
  it('bins 100,000 events, each counted once', () => {
    const n = 100_000;
    const start = new Float64Array(n);
    for (let i = 0; i < n; i++) start[i] = (i % 365) * DAY;
    const end = start.map((s) => s + DAY);
    const ids = Uint32Array.from({ length: n }, (_, i) => i);
    const scratch = new BinScratch();
    const b = binLane(
      gatherRun(ids, start, end, new Uint8Array(n)),
      null,
      0,
      365 * DAY,
      800,
      scratch,
    );
    expect(Math.round(b.precise.reduce((a, x) => a + x, 0))).toBe(n);
  });
});

describe('isCrowded', () => {
  it('switches to a histogram when marks stack beyond what the lane can spread', () => {
    const base = {
      n: 1,
      precise: new Float64Array(1),
      vague: new Float64Array(1),
      cover: new Int32Array(1),
      maxMass: 0,
      count: 0,
    };
    expect(isCrowded({ ...base, maxDepth: 5 }, 36)).toBe(false);
    expect(isCrowded({ ...base, maxDepth: 13 }, 36)).toBe(true);
  });
});

describe('laneLook', () => {
  const W = 60 * DAY;
  const jan = (k: number) => [k, k + 31] as [number, number];
  const day = (d: number) => [d, d + 1] as [number, number];
  /** Crowding bins of one lane's points and periods, as layoutDetail makes them. */
  function look(points: [number, number][], periods: [number, number][], H = 30) {
    const bin = (list: [number, number][]) => {
      if (!list.length) return null;
      const { start, end, ids } = events(list);
      return binLane(gatherRun(ids, start, end, new Uint8Array(list.length)), null, 0, W, 60);
    };
    return laneLook(bin(points), bin(periods), H);
  }

  it('keeps a moderate lane as marks: three days and a few overlapping months', () => {
    expect(look([day(4), day(6), day(12)], [jan(0), jan(0), [0, 365], [0, 365]])).toBe('marks');
  });

  it('folds forty "2022-01" bands into a count band and keeps the days as marks', () => {
    const months = Array.from({ length: 40 }, () => jan(0));
    expect(look([day(4), day(6), day(12)], months)).toBe('bands');
  });

  it('keeps the histogram for lanes whose points are crowded', () => {
    const days = Array.from({ length: 500 }, (_, k) => day(k % 20));
    expect(look(days, [])).toBe('histogram');
    expect(
      look(
        days,
        Array.from({ length: 40 }, () => jan(0)),
      ),
    ).toBe('histogram');
  });
});

describe('coverRuns', () => {
  it('groups equal counts into runs, for one label per month', () => {
    const { start, end, ids } = events([
      [0, 4],
      [0, 4],
      [2, 6],
    ]);
    const b = binLane(gatherRun(ids, start, end, new Uint8Array(3)), null, 0, 8 * DAY, 8);
    expect(coverRuns(b)).toEqual([
      { b0: 0, b1: 2, count: 2 },
      { b0: 2, b1: 4, count: 3 },
      { b0: 4, b1: 6, count: 1 },
    ]);
  });
});
