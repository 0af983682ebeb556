/**
 * What a date honestly looks like on the timeline. An exact day is a solid mark in the
 * category's shape at the middle of its day; a time of day is a tick at its instant; a range
 * (4-10 January 2022) is a bar across it; a date known only to the month or the year is a light
 * band across the whole month or year, so that "2014" never looks like 1 January 2014.
 * Approximate dates are drawn with a dashed outline and a fade (the drawing's job: the flag is
 * carried here).
 *
 * The kinds are small integers so the draw loop can keep them in a Uint8Array; `markGeometry`
 * is the readable form of the same rule, used by tests and by the hover overlay.
 */
export const POINT = 0;
export const BAR = 1;
export const SPAN = 2;
export const TICK = 3;

export type MarkKind = 'point' | 'bar' | 'span' | 'tick';
const MARK_KINDS: readonly MarkKind[] = ['point', 'bar', 'span', 'tick'];

/** Narrowest bar or band drawn, so that a range of an hour at a decade's zoom is still seen. */
export const MIN_BAR_PX = 2;

/**
 * The kind of mark for an event, from its precision (an index into DATE_PRECISIONS:
 * 0 time, 1 day, 2 month, 3 year) and whether it is a range. A range whose ends are known only
 * to the month or year is still a band: its ends are as vague as a single month.
 */
export function markKindCode(precision: number, isRange: number | boolean): number {
  if (precision >= 2) return SPAN;
  if (isRange) return BAR;
  return precision === 0 ? TICK : POINT;
}

export interface MarkGeometry {
  kind: MarkKind;
  /** Left and right edge in px; equal for a tick. */
  x0: number;
  x1: number;
  /** Where a point's shape or a tick is drawn. */
  cx: number;
  approximate: boolean;
}

/** The mark of one event under the time-to-pixel function `x`. */
export function markGeometry(
  start: number,
  end: number,
  precision: number,
  isRange: number | boolean,
  approximate: number | boolean,
  x: (t: number) => number,
): MarkGeometry {
  const code = markKindCode(precision, isRange);
  const kind = MARK_KINDS[code]!;
  const a = x(start);
  if (code === TICK) return { kind, x0: a, x1: a, cx: a, approximate: !!approximate };
  const b = x(end);
  if (code === POINT) return { kind, x0: a, x1: b, cx: (a + b) / 2, approximate: !!approximate };
  const x1 = Math.max(b, a + MIN_BAR_PX);
  return { kind, x0: a, x1, cx: (a + x1) / 2, approximate: !!approximate };
}

/**
 * The instant a mark stands for when events are put in order or hit-tested: a tick's instant,
 * the middle of anything else.
 */
export function markCentre(start: number, end: number, kindCode: number): number {
  return kindCode === TICK ? start : (start + end) / 2;
}

/**
 * A stable vertical position in 0..1 for event i inside its lane (a hash of the index), so
 * that marks on the same day spread out instead of hiding one another, and do not jump when the
 * window moves.
 */
export function jitter(i: number): number {
  return (Math.imul(i + 1, 2654435761) >>> 0) / 4294967296;
}

/** Height in px of a range bar and of a month/year band. */
export const BAR_H = 5;
export const SPAN_H = 6;
/** Vertical distance between two tracks of bars and bands. */
const TRACK_PX = SPAN_H + 1;

/**
 * Tracks of bars and bands a lane `height` px high holds: at least three, which in a lane of a
 * small projector layout means bands that touch (their outlines still tell them apart).
 */
export function trackCount(height: number): number {
  return Math.max(3, Math.floor((height - 2) / TRACK_PX));
}

/**
 * Vertical centre (px from the lane's top) of a bar or band on `track` (lanes.ts packs them so
 * that overlapping periods get different tracks): stacked up from the lane's foot, under the
 * points, so that two "January 2022" bands read as two and not as one thick smear.
 */
export function trackY(track: number, height: number): number {
  const n = trackCount(height);
  const pitch = Math.min(TRACK_PX, (height - 2) / n);
  return height - 1 - pitch / 2 - (track % n) * pitch;
}

/** Vertical centre (px from the lane's top) of event i's mark in a lane `height` px high. */
export function markY(i: number, height: number, r: number): number {
  const pad = Math.min(r + 3, height / 2);
  return pad + jitter(i) * Math.max(height - 2 * pad, 0);
}
