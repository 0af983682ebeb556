/**
 * Extraditions and deportations drawn on a 2D canvas under the marks' WebGL canvas. They were
 * maplibre line and symbol layers; but a GeoJSON setData repaints the whole map, and during a
 * brush that repaint (hundreds of ms under software WebGL) came back on nearly every step. A few
 * hundred curves on a canvas cost a millisecond or two, with the overlay's camera, so they stay
 * glued to the map like the marks.
 */
import { curveAt, SEGMENTS, type ArrowPath } from './arcs';
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
 * Which route each movement takes under one camera, and the points its line goes through, kept
 * while the camera stays: a brush step then finds them with an array lookup, where it projected
 * both ends, looked their pixels up in a map and projected the curve again (most of the arrows'
 * 8-9 ms of each step at 100,000 synthetic events, a CPU profile of the bench's drag). `clear`
 * it when the camera, the canvas or the movements change.
 */
export class RouteCache {
  /** Per movement (by event index): its route's number + 1 under this camera, 0 not yet known. */
  private route = new Int32Array(0);
  /** Per look: route number by the pixels (rounded) its movements start and end on. */
  private byLook: Map<number, number>[] = [];
  private routes = 0;
  /** Per route: the call of `routes` that last met it, and where its entry is in that call's list. */
  private seen = new Uint32Array(0);
  private at = new Int32Array(0);
  private call = 0;

  /** Per movement (by event index): the points its line is drawn through, projected. */
  private points: (Float64Array | undefined)[] = [];
  /** Every how many of a curve's points those are (drawArrows' stride). */
  private stride = 0;

  clear(): void {
    this.route.fill(0);
    this.byLook = [];
    this.routes = 0;
    this.points = [];
  }

  /**
   * The points of movement `a` its line goes through, every `stride`th of its curve's and the
   * last, projected (x, y pairs), found once per camera and stride.
   */
  pointsOf(a: ArrowPath, stride: number, project: Project): Float64Array {
    if (stride !== this.stride) {
      this.points = [];
      this.stride = stride;
    }
    return (this.points[a.i] ??= curvePoints(a, stride, project));
  }

  /** Starts a call of `routes`: no route met yet. */
  next(): number {
    if (++this.call > 0xffffffff) {
      this.seen.fill(0);
      this.call = 1;
    }
    return this.call;
  }

  /** The route of movement `a` (a number from 0), found once per camera. */
  routeOf(a: ArrowPath, project: Project): number {
    const known = a.i < this.route.length ? this.route[a.i]! : 0;
    if (known) return known - 1;
    // 12 bits a coordinate: pixels from -1024 to 3071, so arrows reaching in from off the
    // canvas keep their own ends.
    const q = (v: number) => Math.min(4095, Math.max(0, Math.round(v) + 1024));
    const [x0, y0] = project(a.x0, a.y0);
    const [x1, y1] = project(a.x2, a.y2);
    const key = ((q(x0) * 4096 + q(y0)) * 4096 + q(x1)) * 4096 + q(y1);
    const same = (this.byLook[a.look] ??= new Map());
    let r = same.get(key);
    if (r === undefined) {
      same.set(key, (r = this.routes++));
      if (r >= this.seen.length) {
        const seen = new Uint32Array(Math.max(64, 2 * this.routes));
        const at = new Int32Array(seen.length);
        seen.set(this.seen);
        at.set(this.at);
        this.seen = seen;
        this.at = at;
      }
    }
    if (a.i >= this.route.length) {
      const route = new Int32Array(Math.max(a.i + 1, 2 * this.route.length));
      route.set(this.route);
      this.route = route;
    }
    this.route[a.i] = r + 1;
    return r;
  }

  /** Whether route r was met in call `call`, and if not, marks it met with its entry at `at`. */
  meet(r: number, call: number, at: number): number {
    if (this.seen[r] === call) return this.at[r]!;
    this.seen[r] = call;
    this.at[r] = at;
    return -1;
  }
}

/**
 * The movements grouped by look and by the pixels (rounded) they start and end on, in order of
 * first appearance. Many events share a route (the same deportation from one city to another),
 * and a stroke over the same pixels costs the rasteriser as much as the first. `cache` keeps
 * each movement's route between calls with the same camera.
 */
export function routes(
  arrows: readonly ArrowPath[],
  project: Project,
  cache: RouteCache = new RouteCache(),
): Route[] {
  const out: Route[] = [];
  const call = cache.next();
  for (const a of arrows) {
    const k = cache.meet(cache.routeOf(a, project), call, out.length);
    if (k < 0) out.push({ arrow: a, count: 1 });
    else out[k]!.count++;
  }
  return out;
}

/** The points of `a`'s curve a line through it takes: every `stride`th and the last, projected. */
function curvePoints(a: ArrowPath, stride: number, project: Project): Float64Array {
  const last = SEGMENTS;
  const out = new Float64Array(2 * (Math.ceil(last / stride) + 1));
  let n = 0;
  for (let k = 0; k <= last; k = k === last ? last + 1 : Math.min(k + stride, last)) {
    const [x, y] = project(...curveAt(a, k / last));
    out[n++] = x;
    out[n++] = y;
  }
  return n === out.length ? out : out.subarray(0, n);
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
  cache?: RouteCache,
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
  /** The line of each look and opacity step met so far (a key string built once for each). */
  const lineOf: (Path2D | undefined)[] = [];
  for (const { arrow: a, count } of routes(arrows, project, cache)) {
    const step = Math.ceil((1 - (1 - alpha) ** count) * 20);
    let line = lineOf[21 * a.look + step];
    if (!line) {
      const opacity = Math.min(1, step / 20);
      const key = `${a.color}|${a.dashed ? 1 : 0}|${opacity}`;
      line = lines.get(key);
      if (!line) lines.set(key, (line = new Path2D()));
      lineOf[21 * a.look + step] = line;
    }
    const points = cache ? cache.pointsOf(a, stride, project) : curvePoints(a, stride, project);
    let x = 0;
    let y = 0;
    for (let p = 0; p < points.length; p += 2) {
      x = points[p]!;
      y = points[p + 1]!;
      if (p) {
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
