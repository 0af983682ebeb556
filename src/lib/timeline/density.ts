/**
 * Density for crowded lanes, in two steps so that moderate data stays marks:
 * - when a lane's bars and bands (ranges, months, years) pile up, they become a calm count band
 *   behind the lane ("40 events in January 2022") while its days and times stay marks;
 * - only when the points themselves pile up (100,000 events) is the whole lane a histogram with
 *   bins sized to pixels instead of an illegible smear of marks.
 * Everything is typed arrays and difference arrays, so one lane of n events costs O(n + bins)
 * whatever the events' durations.
 *
 * Each visible event contributes a mass of 1 spread evenly over its interval: a day-precision
 * event fills its day, "2014" is spread over the whole year and so does not pile onto 1 January.
 * Mass from dates known only to the month/year, or approximate, is kept apart (`vague`) so the
 * drawing can show it lighter.
 */
import { trackCount } from './marks';

export interface LaneBins {
  n: number;
  /** Mass of exact dates per bin. */
  precise: Float64Array;
  /** Mass of month/year-precision and approximate dates per bin. */
  vague: Float64Array;
  /** Largest precise + vague mass in one bin. */
  maxMass: number;
  /** Events whose interval touches each bin (each counted once in every bin it touches). */
  cover: Int32Array;
  /** Most marks stacked on one bin: the largest `cover`. */
  maxDepth: number;
  /** Visible events that fall in the window. */
  count: number;
}

/** Scratch buffers, reused across lanes and frames so a redraw allocates nothing per lane. */
export class BinScratch {
  private depth = new Int32Array(0);
  diffP = new Float64Array(0);
  diffV = new Float64Array(0);
  ensure(n: number): Int32Array {
    if (this.depth.length < n + 1) {
      this.depth = new Int32Array(n + 1);
      this.diffP = new Float64Array(n + 1);
      this.diffV = new Float64Array(n + 1);
    }
    this.depth.fill(0, 0, n + 1);
    this.diffP.fill(0, 0, n + 1);
    this.diffV.fill(0, 0, n + 1);
    return this.depth;
  }
}

/**
 * Bins being filled: events are added (`addEvents`, from one list or several in turn), then
 * `result` makes their LaneBins. Adding lists in turn gives exactly what binning their
 * concatenation would.
 */
export class Binning {
  readonly n: number;
  readonly w0: number;
  readonly w1: number;
  private readonly perMs: number;
  private readonly depth: Int32Array;
  private readonly dP: Float64Array;
  private readonly dV: Float64Array;
  count = 0;

  /** `n` equal bins over the window [w0, w1); `scratch` holds the running sums. */
  constructor(n: number, w0: number, w1: number, scratch: BinScratch = new BinScratch()) {
    this.n = n;
    this.w0 = w0;
    this.w1 = w1;
    this.perMs = n / (w1 - w0);
    this.depth = scratch.ensure(n);
    this.dP = scratch.diffP;
    this.dV = scratch.diffV;
  }

  /** Adds the interval [s, e), which overlaps the window; `vague` for a vague date. */
  put(s: number, e: number, vague: boolean): void {
    const { n, w0, perMs } = this;
    this.count++;
    const b0 = (s - w0) * perMs;
    const b1 = (e - w0) * perMs;
    const c0 = b0 < 0 ? 0 : b0;
    const c1 = b1 > n ? n : b1;
    const i0 = Math.min(Math.floor(c0), n - 1);
    let i1 = Math.ceil(c1);
    if (i1 <= i0) i1 = i0 + 1;
    // Only the share of the interval inside the window counts: half a year in view is half.
    const mass = b1 - b0 > 0 ? (c1 - c0) / (b1 - b0) : 1;
    const per = mass / (i1 - i0);
    const d = vague ? this.dV : this.dP;
    d[i0]! += per;
    d[i1]! -= per;
    this.depth[i0]!++;
    this.depth[i1]!--;
  }

  /** The bins of the events added; new arrays unless `out` (of the same n) is given. */
  result(out?: LaneBins): LaneBins {
    const { n, dP, dV, depth } = this;
    const res: LaneBins =
      out && out.n === n
        ? out
        : {
            n,
            precise: new Float64Array(n),
            vague: new Float64Array(n),
            cover: new Int32Array(n),
            maxMass: 0,
            maxDepth: 0,
            count: 0,
          };
    let p = 0;
    let v = 0;
    let dep = 0;
    let maxMass = 0;
    let maxDepth = 0;
    for (let b = 0; b < n; b++) {
      p += dP[b]!;
      v += dV[b]!;
      dep += depth[b]!;
      // Round off the float residue of adding and taking away the same fractions.
      const pp = p < 1e-9 ? 0 : p;
      const vv = v < 1e-9 ? 0 : v;
      res.precise[b] = pp;
      res.vague[b] = vv;
      res.cover[b] = dep;
      if (pp + vv > maxMass) maxMass = pp + vv;
      if (dep > maxDepth) maxDepth = dep;
    }
    res.maxMass = maxMass;
    res.maxDepth = maxDepth;
    res.count = this.count;
    return res;
  }
}

