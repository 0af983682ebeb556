import { describe, expect, it } from 'vitest';
import { DAY, focusWindow, padExtent } from './windows';

const d = (y: number, m: number, day = 1) => Date.UTC(y, m - 1, day);

/** The seed's shape: a few events 1998-2021, most of them 4-12 January 2022. */
function seedLike() {
  const starts = [d(1998, 5), d(2008, 3, 12), d(2014, 1), d(2019, 6, 1), d(2021, 11, 20)];
  for (let k = 0; k < 40; k++) starts.push(d(2022, 1, 4 + (k % 9)));
  const n = starts.length;
  const start = Float64Array.from(starts);
  const end = start.map((s) => s + DAY);
  return { n, start, end };
}

describe('padExtent', () => {
  it('pads by a fraction of the span', () => {
    expect(padExtent([0, 1000 * DAY], 0.05)).toEqual([-50 * DAY, 1050 * DAY]);
  });
  it('gives a single instant at least the minimum span, centred', () => {
    expect(padExtent([10 * DAY, 10 * DAY])).toEqual([9.5 * DAY, 10.5 * DAY]);
  });
  it("has a window when there is no data: this year, not a dataset's year", () => {
    const year = new Date().getUTCFullYear();
    expect(padExtent(undefined)).toEqual([Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)]);
  });
});

describe('focusWindow', () => {
  it('finds the January 2022 cluster, not 1998-2022', () => {
    const w = focusWindow(seedLike(), null, 0.8)!;
    expect(new Date(w[0]).toISOString().slice(0, 10)).toBe('2022-01-03');
    expect(new Date(w[1]).toISOString().slice(0, 10)).toBe('2022-01-12');
    expect(w[1] - w[0]).toBeLessThan(12 * DAY);
  });
  it('leaves year-only events out of the search, and shows whole months', () => {
    // The seed's shape: a few old events, four years, four Januaries, three days in January.
    const spans: [number, number][] = [
      [d(1998, 8), d(1998, 9)],
      [d(2013, 1), d(2014, 1)],
      [d(2019, 7), d(2019, 8)],
      [d(2021, 8, 17), d(2021, 8, 18)],
      [d(2022, 1, 4), d(2022, 1, 11)],
      [d(2022, 1, 6), d(2022, 1, 7)],
      [d(2022, 1, 12), d(2022, 1, 13)],
    ];
    for (let k = 0; k < 4; k++) spans.push([d(2022, 1), d(2022, 2)], [d(2022, 1), d(2023, 1)]);
    const ix = {
      n: spans.length,
      start: Float64Array.from(spans, (x) => x[0]),
      end: Float64Array.from(spans, (x) => x[1]),
    };
    const w = focusWindow(ix, null)!;
    expect(w[0]).toBeLessThan(d(2022, 1));
    expect(w[0]).toBeGreaterThan(d(2021, 12, 25));
    expect(w[1]).toBeGreaterThan(d(2022, 2));
    expect(w[1]).toBeLessThan(d(2022, 2, 6));
  });
  it('considers only visible events', () => {
    const ix = seedLike();
    const visible = new Uint8Array(ix.n);
    visible[0] = visible[1] = 1;
    const w = focusWindow(ix, visible, 1)!;
    expect(w[0]).toBeLessThan(d(1998, 5));
    expect(w[1]).toBeGreaterThan(d(2008, 3, 12));
  });
  it('is undefined when nothing is visible', () => {
    expect(focusWindow(seedLike(), new Uint8Array(45), 0.8)).toBeUndefined();
  });
});
