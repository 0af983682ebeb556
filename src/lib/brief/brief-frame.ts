/**
 * What the printed brief's map frames: its located events, with a margin, never narrower than a
 * region around one town; the whole world when none is located. A narrative step's map frames
 * the view the step saved instead (its rectangle, or what its camera shows).
 */
import { WORLD_BOUNDS } from '../map/basemap-style';
import {
  latFromMercatorY,
  lonFromMercatorX,
  mercatorPerPixel,
  mercatorX,
  mercatorY,
} from '../map/mercator';
import type { Camera } from '../model/view';

export type Box = [west: number, south: number, east: number, north: number];

/** The narrowest frame, in degrees: one event is shown with its surroundings. */
const MIN_SPAN = 3;
/** Margin around the events, as a share of their span. */
const MARGIN = 0.12;

export function briefFrame(points: readonly (readonly [number, number])[]): Box {
  if (points.length === 0) return WORLD_BOUNDS;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  const padX = Math.max((e - w) * MARGIN, (MIN_SPAN - (e - w)) / 2);
  const padY = Math.max((n - s) * MARGIN, (MIN_SPAN - (n - s)) / 2);
  return [
    Math.max(-180, w - padX),
    Math.max(-85, s - padY),
    Math.min(180, e + padX),
    Math.min(85, n + padY),
  ];
}

/**
 * The rectangle a map of `width` x `height` CSS pixels shows at a camera (a narrative step that
 * saved a centre and zoom rather than a rectangle), kept on the map.
 */
export function cameraFrame(
  { center: [lon, lat], zoom }: Camera,
  width: number,
  height: number,
): Box {
  const unit = mercatorPerPixel(zoom);
  const x = mercatorX(lon);
  const y = mercatorY(lat);
  return [
    Math.max(-180, lonFromMercatorX(x - (width / 2) * unit)),
    Math.max(-85, latFromMercatorY(y + (height / 2) * unit)),
    Math.min(180, lonFromMercatorX(x + (width / 2) * unit)),
    Math.min(85, latFromMercatorY(y - (height / 2) * unit)),
  ];
}
