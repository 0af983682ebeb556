/**
 * Extraditions and deportations drawn on a 2D canvas under the marks' WebGL canvas. They were
 * maplibre line and symbol layers; but a GeoJSON setData repaints the whole map, and during a
 * brush that repaint (hundreds of ms under software WebGL) came back on nearly every step. A few
 * hundred curves on a canvas cost a millisecond or two, with the overlay's camera, so they stay
 * glued to the map like the marks.
 */
import type { ArrowPath } from './arcs';
import type { Theme } from '../ui/theme';

/** The casing under the arrows, in the basemap's background tone. */
const HALO: Record<Theme, string> = { light: '#ffffff', dark: '#1b1e22' };

/**
 * Past this many visible movements (synthetic data holds thousands) the arrows are drawn thin,
 * without casing and with a quarter of the curve's points: at that density they read as flows,
 * not routes, and full strokes would cost more than the marks.
 */
const DENSE = 300;

type Project = (x: number, y: number) => [number, number];

/** Movements of one look between the same two pixels, drawn once: `arrow`, `count` of them. */
export interface Route {
  arrow: ArrowPath;
  count: number;
}

/**
 * The movements grouped by look and by the pixels (rounded) they start and end on, in order of
 * first appearance. Many events share a route (the same deportation from one city to another),
 * and a stroke over the same pixels costs the rasteriser as much as the first.
 */
export function routes(arrows: readonly ArrowPath[], project: Project): Route[] {
  const byLook: Map<number, Route>[] = [];
  const out: Route[] = [];
  // 12 bits a coordinate: pixels from -1024 to 3071, so arrows reaching in from off the canvas
  // keep their own ends.
  const q = (v: number) => Math.min(4095, Math.max(0, Math.round(v) + 1024));
  for (const a of arrows) {
    const last = a.xs.length - 1;
    const [x0, y0] = project(a.xs[0]!, a.ys[0]!);
    const [x1, y1] = project(a.xs[last]!, a.ys[last]!);
    const key = ((q(x0) * 4096 + q(y0)) * 4096 + q(x1)) * 4096 + q(y1);
    const same = (byLook[a.look] ??= new Map());
    const r = same.get(key);
    if (r) r.count++;
    else {
      const route = { arrow: a, count: 1 };
      same.set(key, route);
      out.push(route);
    }
  }
  return out;
}

/**
 * Draws the arrows; `ctx` is scaled to CSS pixels, `project` maps mercator to them. Each route is
 * stroked once, as opaque as its movements drawn one over another would be (1 − (1 − α)^count,
 * in steps of 5 %). Paths are batched by colour, dash and opacity (a few strokes in all, not two
 * per arrow): synthetic data can hold thousands of movements, and each stroke call has a fixed
 * cost.
 */
export function drawArrows(
  ctx: CanvasRenderingContext2D,
  arrows: readonly ArrowPath[],
  project: Project,
  theme: Theme,
): void {
  if (!arrows.length) return;
  const dense = arrows.length > DENSE;
  // Past ten times that, the curves keep five points and lose their heads.
  const crowded = arrows.length > 10 * DENSE;
  const stride = crowded ? 8 : dense ? 4 : 1;
  const alpha = crowded ? 0.25 : dense ? 0.55 : 1;
  const casing = new Path2D();
  const lines = new Map<string, Path2D>();
  const heads = new Map<string, Path2D>();
  const head = new Path2D('M0 0.75L5 12.5L0 9.5L-5 12.5Z');
  for (const { arrow: a, count } of routes(arrows, project)) {
    const opacity = Math.min(1, Math.ceil((1 - (1 - alpha) ** count) * 20) / 20);
    const key = `${a.color}|${a.dashed ? 1 : 0}|${opacity}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = new Path2D()));
    let x = 0;
    let y = 0;
    const last = a.xs.length - 1;
    for (let k = 0; k <= last; k = k === last ? last + 1 : Math.min(k + stride, last)) {
      [x, y] = project(a.xs[k]!, a.ys[k]!);
      if (k) {
        if (!dense) casing.lineTo(x, y);
        line.lineTo(x, y);
      } else {
        if (!dense) casing.moveTo(x, y);
        line.moveTo(x, y);
      }
    }
    if (crowded) continue;
    let h = heads.get(a.color);
    if (!h) heads.set(a.color, (h = new Path2D()));
    // The tip on the destination, pointing along the travel.
    const r = (a.rotate * Math.PI) / 180;
    h.addPath(head, new DOMMatrix([Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), x, y]));
  }
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash([]);
  if (!dense) {
    ctx.globalAlpha = 0.7;
    ctx.strokeStyle = HALO[theme];
    ctx.lineWidth = 4;
    ctx.stroke(casing);
  }
  ctx.lineWidth = dense ? 1 : 2;
  for (const [key, path] of lines) {
    const [color, dashed, opacity] = key.split('|');
    ctx.globalAlpha = Number(opacity);
    ctx.strokeStyle = color!;
    // Dashed: an endpoint is known only to its country (5 px on, 4 off, as the legend shows).
    // Crowded flows (over 3,000) are drawn solid, with plain caps and joins: at a quarter
    // opacity, thousands deep, a dash or a round cap cannot be told apart, and the rasterizer
    // pays for each (about 90 ms of a brush step at 100,000 synthetic events). Zoomed in or
    // brushed narrower, the dashes come back.
    const dash = dashed === '1' && !crowded;
    ctx.setLineDash(dash ? [5, 4] : []);
    ctx.lineCap = dash || crowded ? 'butt' : 'round';
    ctx.lineJoin = crowded ? 'bevel' : 'round';
    ctx.stroke(path);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineWidth = 1;
  for (const [color, path] of heads) {
    ctx.fillStyle = color;
    ctx.stroke(path);
    ctx.fill(path);
  }
}
