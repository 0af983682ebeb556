/**
 * Canvas drawing of the timeline's marks. Pure in the sense that matters: everything it draws
 * comes from its arguments; it owns no state but reusable scratch buffers and cached styles.
 * Crowded periods become a count band behind the points, and lanes whose points are crowded
 * become histograms (density.ts); invisible events are not drawn in the detail and are drawn
 * faint grey in the overview.
 */
import type { EventIndex } from '../filter/event-index';
import { categoryColor, categoryShape, shapePath } from '../ui/palette';
import type { Theme } from '../ui/theme';
import {
  BinScratch,
  binLane,
  coverRuns,
  isCrowded,
  laneLook,
  type CoverRun,
  type LaneBins,
} from './density';
import type { LaneIndex } from './lanes';
import { BAR_H, markY, MIN_BAR_PX, POINT, SPAN, SPAN_H, trackY } from './marks';

/**
 * The canvas palettes. Lines and stripes are translucent so that the same palette reads on the
 * explorer's panel and on a projector's pure white or black.
 */
export interface TimelinePalette {
  ink: string;
  grid: string;
  stripe: string;
  /** Events outside the filters, in the overview. */
  hidden: string;
  /** Histogram bars, and the visible events in the overview. */
  histogram: string;
  /** A histogram when a narrative highlights some events: the rest recede to this. */
  receded: string;
  /** The highlighted subset drawn over a histogram or a count band. */
  highlight: string;
  /** Count bands behind a lane's points, their top edge and their labels. */
  band: string;
  bandEdge: string;
  bandText: string;
  /** Halo around a point mark, against the lane behind it. */
  halo: string;
}

export const PALETTES: Record<Theme, TimelinePalette> = {
  light: {
    ink: '#1f2933',
    grid: 'rgba(31, 41, 51, 0.11)',
    stripe: 'rgba(31, 41, 51, 0.035)',
    hidden: '#cbd2d9',
    histogram: '#3e4c59',
    receded: '#b5bec8',
    highlight: '#102a43',
    band: 'rgba(62, 76, 89, 0.13)',
    bandEdge: 'rgba(62, 76, 89, 0.45)',
    bandText: '#3e4c59',
    halo: '#ffffff',
  },
  dark: {
    ink: '#eceff3',
    grid: 'rgba(236, 239, 243, 0.14)',
    stripe: 'rgba(236, 239, 243, 0.05)',
    hidden: '#3e4650',
    histogram: '#b8c2cc',
    receded: '#4f5863',
    highlight: '#ffffff',
    band: 'rgba(200, 210, 220, 0.16)',
    bandEdge: 'rgba(200, 210, 220, 0.5)',
    bandText: '#d9e0e7',
    halo: '#000000',
  },
};

/** Radius of a point mark in CSS px. */
export const MARK_R = 4.5;
/** Width of a histogram bin and of a crowding column, in CSS px. */
const HIST_BIN_PX = 2;
const CROWD_BIN_PX = 2 * MARK_R;

/** Styles built once per category and context (Path2D and hatch patterns are not free). */
export class MarkStyles {
  readonly shapes: Path2D[] = [];
  readonly colors: string[] = [];
  readonly outlines: string[] = [];
  private hatches = new Map<string, CanvasPattern | string>();

  constructor(
    nCategories: number,
    readonly palette: TimelinePalette = PALETTES.light,
  ) {
    for (let c = 0; c < Math.max(nCategories, 1); c++) {
      const color = categoryColor(c);
      this.colors.push(color);
      this.shapes.push(new Path2D(shapePath(categoryShape(c), MARK_R)));
      // A halo in the background's colour, except where the fill is nearly that colour: the
      // light yellow on white, and the black on a dark projector, get an outline that shows.
      const light = palette === PALETTES.light;
      this.outlines.push(
        light && color === '#F0E442'
          ? '#6b5d00'
          : !light && color === '#000000'
            ? '#c8ced6'
            : palette.halo,
      );
    }
  }

