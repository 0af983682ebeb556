/**
 * The timeline's layout: what the detail and the overview show, decided once from the data, the
 * window and the size, before anything is painted. Per lane, which form it takes (single marks;
 * marks with their periods folded into a count band; a histogram when the points themselves are
 * crowded, density.ts), the bins and count-band runs, and which events are marks one may point
 * at. The paint (draw.ts) draws a layout; hover, click, the tooltip and the legend read the same
 * layout, so what is pointed at is what is drawn.
 *
 * It does not depend on the brush: brushing only dims what lies outside the brushed dates.
 * Everything is typed arrays; nothing is made per event.
 */
import type { EventIndex } from '../filter/event-index';
import {
  addEvents,
  BinScratch,
  binLane,
  Binning,
  coverRuns,
  gatherRun,
  isCrowded,
  laneLook,
  type CoverRun,
  type EventRun,
  type LaneBins,
  type LaneLook,
} from './density';
import { hitTest } from './hit';
import type { LaneIndex } from './lanes';
import { POINT, TICK } from './marks';

/** Radius of a point mark in CSS px. */
export const MARK_R = 4.5;
/** Width of a histogram bin, and of a crowding column (one mark wide), in CSS px. */
const HIST_BIN_PX = 2;
const CROWD_BIN_PX = 2 * MARK_R;

export interface LaneLayout {
  form: LaneLook;
  /**
   * A histogram's bins (all the lane's drawn events), or a count band's bins (its periods);
   * null for a lane of marks.
   */
  bins: LaneBins | null;
  /** A count band as runs of equal count; empty unless the form is `bands`. */
  runs: CoverRun[];
  /** A histogram's highlighted events, binned like `bins`, when a narrative highlights some. */
  highlighted: LaneBins | null;
}

export interface DetailInput {
  index: Pick<EventIndex, 'start' | 'end' | 'category' | 'approximate'>;
  li: LaneIndex;
  /** 1 = drawn: every filter but the brush. */
  drawn: Uint8Array;
  /** 1 = highlighted by a narrative; null for none. */
  highlight: Uint8Array | null;
  /** The window shown [w0, w1) in ms. */
  w0: number;
  w1: number;
  /** Size of the lanes in CSS px. */
  width: number;
  laneHeight: number;
}

export interface DetailLayout extends DetailInput {
  pxPerMs: number;
  lanes: LaneLayout[];
  /** Largest count in one histogram bin over all lanes: one y scale for every histogram. */
  histMax: number;
  /** Deepest count band over all lanes: one y scale for every band. */
  bandMax: number;
  /** The drawn events minus periods folded into a count band (highlighted ones stay marks). */
  bandMarks: Uint8Array | null;
}

/**
 * Masks kept from one layout to the next while the drawn set and the highlight stay the same,
 * so that a pan allocates nothing of the events' size.
 */
export class LayoutCache {
  readonly bins = new BinScratch();
  /** A lane's histogram bins, filled in the same pass as its crowding columns. */
  readonly hist = new BinScratch();
  private marks: { drawn: Uint8Array; highlight: Uint8Array | null; mask: Uint8Array } | null =
    null;
  private lit: { drawn: Uint8Array; highlight: Uint8Array; mask: Uint8Array } | null = null;

  /** Drawn and (a point, a tick, or highlighted): the marks of a lane with a count band. */
  bandMarks(li: LaneIndex, drawn: Uint8Array, highlight: Uint8Array | null): Uint8Array {
    const m = this.marks;
    if (m && m.drawn === drawn && m.highlight === highlight) return m.mask;
    const mask = Uint8Array.from(drawn, (v, i) =>
      v && (li.kind[i] === POINT || li.kind[i] === TICK || highlight?.[i]) ? 1 : 0,
    );
    this.marks = { drawn, highlight, mask };
    return mask;
  }

  /** Drawn and highlighted. */
  litDrawn(drawn: Uint8Array, highlight: Uint8Array): Uint8Array {
    const m = this.lit;
    if (m && m.drawn === drawn && m.highlight === highlight) return m.mask;
    const mask = Uint8Array.from(drawn, (v, i) => v & highlight[i]!);
    this.lit = { drawn, highlight, mask };
    return mask;
  }
}

