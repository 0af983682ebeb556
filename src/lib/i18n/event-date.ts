/**
 * Dates as a person reads them, at the precision the data states and in the event's own time
 * zone: "4–10 January 2022", "January 2022", "2014", "6 January 2022, 14:30 (UTC+06:00)".
 * Never converted to the viewer's time zone: the calendar day is the one the source names.
 */
import type { EventDate } from '../model/schema';
import { dateTimeFormat } from './intl';
import { isParseError, parsePartialDate, type ParsedDate } from '../time/partial-date';

const OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

function utcDate(d: ParsedDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute));
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const m = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The locale used for dates: English is written day-month-year ("6 January 2022"), the usage of
 * the UN and of the treaty bodies, rather than the American month-day-year.
 */
function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

function formatOne(d: ParsedDate, lang: string): string {
  const p = d.precision === 'time' ? 'day' : d.precision;
  const date = dateTimeFormat(lang, OPTIONS[p]).format(utcDate(d));
  if (d.precision !== 'time') return date;
  const time = dateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(utcDate(d));
  return `${date}, ${time} (${offsetLabel(d.offsetMinutes ?? 0)})`;
}

/**
 * Formats an event's date. `approximatePrefix` is the language's word for "about" (from i18n).
 * Returns the raw strings when a date cannot be parsed, so nothing renders blank.
 */
export function formatEventDate(date: EventDate, uiLang: string, approximatePrefix = ''): string {
  const lang = dateLocale(uiLang);
  const s = parsePartialDate(date.start);
  const e = date.end === undefined ? undefined : parsePartialDate(date.end);
  if (isParseError(s) || (e && isParseError(e)))
    return [date.start, date.end].filter(Boolean).join(' – ');
  let text: string;
  if (!e) {
    text = formatOne(s, lang);
  } else if (s.precision === e.precision && s.precision !== 'time') {
    // Intl knows how to write a range compactly in each language ("4–10 January 2022").
    text = dateTimeFormat(lang, OPTIONS[s.precision]).formatRange(utcDate(s), utcDate(e));
  } else {
    text = `${formatOne(s, lang)} – ${formatOne(e, lang)}`;
  }
  return date.approximate && approximatePrefix ? `${approximatePrefix} ${text}` : text;
}