  /** Diagonal hatching in `color`: the look of "sometime in this month/year". */
  hatch(ctx: CanvasRenderingContext2D, color: string, dpr: number): CanvasPattern | string {
    const key = `${color}@${dpr}`;
    let p = this.hatches.get(key);
    if (p) return p;
    const size = Math.round(6 * dpr);
    const doc = ctx.canvas.ownerDocument;
    const tile = doc?.createElement('canvas');
    const tctx = tile?.getContext('2d');
    if (!tile || !tctx) {
      p = color;
    } else {
      tile.width = tile.height = size;
      tctx.strokeStyle = color;
      tctx.globalAlpha = 0.55;
      tctx.lineWidth = dpr;
      tctx.beginPath();
      tctx.moveTo(0, size);
      tctx.lineTo(size, 0);
      tctx.moveTo(-size / 2, size / 2);
      tctx.lineTo(size / 2, -size / 2);
      tctx.moveTo(size / 2, size * 1.5);
      tctx.lineTo(size * 1.5, size / 2);
      tctx.stroke();
      p = ctx.createPattern(tile, 'repeat') ?? color;
    }
    this.hatches.set(key, p);
    return p;
  }
}

export interface DetailFrame {
  ctx: CanvasRenderingContext2D;
  dpr: number;
  width: number;
  laneHeight: number;
  index: Pick<EventIndex, 'start' | 'end' | 'category' | 'approximate'>;
  li: LaneIndex;
  visible: Uint8Array;
  /** 1 = highlighted by the narrative; null = no highlight, everything at full strength. */
  highlight: Uint8Array | null;
  w0: number;
  w1: number;
  /** Instants of the axis ticks, for gridlines. */
  ticks: readonly number[];
  /** Lane colour for histograms (category lanes), or null for neutral ink. */
  laneColor: (lane: number) => string | null;
  styles: MarkStyles;
  scratch: DrawScratch;
}

/** Buffers a frame reuses: binning scratch, and two event masks for the highlight. */
export class DrawScratch {
  readonly bins = new BinScratch();
  /** Visible and highlighted, for the histogram of the highlighted subset. */
  hlVisible = new Uint8Array(0);
  /** Highlighted events already counted this frame (an event may be drawn in several lanes). */
  hlSeen = new Uint8Array(0);
  masks(n: number): void {
    if (this.hlSeen.length !== n) {
      this.hlVisible = new Uint8Array(n);
      this.hlSeen = new Uint8Array(n);
    } else this.hlSeen.fill(0);
  }
}

export interface DetailResult {
  /** Marks drawn (events, counted once per lane). */
  marks: number;
  /** Highlighted events drawn, each counted once, as marks or in a histogram. */
  highlighted: number;
  /** Per lane: the histogram bins when the lane was drawn as counts, else null. */
  histograms: (LaneBins | null)[];
  /** Largest count in one histogram bin, over all lanes (the shared y scale). */
  histMax: number;
  /** Per lane: the count band behind the points (runs of equal count in `bins`), else null. */
  bands: ({ bins: LaneBins; runs: CoverRun[] } | null)[];
}