/** Each lane index's merged lists, made once: a histogram at 100,000 events allocates none. */
const mergedLanes = new WeakMap<LaneIndex, Uint32Array[]>();

/** All of a lane's events (points and periods) as one list, for binning. */
export function laneIds(li: LaneIndex, lane: number): Uint32Array {
  let lists = mergedLanes.get(li);
  if (!lists) mergedLanes.set(li, (lists = []));
  let all = lists[lane];
  if (all) return all;
  const s = li.short[lane]!;
  const g = li.long[lane]!;
  if (g.length === 0) all = s;
  else if (s.length === 0) all = g;
  else {
    all = new Uint32Array(s.length + g.length);
    all.set(s);
    all.set(g, s.length);
  }
  lists[lane] = all;
  return all;
}

/** Each lane index's lists with their dates in list order (density.ts EventRun), made once. */
const laneRuns = new WeakMap<
  LaneIndex,
  { start: Float64Array; short: EventRun[]; long: EventRun[]; order?: EventRun }
>();

function runsOf(li: LaneIndex, index: Pick<EventIndex, 'start'>) {
  let runs = laneRuns.get(li);
  if (!runs || runs.start !== index.start)
    laneRuns.set(li, (runs = { start: index.start, short: [], long: [] }));
  return runs;
}

/** A lane's points and ticks (`short`) or its bars and bands, as a run. */
function laneRun(
  index: Pick<EventIndex, 'start' | 'end'>,
  li: LaneIndex,
  kind: 'short' | 'long',
  lane: number,
): EventRun {
  const runs = runsOf(li, index)[kind];
  return (runs[lane] ??= gatherRun(li[kind][lane]!, index.start, index.end, li.vague));
}

/** Every event in time order (the overview's), as a run. */
function orderRun(index: Pick<EventIndex, 'start' | 'end'>, li: LaneIndex): EventRun {
  const runs = runsOf(li, index);
  return (runs.order ??= gatherRun(li.order, index.start, index.end, li.vague));
}

/**
 * The detail's layout. All lanes are decided before any is drawn, so that all histograms (and
 * all count bands) share one y scale: a lane with twice the events looks twice as tall.
 */
export function layoutDetail(input: DetailInput, cache = new LayoutCache()): DetailLayout {
  const { index, li, drawn, highlight, w0, w1, width, laneHeight: H } = input;
  const crowdBins = Math.max(1, Math.ceil(width / CROWD_BIN_PX));
  const histBins = Math.max(1, Math.ceil(width / HIST_BIN_PX));
  const bin = (run: EventRun, mask: Uint8Array, n: number) =>
    binLane(run, mask, w0, w1, n, cache.bins);
  const lanes: LaneLayout[] = [];
  let histMax = 0;
  let bandMax = 0;
  for (let l = 0; l < li.nLanes; l++) {
    const short = laneRun(index, li, 'short', l);
    const long = laneRun(index, li, 'long', l);
    // laneLook needs both crowding figures at once; each gets its own small result. The points
    // go into the histogram's bins in the same pass, in case the lane is one: each event is
    // then read once. Its periods follow them, as in laneIds' list.
    let points: LaneBins | null = null;
    let hist: Binning | null = null;
    if (short.ids.length) {
      const crowd = new Binning(crowdBins, w0, w1, cache.bins);
      hist = new Binning(histBins, w0, w1, cache.hist);
      addEvents(crowd, hist, short, drawn);
      points = crowd.result();
    }
    // When the points already make a histogram the periods' crowding is not needed.
    const form =
      points && isCrowded(points, H)
        ? 'histogram'
        : laneLook(points, long.ids.length ? bin(long, drawn, crowdBins) : null, H);
    const lane: LaneLayout = { form, bins: null, runs: [], highlighted: null };
    if (form === 'histogram' && hist) {
      addEvents(hist, null, long, drawn);
      lane.bins = hist.result();
      histMax = Math.max(histMax, lane.bins.maxMass);
      // With a narrative on, the highlighted subset is drawn over the lane's counts.
      if (highlight) {
        const lit = new Binning(histBins, w0, w1, cache.bins);
        const mask = cache.litDrawn(drawn, highlight);
        addEvents(lit, null, short, mask);
        addEvents(lit, null, long, mask);
        lane.highlighted = lit.result();
      }
    } else if (form === 'bands') {
      lane.bins = bin(long, drawn, histBins);
      lane.runs = coverRuns(lane.bins);
      bandMax = Math.max(bandMax, lane.bins.maxDepth);
    }
    lanes.push(lane);
  }
  const bandMarks = lanes.some((l) => l.form === 'bands')
    ? cache.bandMarks(li, drawn, highlight)
    : null;
  return { ...input, pxPerMs: width / (w1 - w0), lanes, histMax, bandMax, bandMarks };
}

