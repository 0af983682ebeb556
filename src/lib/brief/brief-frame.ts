/**
 * What the printed brief's map frames: its located events, with a margin, never narrower than a
 * region around one town; the whole world when none is located. And which of the basemap's
 * levels of detail suits that frame.
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

/**
 * The basemap's scale for a frame: 1:110m for a continent or more, 1:50m for a country, 1:10m
 * for a region; regions and cities only below a continent.
 */
export function briefDetail(frame: Box): { scale: '110m' | '50m' | '10m'; regions: boolean } {
  const span = Math.max(frame[2] - frame[0], frame[3] - frame[1]);
  if (span > 60) return { scale: '110m', regions: false };
  return { scale: span > 12 ? '50m' : '10m', regions: true };
}
