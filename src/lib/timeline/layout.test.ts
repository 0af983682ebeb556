import { describe, expect, it } from 'vitest';
import { binLane, gatherRun } from './density';
import { buildLaneIndex } from './lanes';
import {
  hitDetail,
  laneIds,
  LayoutCache,
  layoutDetail,
  layoutOverview,
  markMask,
  OverviewCache,
} from './layout';
import { markY, trackY } from './marks';

const DAY = 86_400_000;
const H = 30;
/** 60 days over 600 px: 10 px a day. */
const W0 = 0;
const W1 = 60 * DAY;
const WIDTH = 600;

interface Ev {
  start: number;
  end: number;
  /** 0 time, 1 day, 2 month, 3 year. */
  precision: number;
  lane: number;
}
const day = (d: number, lane = 0): Ev => ({
  start: d * DAY,
  end: (d + 1) * DAY,
  precision: 1,
  lane,
});
const month = (d: number, lane = 0): Ev => ({
  start: d * DAY,
  end: (d + 31) * DAY,
  precision: 2,
  lane,
});

/** Events in two article lanes (lane 2 is "not assigned", empty). */
function data(evs: Ev[]) {
  const n = evs.length;
  const index = {
    n,
    start: Float64Array.from(evs, (e) => e.start),
    end: Float64Array.from(evs, (e) => e.end),
    datePrecision: Uint8Array.from(evs, (e) => e.precision),
    isRange: new Uint8Array(n),
    approximate: new Uint8Array(n),
    articleMask: Uint32Array.from(evs, (e) => 1 << e.lane),
    category: new Uint8Array(n),
  };
  return { index, li: buildLaneIndex(index, 'article', 3) };
}

function layout(evs: Ev[], opts: { drawn?: Uint8Array; highlight?: Uint8Array | null } = {}) {
  const { index, li } = data(evs);
  return layoutDetail({
    index,
    li,
    drawn: opts.drawn ?? new Uint8Array(evs.length).fill(1),
    highlight: opts.highlight ?? null,
    w0: W0,
    w1: W1,
    width: WIDTH,
    laneHeight: H,
  });
}

const many = <T>(k: number, f: (j: number) => T) => Array.from({ length: k }, (_, j) => f(j));

describe('layoutDetail: the form of each lane', () => {
  it('keeps a moderate lane as marks, with no bins', () => {
    const l = layout([day(4), day(6), month(0), day(10, 1)]);
    expect(l.lanes.map((x) => x.form)).toEqual(['marks', 'marks', 'marks']);
    expect(l.lanes[0]!.bins).toBeNull();
    expect(l.bandMarks).toBeNull();
    expect(l.pxPerMs).toBeCloseTo(10 / DAY);
  });

  it('folds forty months into a count band in their lane only, with runs', () => {
    const l = layout([day(4), ...many(40, () => month(0)), day(10, 1)]);
    expect(l.lanes.map((x) => x.form)).toEqual(['bands', 'marks', 'marks']);
    const band = l.lanes[0]!;
    expect(band.bins!.n).toBe(300);
    // 31 days of 10 px in 2 px bins: bins 0-154 covered by the forty months.
    expect(band.runs).toEqual([{ b0: 0, b1: 155, count: 40 }]);
    expect(l.bandMax).toBe(40);
  });

  it('makes a histogram of a lane whose points pile up, on one scale for all lanes', () => {
    const l = layout([...many(50, () => day(20)), ...many(20, () => day(30, 1))]);
    expect(l.lanes.map((x) => x.form)).toEqual(['histogram', 'histogram', 'marks']);
    const bins = l.lanes[0]!.bins!;
    expect(bins.count).toBe(50);
    // Day 20 covers 10 px: five 2 px bins of 10 events each.
    for (let b = 100; b < 105; b++) expect(bins.precise[b]).toBeCloseTo(10);
    expect(bins.precise[105]).toBe(0);
    expect(l.histMax).toBeCloseTo(10);
    expect(l.lanes[0]!.highlighted).toBeNull();
  });

  it("bins a histogram's points and periods as binning the lane's whole list would", () => {
    const evs = [...many(50, (j) => day(20 + (j % 7))), ...many(9, (j) => month(j * 3))];
    const drawn = Uint8Array.from(evs, (_, i) => (i % 4 === 3 ? 0 : 1));
    const l = layout(evs, { drawn });
    const { index, li } = data(evs);
    expect(l.lanes[0]!.form).toBe('histogram');
    const all = gatherRun(laneIds(li, 0), index.start, index.end, li.vague);
    expect(l.lanes[0]!.bins).toEqual(binLane(all, drawn, W0, W1, 300));
  });

  it('counts only drawn events, and bins a narrative highlight beside the histogram', () => {
    const evs = many(60, () => day(20));
    const drawn = Uint8Array.from(evs, (_, i) => (i < 50 ? 1 : 0));
    const highlight = Uint8Array.from(evs, (_, i) => (i % 10 === 0 ? 1 : 0));
    const l = layout(evs, { drawn, highlight });
    expect(l.lanes[0]!.bins!.count).toBe(50);
    // Highlighted and drawn: 0, 10, 20, 30, 40 (50 is not drawn).
    expect(l.lanes[0]!.highlighted!.count).toBe(5);
  });
});

