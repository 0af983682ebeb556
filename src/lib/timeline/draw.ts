/**
 * Canvas drawing of the timeline's marks. Pure in the sense that matters: everything it draws
 * comes from its arguments; it owns no state but reusable scratch buffers and cached styles.
 * Lanes too crowded for single marks become histograms (density.ts); invisible events are not
 * drawn in the detail and are drawn faint grey in the overview.
 */
import type { EventIndex } from '../filter/event-index';
import { categoryColor, categoryShape, shapePath } from '../ui/palette';
import { BinScratch, binLane, isCrowded, type LaneBins } from './density';
import type { LaneIndex } from './lanes';
import { BAR_H, markY, MIN_BAR_PX, POINT, SPAN, SPAN_H } from './marks';

/** Light theme; also what prints. */
export const THEME = {
  ink: '#1f2933',
  muted: '#616e7c',
  grid: '#e4e7eb',
  stripe: '#f5f7fa',
  hidden: '#cbd2d9',
  histogram: '#3e4c59',
  vague: '#9aa5b1',
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

  constructor(nCategories: number) {
    for (let c = 0; c < Math.max(nCategories, 1); c++) {
      this.colors.push(categoryColor(c));
      this.shapes.push(new Path2D(shapePath(categoryShape(c), MARK_R)));
      // The light yellow needs a dark outline on white; the others a white halo.
      this.outlines.push(categoryColor(c) === '#F0E442' ? '#6b5d00' : '#ffffff');
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
  scratch: BinScratch;
}

export interface DetailResult {
  /** Marks drawn (events, counted once per lane). */
  marks: number;
  /** Per lane: the histogram bins when the lane was drawn as counts, else null. */
  histograms: (LaneBins | null)[];
  /** Largest count in one histogram bin, over all lanes (the shared y scale). */
  histMax: number;
}

/** Draws the lanes of the detail view. The canvas must already be sized to width x lanes. */
export function drawDetail(f: DetailFrame): DetailResult {
  const { ctx, dpr, width, laneHeight: H, li, visible, highlight, w0, w1, styles } = f;
  const { start, end, category, approximate } = f.index;
  const height = li.nLanes * H;
  const k = width / (w1 - w0);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  for (let l = 0; l < li.nLanes; l++) {
    if (l % 2) {
      ctx.fillStyle = THEME.stripe;
      ctx.fillRect(0, l * H, width, H);
    }
  }
  ctx.strokeStyle = THEME.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const t of f.ticks) {
    const x = Math.round((t - w0) * k) + 0.5;
    ctx.moveTo(x, 0);
    ctx.lineTo(x, height);
  }
  ctx.stroke();

  // First decide which lanes are too crowded, so that all histograms share one y scale.
  const histograms: (LaneBins | null)[] = [];
  let histMax = 0;
  const crowdBins = Math.max(1, Math.ceil(width / CROWD_BIN_PX));
  const histBins = Math.max(1, Math.ceil(width / HIST_BIN_PX));
  const vague = li.vague;
  for (let l = 0; l < li.nLanes; l++) {
    let crowded = false;
    for (const ids of [li.short[l]!, li.long[l]!]) {
      if (crowded || ids.length === 0) continue;
      crowded = isCrowded(
        binLane(ids, start, end, vague, visible, w0, w1, crowdBins, f.scratch),
        H,
      );
    }
    if (!crowded) {
      histograms.push(null);
      continue;
    }
    const all = laneIds(li, l);
    const bins = binLane(all, start, end, vague, visible, w0, w1, histBins, f.scratch);
    histograms.push(bins);
    histMax = Math.max(histMax, bins.maxMass);
  }

  let marks = 0;
  for (let l = 0; l < li.nLanes; l++) {
    const top = l * H;
    const hist = histograms[l];
    if (hist) {
      drawHistogram(
        ctx,
        hist,
        top,
        H,
        histMax,
        f.laneColor(l) ?? THEME.histogram,
        width,
        dpr,
        styles,
      );
      marks += hist.count;
      continue;
    }
    const fade = (i: number) => (highlight && !highlight[i] ? 0.22 : 1);
    // Bands and bars first, so that exact days sit on top of the periods they fall in.
    const long = li.long[l]!;
    for (let j = 0; j < long.length; j++) {
      const i = long[j]!;
      if (!visible[i] || end[i]! <= w0 || start[i]! >= w1) continue;
      const x0 = Math.max((start[i]! - w0) * k, -2);
      const x1 = Math.min(Math.max((end[i]! - w0) * k, x0 + MIN_BAR_PX), width + 2);
      const c = category[i]!;
      const color = styles.colors[c % styles.colors.length]!;
      const y = top + markY(i, H, MARK_R);
      const approx = approximate[i] === 1;
      ctx.globalAlpha = fade(i);
      if (li.kind[i] === SPAN) {
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
          ctx.stroke(styles.shapes[c]!);
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
      marks++;
    }
    ctx.globalAlpha = 1;
  }
  return { marks, histograms, histMax };
}

/** All of a lane's events (points and periods) as one list, for binning. */
function laneIds(li: LaneIndex, lane: number): Uint32Array {
  const s = li.short[lane]!;
  const g = li.long[lane]!;
  if (g.length === 0) return s;
  if (s.length === 0) return g;
  const all = new Uint32Array(s.length + g.length);
  all.set(s);
  all.set(g, s.length);
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
  ctx.strokeStyle = THEME.grid;
  ctx.beginPath();
  ctx.moveTo(0, base + 0.5);
  ctx.lineTo(width, base + 0.5);
  ctx.stroke();
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
  ctx.fillStyle = THEME.hidden;
  for (let b = 0; b < n; b++) {
    const hh = h(allMass[b]!);
    if (hh) ctx.fillRect(b * bw, height - hh, bw + 0.25, hh);
  }
  ctx.fillStyle = THEME.histogram;
  for (let b = 0; b < n; b++) {
    const hh = h(vis.precise[b]! + vis.vague[b]!);
    if (hh) ctx.fillRect(b * bw, height - hh, bw + 0.25, hh);
  }
}
