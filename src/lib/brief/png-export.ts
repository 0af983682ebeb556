/**
 * The exported picture of the current view: title, the filters in words, the map, the timeline,
 * the legend (colour and shape per category) and the attribution (the dataset's publisher,
 * Natural Earth), composed on a 2D canvas. A picture travels without its link, so it must say
 * what it shows and whose data it is.
 *
 * Pure apart from the canvas it is given; it returns the text lines it drew, so a test can check
 * that the legend and the attribution are on the picture without reading pixels.
 */
import { categoryColor, categoryShape, shapePath } from '../ui/palette';
import type { Picture } from '../ui/picture';

export interface ExportContent {
  title: string;
  /** The filters in words ("Shown: under article 2 …") and the count. */
  subtitle: string;
  map: Picture | null;
  timeline: Picture | null;
  /** Categories in catalogue order: index sets colour and shape. */
  legend: { index: number; label: string }[];
  legendTitle: string;
  /** Attribution lines, e.g. "Data: Maat for Peace. Basemap: Natural Earth (public domain)." */
  attribution: string[];
}

/** The subset of CanvasRenderingContext2D used here, so tests can pass a recorder. */
export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  | 'fillRect'
  | 'fillText'
  | 'drawImage'
  | 'save'
  | 'restore'
  | 'translate'
  | 'fill'
  | 'stroke'
  | 'measureText'
  | 'scale'
  | 'strokeRect'
> & {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  lineWidth: number;
  textBaseline: CanvasTextBaseline;
};

/**
 * The picture's width in CSS pixels.
 * @public (ExportMenu.svelte imports this module when a picture is first exported, which knip
 * does not see)
 */
export const EXPORT_WIDTH = 1600;
const PAD = 32;
const FONT = "'Noto Sans', 'Noto Sans SC', system-ui, sans-serif";

/** Height of the composition for the given content, in CSS pixels. */
export function layout(c: ExportContent, width = EXPORT_WIDTH) {
  const inner = width - 2 * PAD;
  const mapH = c.map ? Math.round((inner * c.map.height) / Math.max(1, c.map.width)) : 0;
  // The timeline keeps its own scale (at most 1.5×): stretched to the full width its lanes
  // would grow taller than the map.
  const tlW = c.timeline ? Math.min(inner, Math.round(c.timeline.width * 1.5)) : 0;
  const tlH = c.timeline
    ? Math.round((tlW * c.timeline.height) / Math.max(1, c.timeline.width))
    : 0;
  const legendRows = Math.ceil(c.legend.length / 4);
  const top = PAD + 40 + 30 + 16;
  const mapY = top;
  const tlY = mapY + mapH + (mapH ? 12 : 0);
  const legendY = tlY + tlH + (tlH ? 20 : 0);
  const attrY = legendY + 28 + legendRows * 28 + 12;
  const height = attrY + c.attribution.length * 24 + PAD;
  return { inner, mapH, tlW, tlH, mapY, tlY, legendY, attrY, height };
}

/** Draws the content on ctx (sized layout().height × width) and returns the lines of text drawn. */
export function composeExport(
  ctx: Ctx2D,
  c: ExportContent,
  makePath: (d: string) => Path2D,
  width = EXPORT_WIDTH,
): string[] {
  const L = layout(c, width);
  const lines: string[] = [];
  const text = (s: string, x: number, y: number, font: string, color = '#000') => {
    ctx.font = font;
    ctx.fillStyle = color;
    ctx.fillText(s, x, y);
    lines.push(s);
  };
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, L.height);
  ctx.textBaseline = 'top';
  text(c.title, PAD, PAD, `700 30px ${FONT}`);
  text(c.subtitle, PAD, PAD + 42, `400 20px ${FONT}`, '#222');
  ctx.strokeStyle = '#000';
  ctx.lineWidth = 1;
  if (c.map) {
    ctx.drawImage(c.map.source, PAD, L.mapY, L.inner, L.mapH);
    ctx.strokeRect(PAD, L.mapY, L.inner, L.mapH);
  }
  if (c.timeline) {
    ctx.drawImage(c.timeline.source, PAD, L.tlY, L.tlW, L.tlH);
    ctx.strokeRect(PAD, L.tlY, L.tlW, L.tlH);
  }
  text(c.legendTitle, PAD, L.legendY, `700 18px ${FONT}`);
  const colW = L.inner / 4;
  c.legend.forEach((item, k) => {
    const x = PAD + (k % 4) * colW;
    const y = L.legendY + 28 + Math.floor(k / 4) * 28;
    ctx.save();
    ctx.translate(x + 9, y + 10);
    const p = makePath(shapePath(categoryShape(item.index), 8));
    ctx.fillStyle = categoryColor(item.index);
    ctx.fill(p);
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 1;
    ctx.stroke(p);
    ctx.restore();
    text(item.label, x + 26, y, `400 18px ${FONT}`);
  });
  c.attribution.forEach((a, k) => text(a, PAD, L.attrY + k * 24, `400 16px ${FONT}`, '#333'));
  return lines;
}
