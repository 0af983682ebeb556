/**
 * Typed days in the interface language's order, not the browser's: "04/01/2022" in French,
 * "04.01.2022" in Russian and Kazakh, "2022/01/04" in Chinese, "4/1/2022" read the same. The order
 * and the separator come from Intl.DateTimeFormat's formatToParts for the language; the value
 * kept in the state and the link stays an ISO 8601 day ("2022-01-04").
 */
import { dateTimeFormat } from './intl';

type Part = 'day' | 'month' | 'year';

export interface DayPattern {
  order: Part[];
  separator: string;
}

/** English days are written day first, as at the UN (see event-date.ts), not month first. */
function dateLocale(lang: string): string {
  return lang.startsWith('en') ? 'en-GB' : lang;
}

export function dayPattern(lang: string): DayPattern {
  const parts = dateTimeFormat(dateLocale(lang), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2001, 10, 22)));
  const order = parts
    .map((p) => p.type)
    .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
  // Direction marks (Arabic writes "‏/") and spaces are not typed; the separator is.
  const literal = parts.find((p) => p.type === 'literal')?.value.replace(/[\s\u200e\u200f]/g, '');
  return { order, separator: literal || '/' };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** An ISO day ("2022-01-04") written in the language's order; '' for no day. */
export function formatDay(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const { order, separator } = dayPattern(lang);
  const value: Record<Part, string> = { year: m[1]!, month: m[2]!, day: m[3]! };
  return order.map((p) => value[p]).join(separator);
}

/** Arabic-Indic and Persian digits read as the digits they are. */
function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) =>
    String((d.charCodeAt(0) - 0x0660) % 0x90),
  );
}

/**
 * A typed day as an ISO day, or null when it is not a whole, real calendar day. Any separator is
 * read; a four-digit first number is read year-month-day (ISO) in every language. A year must
 * have four digits, so that a year still being typed ("202") is not taken for the year 202.
 */
export function parseDay(text: string, lang: string): string | null {
  const groups = westernDigits(text).match(/\d+/g);
  if (!groups || groups.length !== 3) return null;
  const order: Part[] = groups[0]!.length === 4 ? ['year', 'month', 'day'] : dayPattern(lang).order;
  const v: Record<Part, string> = { year: '', month: '', day: '' };
  order.forEach((p, i) => (v[p] = groups[i]!));
  if (!/^[1-9]\d{3}$/.test(v.year) || v.month.length > 2 || v.day.length > 2) return null;
  const [y, mo, d] = [+v.year, +v.month, +v.day];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

/** The expected form in the language's letters ("jj/mm/aaaa"), from the catalogue's letters. */
export function dayPlaceholder(lang: string, letters: Record<Part, string>): string {
  const { order, separator } = dayPattern(lang);
  return order.map((p) => letters[p]).join(separator);
}