/** The events drawn as single marks in `lane` (1 = a mark one can point at). */
export function markMask(layout: DetailLayout, lane: number): Uint8Array {
  return layout.lanes[lane]?.form === 'bands' && layout.bandMarks ? layout.bandMarks : layout.drawn;
}

/** What lies under a point of the lanes. */
export interface DetailHit {
  lane: number;
  form: LaneLook;
  /** The event whose mark is under the point, -1 none. */
  event: number;
  /**
   * With no event: the histogram bin, or the count band's run, under the point, its dates
   * [t0, t1) and how many events it counts; null when there is none.
   */
  bins: { t0: number; t1: number; count: number } | null;
}

/** What is under (x, y), in CSS px from the top left of the lanes; null outside them. */
export function hitDetail(layout: DetailLayout, x: number, y: number): DetailHit | null {
  const { li, laneHeight: H, w0, w1, width } = layout;
  const lane = Math.floor(y / H);
  if (lane < 0 || lane >= li.nLanes || !layout.lanes[lane]) return null;
  const { form, bins, runs } = layout.lanes[lane];
  const span = w1 - w0;
  const hit: DetailHit = { lane, form, event: -1, bins: null };
  if (form === 'histogram' && bins) {
    const b = Math.floor((x / width) * bins.n);
    const m = (bins.precise[b] ?? 0) + (bins.vague[b] ?? 0);
    if (m > 0) {
      const t0 = w0 + (b * span) / bins.n;
      hit.bins = { t0, t1: w0 + ((b + 1) * span) / bins.n, count: Math.max(1, Math.round(m)) };
    }
    return hit;
  }
  hit.event = hitTest(
    li,
    layout.index.start,
    layout.index.end,
    markMask(layout, lane),
    lane,
    x,
    y - lane * H,
    { w0, pxPerMs: layout.pxPerMs, laneHeight: H, r: MARK_R },
  );
  if (hit.event >= 0 || form !== 'bands' || !bins) return hit;
  const b = Math.floor((x / width) * bins.n);
  const run = runs.find((r) => r.b0 <= b && b < r.b1);
  if (run) {
    const binMs = span / bins.n;
    hit.bins = { t0: w0 + run.b0 * binMs, t1: w0 + run.b1 * binMs, count: run.count };
  }
  return hit;
}

/** The overview: every event, and the drawn ones, binned over the whole period. */
export interface OverviewLayout {
  width: number;
  all: LaneBins;
  drawn: LaneBins;
}

/**
 * The overview's bins of all events, kept while the lanes, the bounds and the width stay: a
 * filter changes only the drawn ones (at 100,000 events binning all again cost 5 ms a filter).
 */
export class OverviewCache {
  readonly scratch = new BinScratch();
  private all: { li: LaneIndex; b0: number; b1: number; n: number; bins: LaneBins } | null = null;

  allBins(
    index: Pick<EventIndex, 'start' | 'end'>,
    li: LaneIndex,
    b0: number,
    b1: number,
    n: number,
  ): LaneBins {
    const a = this.all;
    if (a && a.li === li && a.b0 === b0 && a.b1 === b1 && a.n === n) return a.bins;
    const bins = binLane(orderRun(index, li), null, b0, b1, n, this.scratch);
    this.all = { li, b0, b1, n, bins };
    return bins;
  }
}

export function layoutOverview(
  index: Pick<EventIndex, 'start' | 'end'>,
  li: LaneIndex,
  drawn: Uint8Array,
  b0: number,
  b1: number,
  width: number,
  cache = new OverviewCache(),
): OverviewLayout {
  const n = Math.max(1, Math.ceil(width / HIST_BIN_PX));
  return {
    width,
    all: cache.allBins(index, li, b0, b1, n),
    drawn: binLane(orderRun(index, li), drawn, b0, b1, n, cache.scratch),
  };
}
