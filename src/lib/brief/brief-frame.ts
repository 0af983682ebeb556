/**
 * What the printed brief's map frames: its located events, with a margin, never narrower than a
 * region around one town; the whole world when none is located.
 */
import { WORLD_BOUNDS } from '../map/basemap-style';

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
