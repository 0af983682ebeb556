/**
 * Partial dates: ISO 8601 strings at the precision the source supports ("2014", "2022-01",
 * "2022-01-04", "2022-01-04T14:30+06:00"), turned into half-open instants [start, end) in
 * milliseconds since the epoch, so that "January 2022" covers the whole month and a range
 * "4-10 January 2022" ends at the close of the 10th.
 *
 * A date without a time of day names a calendar day, not an instant: it is read in the event's
 * own time zone when one is given (Kazakhstan was UTC+6 in January 2022), otherwise in UTC.
 */

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface ParsedDate {
  precision: Precision;
  year: number;
  month: number; // 1-12 (1 when unknown)
  day: number; // 1-31 (1 when unknown)
  hour: number;
  minute: number;
  second: number;
  /** UTC offset in minutes; undefined for a calendar date without time. */
  offsetMinutes: number | undefined;
}

const PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2})))?)?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The number written by the digits of `text` from `a` to `b`, or -1 if another character is there. */
function digits(text: string, a: number, b: number): number {
  let v = 0;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parses a partial date, or returns a reason that a data editor understands. A year, a month or a
 * day ("2014", "2022-01", "2022-01-04": nearly every date of a dataset) is read from its
 * characters; a time of day by the pattern. A million events' dates are read on import, and a
 * cache of the texts already read cost more than reading them (a million look-ups of new strings).
 */
export function parsePartialDate(text: string): ParsedDate | { error: string } {
  const n = text.length;
  const dash = (at: number) => text.charCodeAt(at) === 45;
  if ((n === 4 || n === 7 || n === 10) && (n < 7 || dash(4)) && (n < 10 || dash(7))) {
    const year = digits(text, 0, 4);
    const month = n >= 7 ? digits(text, 5, 7) : 1;
    const day = n === 10 ? digits(text, 8, 10) : 1;
    if (year >= 0 && month >= 0 && day >= 0) {
      const precision = n === 10 ? 'day' : n === 7 ? 'month' : 'year';
      return calendarDate(text, precision, year, month, day, 0, 0, 0, undefined);
    }
  }
  return parseByPattern(text);
}

function parseByPattern(text: string): ParsedDate | { error: string } {
  const m = PATTERN.exec(text);
  if (!m) {
    return {
      error: `"${text}" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm±hh:mm)`,
    };
  }
  const num = (k: number) => (m[k] === undefined ? 0 : Number(m[k]));
  const precision: Precision =
    m[4] !== undefined
      ? 'time'
      : m[3] !== undefined
        ? 'day'
        : m[2] !== undefined
          ? 'month'
          : 'year';
  const offset =
    m[7] === undefined
      ? undefined
      : m[7] === 'Z'
        ? 0
        : (m[8] === '-' ? -1 : 1) * (num(9) * 60 + num(10));
  return calendarDate(
    text,
    precision,
    num(1),
    m[2] === undefined ? 1 : num(2),
    m[3] === undefined ? 1 : num(3),
    num(4),
    num(5),
    num(6),
    offset,
  );
}

/** The date of these fields, or why there is no such date (`text` is what they were read from). */
function calendarDate(
  text: string,
  precision: Precision,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number | undefined,
): ParsedDate | { error: string } {
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${text.slice(5, 7)}` };
  if (day < 1 || (day > 28 && day > daysInMonth(year, month))) {
    return {
      error: `"${text}" is not a day of the calendar (${text.slice(0, 7)} has ${daysInMonth(year, month)} days)`,
    };
  }
  if (hour > 23 || minute > 59 || second > 59)
    return { error: `"${text}" has an impossible time of day` };
  if (offsetMinutes !== undefined && Math.abs(offsetMinutes) > 14 * 60)
    return { error: `"${text}" has a UTC offset beyond ±14:00` };
  return { precision, year, month, day, hour, minute, second, offsetMinutes };
}

export function isParseError<T extends object>(p: T | { error: string }): p is { error: string } {
  return 'error' in p;
}

/** First instant of the period the date names, in ms since the epoch. */
export function periodStart(d: ParsedDate, zoneOffsetMinutes = 0): number {
  const offset = d.offsetMinutes ?? zoneOffsetMinutes;
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second) - offset * 60_000;
}

/** First instant after the period the date names (exclusive end). */
export function periodEnd(d: ParsedDate, zoneOffsetMinutes = 0): number {
  const offset = d.offsetMinutes ?? zoneOffsetMinutes;
  const { year, month, day } = d;
  let utc: number;
  switch (d.precision) {
    case 'year':
      utc = Date.UTC(year + 1, 0, 1);
      break;
    case 'month':
      utc = Date.UTC(year, month, 1);
      break;
    case 'day':
      utc = Date.UTC(year, month - 1, day + 1);
      break;
    case 'time':
      // A time of day is an instant; give it one minute so that it has a width to draw.
      return periodStart(d, zoneOffsetMinutes) + 60_000;
  }
  return utc - offset * 60_000;
}

export interface Interval {
  /** Inclusive start, ms since the epoch. */
  start: number;
  /** Exclusive end, ms since the epoch. */
  end: number;
  /** The coarser of the two ends' precisions: what the interval can honestly claim. */
  precision: Precision;
  /** True when the date has an end date (a range such as 4-10 January 2022). */
  isRange: boolean;
}

const ORDER: Precision[] = ['time', 'day', 'month', 'year'];
function coarser(a: Precision, b: Precision): Precision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * The interval an event's date covers. `zoneOffsetMinutes` is the offset in which calendar dates
 * are read (0 for UTC). Returns an error when a date is malformed or the end precedes the start.
 */
export function toInterval(
  start: string,
  end?: string,
  zoneOffsetMinutes = 0,
): Interval | { error: string } {
  const s = parsePartialDate(start);
  if (isParseError(s)) return s;
  if (end === undefined) {
    return {
      start: periodStart(s, zoneOffsetMinutes),
      end: periodEnd(s, zoneOffsetMinutes),
      precision: s.precision,
      isRange: false,
    };
  }
  const e = parsePartialDate(end);
  if (isParseError(e)) return e;
  const backwards = rangeError(s, e, start, end, zoneOffsetMinutes);
  if (backwards) return backwards;
  return {
    start: periodStart(s, zoneOffsetMinutes),
    end: periodEnd(e, zoneOffsetMinutes),
    precision: coarser(s.precision, e.precision),
    isRange: true,
  };
}

/**
 * Why a range from `s` to `e` (parsed from `start` and `end`) cannot be, or undefined. The end is
 * before the start only when its whole period is: a range from 14:30 on the 4th "to the 4th", or
 * from the 4th "to January", is a valid range.
 */
export function rangeError(
  s: ParsedDate,
  e: ParsedDate,
  start: string,
  end: string,
  zoneOffsetMinutes = 0,
): { error: string } | undefined {
  if (periodEnd(e, zoneOffsetMinutes) > periodStart(s, zoneOffsetMinutes)) return undefined;
  return { error: `the end date ${end} is before the start date ${start}` };
}

/** Formats an instant as an ISO date (YYYY-MM-DD) in UTC, for URLs and typed ranges. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