/** Draws the lanes of the detail view. The canvas must already be sized to width x lanes. */
export function drawDetail(f: DetailFrame): DetailResult {
  const { ctx, dpr, width, laneHeight: H, li, visible, highlight, w0, w1, styles } = f;
  const { start, end, category, approximate } = f.index;
  const pal = styles.palette;
  const height = li.nLanes * H;
  const k = width / (w1 - w0);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  for (let l = 0; l < li.nLanes; l++) {
    if (l % 2) {
      ctx.fillStyle = pal.stripe;
      ctx.fillRect(0, l * H, width, H);
    }
  }
  ctx.strokeStyle = pal.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const t of f.ticks) {
    const x = Math.round((t - w0) * k) + 0.5;
    ctx.moveTo(x, 0);
    ctx.lineTo(x, height);
  }
  ctx.stroke();

  const sc = f.scratch;
  let highlighted = 0;
  if (highlight) {
    sc.masks(visible.length);
    for (let i = 0; i < visible.length; i++) sc.hlVisible[i] = visible[i]! & highlight[i]!;
  }
  const seen = (i: number) => {
    if (highlight && highlight[i] && !sc.hlSeen[i]) {
      sc.hlSeen[i] = 1;
      highlighted++;
    }
  };

  // First decide how each lane looks, so that all histograms (and all count bands) share one
  // y scale: a lane with twice the events looks twice as tall.
  const histograms: (LaneBins | null)[] = [];
  const bands: ({ bins: LaneBins; runs: CoverRun[] } | null)[] = [];
  let histMax = 0;
  let bandMax = 0;
  const crowdBins = Math.max(1, Math.ceil(width / CROWD_BIN_PX));
  const histBins = Math.max(1, Math.ceil(width / HIST_BIN_PX));
  const vague = li.vague;
  for (let l = 0; l < li.nLanes; l++) {
    const short = li.short[l]!;
    const long = li.long[l]!;
    const bin = (ids: Uint32Array, n: number) =>
      binLane(ids, start, end, vague, visible, w0, w1, n, sc.bins);
    // laneLook needs both crowding figures at once, and binLane reuses nothing across calls
    // but its scratch, so each gets its own (small: one bin per mark width) result.
    const points = short.length ? bin(short, crowdBins) : null;
    // When the points already make a histogram the periods' crowding is not needed.
    const look =
      points && isCrowded(points, H)
        ? 'histogram'
        : laneLook(points, long.length ? bin(long, crowdBins) : null, H);
    histograms.push(null);
    bands.push(null);
    if (look === 'histogram') {
      const bins = bin(laneIds(li, l), histBins);
      histograms[l] = bins;
      histMax = Math.max(histMax, bins.maxMass);
    } else if (look === 'bands') {
      const bins = bin(long, histBins);
      bands[l] = { bins, runs: coverRuns(bins) };
      bandMax = Math.max(bandMax, bins.maxDepth);
    }
  }

  let marks = 0;
  for (let l = 0; l < li.nLanes; l++) {
    const top = l * H;
    const hist = histograms[l];
    if (hist) {
      const color = f.laneColor(l) ?? pal.histogram;
      // With a narrative on, the lane's counts recede and the highlighted subset is drawn over
      // them on the same scale, so a step's events stand out even at 100,000 events.
      drawHistogram(
        ctx,
        hist,
        top,
        H,
        histMax,
        highlight ? pal.receded : color,
        width,
        dpr,
        styles,
      );
      marks += hist.count;
      if (highlight) {
        const all = laneIds(li, l);
        const hl = binLane(all, start, end, vague, sc.hlVisible, w0, w1, hist.n, sc.bins);
        if (hl.count > 0) {
          drawHistogram(ctx, hl, top, H, histMax, pal.highlight, width, dpr, styles, false);
          for (let j = 0; j < all.length; j++) {
            const i = all[j]!;
            if (sc.hlVisible[i] && end[i]! > w0 && start[i]! < w1) seen(i);
          }
        }
      }
      continue;
    }
    const band = bands[l];
    if (band) drawCountBand(ctx, band.bins, band.runs, top, H, bandMax, width, pal);
    const fade = (i: number) => (highlight && !highlight[i] ? 0.22 : 1);
    // Bands and bars first, so that exact days sit on top of the periods they fall in. In a
    // lane drawn with a count band, only the highlighted periods are drawn one by one.
    const long = li.long[l]!;
    const tracks = li.track[l]!;
    for (let j = 0; j < long.length; j++) {
      const i = long[j]!;
      if (!visible[i] || end[i]! <= w0 || start[i]! >= w1) continue;
      if (band && !(highlight && highlight[i])) continue;
      const x0 = Math.max((start[i]! - w0) * k, -2);
      const x1 = Math.min(Math.max((end[i]! - w0) * k, x0 + MIN_BAR_PX), width + 2);
      const c = category[i]!;
      const color = styles.colors[c % styles.colors.length]!;
      const y = top + trackY(tracks[j]!, H);
      const approx = approximate[i] === 1;
      ctx.globalAlpha = fade(i);
      if (li.kind[i] === SPAN) {
        // A highlighted period must stand out on a projector: a tinted fill under the hatching.
        const lit = highlight !== null && highlight[i] === 1;
        if (lit) {
          ctx.fillStyle = color;
          ctx.globalAlpha = 0.3;
          ctx.fillRect(x0, y - SPAN_H / 2, x1 - x0, SPAN_H);
          ctx.globalAlpha = 1;
        }
        ctx.fillStyle = styles.hatch(ctx, color, dpr);
        ctx.fillRect(x0, y - SPAN_H / 2, x1 - x0, SPAN_H);
        ctx.strokeStyle = color;
        ctx.setLineDash(approx ? [3, 3] : []);
        ctx.strokeRect(x0 + 0.5, y - SPAN_H / 2 + 0.5, Math.max(x1 - x0 - 1, 1), SPAN_H - 1);
      } else {
        ctx.fillStyle = color;
        ctx.globalAlpha = fade(i) * (approx ? 0.45 : 0.9);
        ctx.fillRect(x0, y - BAR_H / 2, x1 - x0, BAR_H);
        if (approx) {
          ctx.globalAlpha = fade(i);
          ctx.strokeStyle = color;
          ctx.setLineDash([3, 2]);
          ctx.strokeRect(x0 + 0.5, y - BAR_H / 2 - 0.5, Math.max(x1 - x0 - 1, 1), BAR_H + 1);
        }
      }
      seen(i);
      marks++;
    }
    ctx.setLineDash([]);
    const short = li.short[l]!;
    ctx.lineWidth = 1;
    for (let j = 0; j < short.length; j++) {
      const i = short[j]!;
      if (!visible[i]) continue;
      const cx = (li.centre[i]! - w0) * k;
      if (cx < -MARK_R || cx > width + MARK_R) continue;
      const c = category[i]! % styles.colors.length;
      const y = top + markY(i, H, MARK_R);
      const approx = approximate[i] === 1;
      ctx.globalAlpha = fade(i);
      if (li.kind[i] === POINT) {
        ctx.translate(cx, y);
        ctx.fillStyle = styles.colors[c]!;
        if (approx) {
          ctx.globalAlpha = fade(i) * 0.4;
          ctx.fill(styles.shapes[c]!);
          ctx.globalAlpha = fade(i);
          ctx.setLineDash([2, 1.5]);
          ctx.strokeStyle = styles.colors[c]!;
          ctx.stroke(styles.shapes[c]!);
          ctx.setLineDash([]);
        } else {
          ctx.strokeStyle = styles.outlines[c]!;
          ctx.lineWidth = 2;
          ctx.stroke(styles.shapes[c]!);
          ctx.lineWidth = 1;
          ctx.fill(styles.shapes[c]!);
        }
        ctx.translate(-cx, -y);
      } else {
        // A time of day: a tick at its instant with the category's shape, small, on top.
        ctx.strokeStyle = styles.colors[c]!;
        ctx.lineWidth = 2;
        ctx.setLineDash(approx ? [2, 2] : []);
        ctx.beginPath();
        ctx.moveTo(cx, y - MARK_R * 1.8);
        ctx.lineTo(cx, y + MARK_R * 1.8);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.lineWidth = 1;
      }
      seen(i);
      marks++;
    }
    ctx.globalAlpha = 1;
  }
  return { marks, highlighted, histograms, histMax, bands };
}

