/**
 * Dates in words for the timeline: d3 time locales for the axis (English, and Russian built
 * with d3.timeFormatLocale), and a date "as stated in the data" for the tooltip, which never
 * claims more precision than the source gives ("2014" stays "2014").
 */
import {
  timeFormatLocale,
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcYear,
  type TimeLocaleObject,
} from 'd3';
import type { Text } from '../model/schema';
import { parsePartialDate, isParseError } from '../time/partial-date';

const EN = timeFormatLocale({
  dateTime: '%a %b %e %X %Y',
  date: '%m/%d/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
});

/** Russian: full month names in the genitive ("4 января"), as a day and month are written. */
const RU = timeFormatLocale({
  dateTime: '%A, %e %B %Y г. %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  shortDays: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  months: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  shortMonths: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
});

export function timeLocale(lang: string): TimeLocaleObject {
  return lang === 'ru' ? RU : EN;
}

/**
 * Axis tick labels that say only what changed at that tick (d3's multi-scale idea), in UTC:
 * "2022", "Feb", "4 Jan", "14:00". Short month names are used alone, which avoids the Russian
 * genitive/nominative question ("янв" reads either way).
 */
export function tickFormatter(lang: string): (d: Date) => string {
  const l = timeLocale(lang);
  const minute = l.utcFormat('%H:%M');
  const day = l.utcFormat('%-d %b');
  const month = l.utcFormat('%b');
  const year = l.utcFormat('%Y');
  return (d) =>
    utcMinute(d) < d
      ? l.utcFormat('%H:%M:%S')(d)
      : utcHour(d) < d || utcDay(d) < d
        ? minute(d)
        : utcMonth(d) < d
          ? day(d)
          : utcYear(d) < d
            ? month(d)
            : year(d);
}

/** A day in words, for ranges in labels ("4 January 2022", "4 января 2022 г."). */
export function formatDay(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
}

/** A window [t0, t1) in words, the end shown as the last day it includes. */
export function formatWindow(w: readonly [number, number], lang: string): string {
  const last = Math.max(w[0], w[1] - 1);
  return `${formatDay(w[0], lang)} – ${formatDay(last, lang)}`;
}

/** The text in `lang`, else in the first language given. */
export function textIn(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? Object.values(text)[0] ?? '';
}

/**
 * One ISO partial date in words at its own precision. A time of day is shown as the source's
 * wall-clock time with its UTC offset, not converted to the viewer's zone.
 */
export function formatPartialDate(iso: string, lang: string): string {
  const p = parsePartialDate(iso);
  if (isParseError(p)) return iso;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (p.precision !== 'year') opts.month = 'long';
  if (p.precision === 'day' || p.precision === 'time') opts.day = 'numeric';
  let s = new Intl.DateTimeFormat(lang, opts).format(wall);
  if (p.precision === 'time') {
    const hm = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
    const off = p.offsetMinutes ?? 0;
    const sign = off < 0 ? '−' : '+';
    const abs = Math.abs(off);
    const zone =
      off === 0
        ? 'UTC'
        : `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    s += `, ${hm} (${zone})`;
  }
  return s;
}

/**
 * The date as the data states it: the source's own wording when the data gives one
 * (`display`), otherwise the ISO date(s) in words at their precision; "≈" marks an
 * approximate date.
 */
export function statedDate(
  date: { start: string; end?: string; approximate?: boolean; display?: Text },
  lang: string,
): string {
  if (date.display !== undefined) return textIn(date.display, lang);
  const s = formatPartialDate(date.start, lang);
  const text = date.end ? `${s} – ${formatPartialDate(date.end, lang)}` : s;
  return date.approximate ? `≈ ${text}` : text;
}
