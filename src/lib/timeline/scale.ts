/**
 * The pure arithmetic of zooming and panning the timeline's window [t0, t1) in ms, in UTC (the
 * windows fitted to the data are in filter/windows.ts).
 */
import { HOUR, type Window } from '../filter/windows';

/** Narrowest window a person can zoom to: one hour still shows a time-of-day tick apart. */
export const MIN_SPAN = HOUR;

/**
 * Keeps a window inside `bounds` and between `minSpan` and the bounds' span, preserving its
 * centre where it can. Returns a new array.
 */
export function clampWindow(w: Window, bounds: Window, minSpan = MIN_SPAN): Window {
  const boundSpan = bounds[1] - bounds[0];
  let span = Math.min(Math.max(w[1] - w[0], minSpan), boundSpan);
  if (!(span > 0)) span = minSpan;
  let a = (w[0] + w[1]) / 2 - span / 2;
  if (a < bounds[0]) a = bounds[0];
  if (a + span > bounds[1]) a = bounds[1] - span;
  return [a, a + span];
}

/**
 * The window zoomed by `factor` (> 1 zooms in) about the instant `anchor` (its centre by
 * default): the anchor keeps its place on screen.
 */
export function zoomWindow(w: Window, factor: number, anchor = (w[0] + w[1]) / 2): Window {
  return [anchor - (anchor - w[0]) / factor, anchor + (w[1] - anchor) / factor];
}

/** The smallest window that contains both, so a window the app passes is never cut off. */
export function unionWindow(a: Window, b: Window): Window {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}