/** Each lane index's merged lists, made once: a histogram frame at 100,000 events allocates none. */
const mergedLanes = new WeakMap<LaneIndex, Uint32Array[]>();

/** All of a lane's events (points and periods) as one list, for binning. */
function laneIds(li: LaneIndex, lane: number): Uint32Array {
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

function drawHistogram(
  ctx: CanvasRenderingContext2D,
  bins: LaneBins,
  top: number,
  H: number,
  max: number,
  color: string,
  width: number,
  dpr: number,
  styles: MarkStyles,
  baseline = true,
): void {
  const base = top + H - 2;
  const room = H - 6;
  const bw = width / bins.n;
  // A single event must stay visible next to a peak of thousands: at least 1.5 px for any bin.
  const h = (m: number) => (m <= 0 ? 0 : Math.max(1.5, (m / max) * room));
  ctx.globalAlpha = 1;
  ctx.fillStyle = color;
  for (let b = 0; b < bins.n; b++) {
    const hp = h(bins.precise[b]!);
    if (hp) ctx.fillRect(b * bw, base - hp, bw + 0.25, hp);
  }
  ctx.fillStyle = styles.hatch(ctx, color, dpr);
  for (let b = 0; b < bins.n; b++) {
    const v = bins.vague[b]!;
    if (v <= 0) continue;
    const hp = bins.precise[b]! > 0 ? h(bins.precise[b]!) : 0;
    const hv = Math.max(h(bins.precise[b]! + v) - hp, 1);
    ctx.fillRect(b * bw, base - hp - hv, bw + 0.25, hv);
  }
  if (!baseline) return;
  ctx.strokeStyle = styles.palette.grid;
  ctx.beginPath();
  ctx.moveTo(0, base + 0.5);
  ctx.lineTo(width, base + 0.5);
  ctx.stroke();
}

/**
 * The count band: how many of the lane's periods cover each instant, as a quiet step area behind
 * the points (a square root scale, so that one year-only event next to forty in one month is
 * still a visible sliver), with the count written on runs wide enough to hold it.
 */
function drawCountBand(
  ctx: CanvasRenderingContext2D,
  bins: LaneBins,
  runs: readonly CoverRun[],
  top: number,
  H: number,
  max: number,
  width: number,
  pal: TimelinePalette,
): void {
  const base = top + H - 1;
  const room = H - 3;
  const bw = width / bins.n;
  const h = (c: number) => Math.max(3, Math.sqrt(c / max) * room);
  ctx.globalAlpha = 1;
  ctx.fillStyle = pal.band;
  for (const r of runs) ctx.fillRect(r.b0 * bw, base - h(r.count), (r.b1 - r.b0) * bw, h(r.count));
  ctx.strokeStyle = pal.bandEdge;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const r of runs) {
    const y = Math.round(base - h(r.count)) + 0.5;
    ctx.moveTo(r.b0 * bw, y);
    ctx.lineTo(r.b1 * bw, y);
  }
  ctx.stroke();
  ctx.fillStyle = pal.bandText;
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.textBaseline = 'bottom';
  for (const r of runs) {
    const label = String(r.count);
    const w = (r.b1 - r.b0) * bw;
    if (w < label.length * 7 + 10) continue;
    ctx.fillText(label, r.b0 * bw + 4, base - 1);
  }
}

