/**
 * Time windows fitted to the data: the whole span of the events, padded, and the "focus" window
 * of their densest period, which a dataset opens on. Everything is in UTC: partial dates are
 * calendar days read in UTC or in their own offset (time/partial-date.ts), so a local-time window
 * would shift a day across midnight.
 */
import type { EventIndex } from './event-index';
import { sortedBy } from '../model/sort-order';

/** A time window [t0, t1) in ms. */
export type Window = [number, number];

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Shown when there are no events, so the axis is never empty or NaN: this year. */
function emptyWindow(): Window {
  const year = new Date().getUTCFullYear();
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

/**
 * The extent padded on both sides by `fraction` of its span (at least half of `minSpan` in all),
 * so that the first and last marks are not cut in half by the plot's edges.
 */
export function padExtent(
  extent: readonly [number, number] | undefined,
  fraction = 0.03,
  minSpan = DAY,
): Window {
  if (!extent) return emptyWindow();
  const [a, b] = extent;
  const span = Math.max(b - a, 0);
  const pad = Math.max(span * fraction, (minSpan - span) / 2, 0);
  return [a - pad, b + pad];
}

/** The window a timeline opens on: the whole of the data, padded. */
export function initialWindow(index: Pick<EventIndex, 'extent'>): Window {
  return padExtent(index.extent);
}

/** Events longer than this do not locate a cluster: "2022" says nothing about January. */
const FOCUS_MAX_SPAN = 32 * DAY;

/**
 * The tightest interval that holds `share` of the visible events dated to a month or better (by
 * the midpoint of each event's interval), widened to their whole intervals and padded by 10 %,
 * at least one day wide. Year-long and longer events are left out of the search when shorter
 * ones exist, since their midpoints (1 July) are not where anything happened. When most events
 * fall in a few days and a few are years earlier (the seed: 1998-2021, then January 2022), this is
 * the window in which the marks can be read; the app decides whether to open on it. Undefined
 * when no event is visible.
 */
export function focusWindow(
  index: Pick<EventIndex, 'n' | 'start' | 'end'>,
  visible: Uint8Array | null,
  share = 0.5,
): Window | undefined {
  const shown = (i: number) => !visible || visible[i] === 1;
  let all = 0;
  let short = 0;
  for (let i = 0; i < index.n; i++) {
    if (!shown(i)) continue;
    all++;
    if (index.end[i]! - index.start[i]! <= FOCUS_MAX_SPAN) short++;
  }
  if (all === 0) return undefined;
  const onlyShort = short > 0;
  let ids: Uint32Array = new Uint32Array(onlyShort ? short : all);
  for (let i = 0, j = 0; i < index.n; i++) {
    if (!shown(i) || (onlyShort && index.end[i]! - index.start[i]! > FOCUS_MAX_SPAN)) continue;
    ids[j++] = i;
  }
  const mid = (i: number) => (index.start[i]! + index.end[i]!) / 2;
  const mids = new Float64Array(ids.length);
  for (let j = 0; j < ids.length; j++) mids[j] = mid(ids[j]!);
  const byMid = sortedBy(mids);
  // The midpoints in order too: the window slides over them in sequence, not by event.
  const sorted = new Float64Array(byMid.length);
  for (let j = 0; j < byMid.length; j++) {
    sorted[j] = mids[byMid[j]!]!;
    byMid[j] = ids[byMid[j]!]!;
  }
  ids = byMid;
  const count = ids.length;
  const k = Math.max(1, Math.ceil(share * count));
  let best = 0;
  let bestSpan = Infinity;
  for (let i = 0; i + k - 1 < count; i++) {
    const span = sorted[i + k - 1]! - sorted[i]!;
    if (span < bestSpan) {
      bestSpan = span;
      best = i;
    }
  }
  let a = Infinity;
  let b = -Infinity;
  for (let j = best; j < best + k; j++) {
    a = Math.min(a, index.start[ids[j]!]!);
    b = Math.max(b, index.end[ids[j]!]!);
  }
  return padExtent([a, b], 0.1, DAY);
}
