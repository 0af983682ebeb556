/**
 * The brush by keyboard: what an arrow key, Home, End or Escape does to the selected dates, as a
 * pure function of the brush, the detail's window and the bounds one may brush in. Left and Right
 * move the dates by a step that suits the zoom (a day, a week, a month, a quarter or a year, in
 * calendar units), Shift with them moves the end (a longer or shorter selection), Home and End
 * move it to the first or last dates, Page Up and Page Down by ten steps, Escape clears it.
 */
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3';
import type { Window } from '../filter/windows';
import { formatEventDate } from '../i18n/event-date';
import { isoDay } from '../time/partial-date';

/** The intervals a step may be, shortest first, with their length in days to choose by. */
const STEPS: [CountableTimeInterval, number, number][] = [
  [utcDay, 1, 1],
  [utcWeek, 1, 7],
  [utcMonth, 1, 30],
  [utcMonth, 3, 91],
  [utcYear, 1, 365],
];
const DAY = 86_400_000;

/** A dozen steps or more across the window: the largest calendar unit no longer than a twelfth. */
export function brushStep(view: Window): { interval: CountableTimeInterval; count: number } {
  const days = (view[1] - view[0]) / DAY / 12;
  let pick = STEPS[0]!;
  for (const s of STEPS) if (s[2] <= days) pick = s;
  return { interval: pick[0], count: pick[1] };
}

/**
 * The brush after `key` (with Shift held or not): a new range, `null` to clear it, or
 * `undefined` when the key is not the brush's. With no brush, a first arrow selects a step's
 * worth of dates at the window's middle.
 */
export function brushKey(
  key: string,
  shift: boolean,
  brush: Window | null,
  view: Window,
  bounds: Window,
): Window | null | undefined {
  const { interval, count } = brushStep(view);
  const by = (t: number, n: number) => +interval.offset(new Date(t), n * count);
  if (key === 'Escape') return brush ? null : undefined;
  const dir = {
    ArrowLeft: -1,
    ArrowDown: -1,
    ArrowRight: 1,
    ArrowUp: 1,
    PageDown: -10,
    PageUp: 10,
  }[key];
  if (key !== 'Home' && key !== 'End' && dir === undefined) return undefined;
  if (!brush) {
    const a = +interval.floor(new Date((view[0] + view[1]) / 2));
    return [a, Math.min(by(a, 1), bounds[1])];
  }
  const [a, b] = brush;
  const span = b - a;
  if (shift && dir !== undefined) {
    // The end moves; the selection never shrinks below one step, nor grows past the bounds.
    const end = Math.min(Math.max(by(b, dir), by(a, 1)), bounds[1]);
    return [a, Math.max(end, a + 1)];
  }
  let start = key === 'Home' ? bounds[0] : key === 'End' ? bounds[1] - span : by(a, dir!);
  start = Math.max(bounds[0], Math.min(start, bounds[1] - span));
  return [start, start + span];
}

/** Dates [a, b) in words, the last day included: "3 January 2022 to 9 January 2022". */
export function datesInWords(
  range: Window,
  lang: string,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  const day = (ms: number) => formatEventDate({ start: isoDay(ms) }, lang);
  return t('timeline.brushValue', {
    from: day(range[0]),
    to: day(Math.max(range[0], range[1] - 1)),
  });
}