export interface OverviewFrame {
  ctx: CanvasRenderingContext2D;
  dpr: number;
  width: number;
  height: number;
  index: Pick<EventIndex, 'start' | 'end'>;
  li: LaneIndex;
  visible: Uint8Array;
  b0: number;
  b1: number;
  scratch: BinScratch;
  palette: TimelinePalette;
}

/**
 * The whole period as a histogram on a log scale, so that one event in 1998 and two thousand on
 * 5 January 2022 are both seen: all events faint grey, the visible ones in ink.
 */
export function drawOverview(f: OverviewFrame): void {
  const { ctx, dpr, width, height, li, b0, b1 } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const n = Math.max(1, Math.ceil(width / HIST_BIN_PX));
  const bw = width / n;
  const all = binLane(li.order, f.index.start, f.index.end, li.vague, null, b0, b1, n, f.scratch);
  const allMass = Float64Array.from(all.precise, (p, b) => p + all.vague[b]!);
  const vis = binLane(
    li.order,
    f.index.start,
    f.index.end,
    li.vague,
    f.visible,
    b0,
    b1,
    n,
    f.scratch,
  );
  const max = Math.log1p(all.maxMass);
  const room = height - 2;
  const h = (m: number) => (m <= 0 ? 0 : Math.max(2, (Math.log1p(m) / max) * room));
  ctx.fillStyle = f.palette.hidden;
  for (let b = 0; b < n; b++) {
    const hh = h(allMass[b]!);
    if (hh) ctx.fillRect(b * bw, height - hh, bw + 0.25, hh);
  }
  ctx.fillStyle = f.palette.histogram;
  for (let b = 0; b < n; b++) {
    const hh = h(vis.precise[b]! + vis.vague[b]!);
    if (hh) ctx.fillRect(b * bw, height - hh, bw + 0.25, hh);
  }
}
