/**
 * Canvas painting of the timeline's layout (layout.ts). Pure in the sense that matters:
 * everything it draws comes from its arguments; it owns no state but cached styles. It decides
 * nothing: a lane is a histogram, a count band or marks because the layout says so. Events not
 * drawn are left out of the detail and drawn faint grey in the overview.
 */
import { categoryColor, categoryShape, shapePath } from '../ui/palette';
import type { Theme } from '../ui/theme';
import type { CoverRun, LaneBins } from './density';
import { laneIds, MARK_R, markMask, type DetailLayout, type OverviewLayout } from './layout';
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

  /** `prev` when it fits `nCategories` and `palette`, else new styles. */
  static reuse(prev: MarkStyles | null, nCategories: number, palette: TimelinePalette) {
    return prev && prev.colors.length === Math.max(nCategories, 1) && prev.palette === palette
      ? prev
      : new MarkStyles(nCategories, palette);
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

export interface DetailPaint {
  ctx: CanvasRenderingContext2D;
  dpr: number;
  layout: DetailLayout;
  /** Instants of the axis ticks, for gridlines. */
  ticks: readonly number[];
  /** Lane colour for histograms (category lanes), or null for neutral ink. */
  laneColor: (lane: number) => string | null;
  styles: MarkStyles;
  scratch: DrawScratch;
}

/** The highlighted events already counted this frame (an event may be drawn in several lanes). */
export class DrawScratch {
  seen = new Uint8Array(0);
  reset(n: number): Uint8Array {
    if (this.seen.length !== n) this.seen = new Uint8Array(n);
    else this.seen.fill(0);
    return this.seen;
  }
}

export interface DetailPainted {
  /** Marks drawn (events, counted once per lane). */
  marks: number;
  /** Highlighted events drawn, each counted once, as marks or in a histogram. */
  highlighted: number;
}

/**
 * Paints the lanes of the detail as `layout` says, on a context already scaled to CSS px and
 * cleared. It decides nothing: which lane is a histogram, a count band or marks, the bins and
 * the marks one may point at all come from the layout.
 */
export function drawDetail(f: DetailPaint): DetailPainted {
  const { ctx, dpr, layout, styles } = f;
  const { width, laneHeight: H, li, drawn, highlight, w0, histMax, bandMax } = layout;
  const { start, end, category, approximate } = layout.index;
  const pal = styles.palette;
  const height = li.nLanes * H;
  const k = layout.pxPerMs;
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

  let highlighted = 0;
  const hlSeen = highlight ? f.scratch.reset(drawn.length) : null;
  const seen = (i: number) => {
    if (highlight && hlSeen && highlight[i] && !hlSeen[i]) {
      hlSeen[i] = 1;
      highlighted++;
    }
  };

  let marks = 0;
  for (let l = 0; l < li.nLanes; l++) {
    const top = l * H;
    const lane = layout.lanes[l]!;
    const hist = lane.form === 'histogram' ? lane.bins : null;
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
      const hl = lane.highlighted;
      if (highlight && hl && hl.count > 0) {
        drawHistogram(ctx, hl, top, H, histMax, pal.highlight, width, dpr, styles, false);
        const all = laneIds(li, l);
        for (let j = 0; j < all.length; j++) {
          const i = all[j]!;
          if (drawn[i] && highlight[i] && end[i]! > w0 && start[i]! < layout.w1) seen(i);
        }
      }
      continue;
    }
    if (lane.form === 'bands' && lane.bins)
      drawCountBand(ctx, lane.bins, lane.runs, top, H, bandMax, width, pal);
    // In a lane with a count band only the points and the highlighted periods are marks.
    const visible = markMask(layout, l);
    const fade = (i: number) => (highlight && !highlight[i] ? 0.22 : 1);
    // Bands and bars first, so that exact days sit on top of the periods they fall in. In a
    // lane drawn with a count band, only the highlighted periods are drawn one by one.
    const long = li.long[l]!;
    const tracks = li.track[l]!;
    for (let j = 0; j < long.length; j++) {
      const i = long[j]!;
      if (!visible[i] || end[i]! <= w0 || start[i]! >= layout.w1) continue;
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
  return { marks, highlighted };
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

/**
 * The whole period as a histogram on a log scale, so that one event in 1998 and two thousand on
 * 5 January 2022 are both seen: all events faint grey, the drawn ones in ink.
 */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  layout: OverviewLayout,
  height: number,
  palette: TimelinePalette,
): void {
  const { all, drawn, width } = layout;
  const n = all.n;
  const bw = width / n;
  const max = Math.log1p(all.maxMass);
  const room = height - 2;
  const h = (m: number) => (m <= 0 ? 0 : Math.max(2, (Math.log1p(m) / max) * room));
  ctx.fillStyle = palette.hidden;
  for (let b = 0; b < n; b++) {
    const hh = h(all.precise[b]! + all.vague[b]!);
    if (hh) ctx.fillRect(b * bw, height - hh, bw + 0.25, hh);
  }
  ctx.fillStyle = palette.histogram;
  for (let b = 0; b < n; b++) {
    const hh = h(drawn.precise[b]! + drawn.vague[b]!);
    if (hh) ctx.fillRect(b * bw, height - hh, bw + 0.25, hh);
  }
}