describe('markMask', () => {
  it('leaves out the periods folded into a band, keeping points and highlighted periods', () => {
    const evs = [day(4), month(0), month(0), ...many(40, () => month(0)), day(10, 1), month(0, 1)];
    const highlight = new Uint8Array(evs.length);
    highlight[1] = 1;
    const l = layout(evs, { highlight });
    const band = markMask(l, 0);
    expect([band[0], band[1], band[2]]).toEqual([1, 1, 0]);
    // Lane 1 is marks: its period is a mark there.
    expect(markMask(l, 1)[evs.length - 1]).toBe(1);
  });

  it('is kept while the drawn set and the highlight stay the same', () => {
    const { index, li } = data([day(4), ...many(40, () => month(0))]);
    const cache = new LayoutCache();
    const drawn = new Uint8Array(index.n).fill(1);
    const input = {
      index,
      li,
      drawn,
      highlight: null,
      w0: W0,
      w1: W1,
      width: WIDTH,
      laneHeight: H,
    };
    const a = layoutDetail(input, cache);
    const b = layoutDetail({ ...input, w1: W1 + DAY }, cache);
    expect(a.bandMarks).toBe(b.bandMarks);
    const c = layoutDetail({ ...input, drawn: drawn.slice() }, cache);
    expect(c.bandMarks).not.toBe(a.bandMarks);
  });
});

describe('hitDetail', () => {
  it('finds the point under the pointer and nothing beside it', () => {
    const l = layout([day(4), day(10, 1)]);
    const x = 45; // the middle of day 4
    expect(hitDetail(l, x, markY(0, H, 4.5))).toEqual({
      lane: 0,
      form: 'marks',
      event: 0,
      bins: null,
    });
    expect(hitDetail(l, 300, markY(0, H, 4.5))!.event).toBe(-1);
    // Event 1 is in lane 1, one lane height down.
    expect(hitDetail(l, 105, H + markY(1, H, 4.5))!.event).toBe(1);
  });

  it('is null outside the lanes', () => {
    const l = layout([day(4)]);
    expect(hitDetail(l, 45, -1)).toBeNull();
    expect(hitDetail(l, 45, 3 * H)).toBeNull();
  });

  it('does not find an event that is not drawn', () => {
    const l = layout([day(4)], { drawn: new Uint8Array(1) });
    expect(hitDetail(l, 45, markY(0, H, 4.5))!.event).toBe(-1);
  });

  it('names a histogram bin with its count and dates', () => {
    const l = layout(many(50, () => day(20)));
    const hit = hitDetail(l, 201, 10)!;
    expect(hit).toMatchObject({ lane: 0, form: 'histogram', event: -1 });
    expect(hit.bins).toEqual({ t0: 20 * DAY, t1: 20.2 * DAY, count: 10 });
    expect(hitDetail(l, 50, 10)!.bins).toBeNull();
  });

  it('in a count band, finds the points first, then the run under the pointer', () => {
    const evs = [day(4), ...many(40, () => month(0))];
    const l = layout(evs);
    expect(hitDetail(l, 45, markY(0, H, 4.5))!.event).toBe(0);
    // A folded period is no mark: its track gives the band's run instead.
    const hit = hitDetail(l, 200, trackY(0, H))!;
    expect(hit.event).toBe(-1);
    expect(hit.form).toBe('bands');
    expect(hit.bins).toEqual({ t0: 0, t1: 31 * DAY, count: 40 });
    expect(hitDetail(l, 500, trackY(0, H))!.bins).toBeNull();
  });

  it('in a count band, still finds a highlighted period', () => {
    const evs = [day(4), ...many(40, () => month(0))];
    const highlight = new Uint8Array(evs.length);
    highlight[1] = 1;
    const l = layout(evs, { highlight });
    const t = l.li.long[0]!.indexOf(1);
    expect(hitDetail(l, 200, trackY(l.li.track[0]![t]!, H))!.event).toBe(1);
  });
});

describe('layoutOverview', () => {
  it('bins every event and the drawn ones over the whole period', () => {
    const { index, li } = data([day(4), day(4), day(40)]);
    const o = layoutOverview(index, li, Uint8Array.from([1, 0, 1]), W0, W1, 60);
    expect(o.all.n).toBe(30);
    expect(o.all.count).toBe(3);
    expect(o.drawn.count).toBe(2);
    // Two days a bin: the two events of day 4 in one.
    expect(o.all.maxMass).toBe(2);
    expect(o.drawn.maxMass).toBe(1);
  });

  it('bins all events once while the bounds and width stay, and the drawn ones each time', () => {
    const { index, li } = data([day(4), day(4), day(40)]);
    const cache = new OverviewCache();
    const a = layoutOverview(index, li, Uint8Array.from([1, 0, 1]), W0, W1, 60, cache);
    const b = layoutOverview(index, li, Uint8Array.from([0, 0, 1]), W0, W1, 60, cache);
    expect(b.all).toBe(a.all);
    expect(b.drawn.count).toBe(1);
    const wider = layoutOverview(index, li, Uint8Array.from([0, 0, 1]), W0, W1, 120, cache);
    expect(wider.all).not.toBe(a.all);
    expect(wider.all.n).toBe(60);
    const later = layoutOverview(index, li, Uint8Array.from([0, 0, 1]), W0 + 1, W1, 120, cache);
    expect(later.all).not.toBe(wider.all);
  });
});