/**
 * A list of events with their dates and vagueness copied in the list's order, so that binning
 * reads them front to back: read through a lane's time order instead, `start[i]` and `end[i]`
 * jump about arrays of 8 MB at 1,000,000 events and miss the cache (binning a million events
 * took 4 times as long, in Node). Made once per lane and dataset (layout.ts keeps them).
 */
export interface EventRun {
  ids: Uint32Array;
  /** Parallel to ids. */
  start: Float64Array;
  end: Float64Array;
  vague: Uint8Array;
}

export function gatherRun(
  ids: Uint32Array,
  start: Float64Array,
  end: Float64Array,
  vague: Uint8Array,
): EventRun {
  const n = ids.length;
  const run: EventRun = {
    ids,
    start: new Float64Array(n),
    end: new Float64Array(n),
    vague: new Uint8Array(n),
  };
  for (let j = 0; j < n; j++) {
    const i = ids[j]!;
    run.start[j] = start[i]!;
    run.end[j] = end[i]!;
    run.vague[j] = vague[i]!;
  }
  return run;
}

/**
 * Adds the visible events of `run` inside `a`'s window to `a`, and to `b` (over the same window,
 * at another resolution) when given: one pass over the events for both (the detail's crowding
 * columns and its histogram bins). `visible` null means all.
 */
export function addEvents(
  a: Binning,
  b: Binning | null,
  run: EventRun,
  visible: Uint8Array | null,
): void {
  const { w0, w1 } = a;
  const { ids, start, end, vague } = run;
  for (let j = 0; j < ids.length; j++) {
    if (visible !== null && !visible[ids[j]!]) continue;
    const s = start[j]!;
    const e = end[j]!;
    if (e <= w0 || s >= w1) continue;
    const v = vague[j] !== 0;
    a.put(s, e, v);
    if (b !== null) b.put(s, e, v);
  }
}

/**
 * Bins the events of `run` over the window [w0, w1) in `n` equal bins. `visible` null means
 * all. The result's arrays are new unless `out` (of the same n) is given.
 */
export function binLane(
  run: EventRun,
  visible: Uint8Array | null,
  w0: number,
  w1: number,
  n: number,
  scratch: BinScratch = new BinScratch(),
  out?: LaneBins,
): LaneBins {
  const bins = new Binning(n, w0, w1, scratch);
  addEvents(bins, null, run, visible);
  return bins.result(out);
}

/**
 * Whether points would be illegible: more than fit on one column as wide as a mark. Points are
 * spread over the lane's height, so about one per 3 px still reads.
 */
export function isCrowded(crowding: LaneBins, laneHeight: number, pxPerMark = POINT_PX): boolean {
  return crowding.maxDepth > Math.max(3, Math.floor(laneHeight / pxPerMark));
}

/** Lane height per point before points are crowded (see isCrowded). */
const POINT_PX = 3;

/**
 * How a lane is drawn: as marks; with its bars and bands as a count band behind the points
 * (`bands`); or, when the points themselves are crowded, wholly as a histogram.
 */
export type LaneLook = 'marks' | 'bands' | 'histogram';

export function laneLook(
  points: LaneBins | null,
  bands: LaneBins | null,
  laneHeight: number,
): LaneLook {
  if (points && isCrowded(points, laneHeight)) return 'histogram';
  // Periods are crowded when more overlap than the lane has tracks for (marks.ts).
  if (bands && bands.maxDepth > trackCount(laneHeight)) return 'bands';
  return 'marks';
}

/** A stretch of bins with the same count, as drawn and labelled in a count band. */
export interface CoverRun {
  /** First bin and one past the last. */
  b0: number;
  b1: number;
  count: number;
}

/**
 * The count band as runs of equal cover (months and years give long flat runs), so the drawing
 * makes one rectangle and at most one label per run, and hover can name the run's dates.
 */
export function coverRuns(bins: Pick<LaneBins, 'n' | 'cover'>): CoverRun[] {
  const runs: CoverRun[] = [];
  let b0 = 0;
  for (let b = 1; b <= bins.n; b++) {
    if (b < bins.n && bins.cover[b] === bins.cover[b0]) continue;
    if (bins.cover[b0]! > 0) runs.push({ b0, b1: b, count: bins.cover[b0]! });
    b0 = b;
  }
  return runs;
}
