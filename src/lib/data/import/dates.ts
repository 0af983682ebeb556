/**
 * Dates as people write them in spreadsheets, turned into the app's ISO partial dates:
 * ISO ("2022-01-04", "2022-01", "2022", with a time and offset), "4 January 2022",
 * "January 4, 2022", "January 2022", Russian "4 января 2022 г.", "январь 2022", dotted day-first
 * "04.01.2022" (the Russian and Kazakh form), slashed "01/02/2022" (ambiguous: read in the file's
 * date order), and Excel serial day numbers (1900 date system).
 */
import { daysInMonth } from '../../time/partial-date';

export type DateOrder = 'dmy' | 'mdy';

export interface ParsedCellDate {
  /** ISO partial date, checked against the calendar. */
  iso: string;
  /** A time of day that could not be kept because no UTC offset is known ("14:30"). */
  droppedTime?: string;
  /** How the value was understood, when that needed a guess worth a warning. */
  note?: 'excel-serial' | 'ambiguous-order';
}

/** Why a cell is not a date: the English reason, and the variant and values a translation needs. */
export interface CellDateError {
  error: string;
  params?: Record<string, string | number>;
}

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'январь', 'января', 'янв'],
  ['february', 'feb', 'февраль', 'февраля', 'фев'],
  ['march', 'mar', 'март', 'марта', 'мар'],
  ['april', 'apr', 'апрель', 'апреля', 'апр'],
  ['may', 'май', 'мая'],
  ['june', 'jun', 'июнь', 'июня', 'июн'],
  ['july', 'jul', 'июль', 'июля', 'июл'],
  ['august', 'aug', 'август', 'августа', 'авг'],
  ['september', 'sep', 'sept', 'сентябрь', 'сентября', 'сен', 'сент'],
  ['october', 'oct', 'октябрь', 'октября', 'окт'],
  ['november', 'nov', 'ноябрь', 'ноября', 'ноя', 'нояб'],
  ['december', 'dec', 'декабрь', 'декабря', 'дек'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function checkDay(y: number, m: number, d: number, text: string): string | CellDateError {
  if (m < 1 || m > 12) {
    return {
      error: `"${text}" has no month ${m}`,
      params: { variant: 'no-month', text, month: String(m) },
    };
  }
  if (d < 1 || d > daysInMonth(y, m)) {
    return {
      error: `"${text}" is not a day of the calendar (${y}-${pad(m)} has ${daysInMonth(y, m)} days)`,
      params: { variant: 'not-a-day', text, month: `${y}-${pad(m)}`, days: daysInMonth(y, m) },
    };
  }
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** A slashed date's reading if it is unambiguous: 'dmy' when day > 12, 'mdy' when month > 12. */
export function slashOrderHint(text: string): DateOrder | 'both' | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return a === b ? undefined : 'both';
}

/**
 * Parses one cell. `utcOffset` ("+06:00") lets a time of day be kept; without it the time is
 * reported back as `droppedTime`, because the schema requires every time to carry its offset.
 */
export function parseCellDate(
  raw: string,
  order: DateOrder = 'dmy',
  utcOffset?: string,
): ParsedCellDate | CellDateError {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { error: 'is empty', params: { variant: 'empty' } };
  let m: RegExpExecArray | null;

  // ISO: 2022, 2022-01, 2022-1-4, 2022-01-04T14:30(:00)(Z|+06:00)
  if ((m = /^(\d{4})$/.exec(text))) return { iso: text };
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(text))) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) {
      return {
        error: `"${text}" has no month ${m[2]}`,
        params: { variant: 'no-month', text, month: m[2]! },
      };
    }
    return { iso: `${m[1]}-${pad(mo)}` };
  }
  if (
    (m =
      /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
        text,
      ))
  ) {
    const day = checkDay(Number(m[1]), Number(m[2]), Number(m[3]), text);
    if (typeof day !== 'string') return day;
    if (m[4] === undefined) return { iso: day };
    return withTime(day, Number(m[4]), Number(m[5]), m[6], m[7], utcOffset, text);
  }
  // Dotted, always day first: 04.01.2022, 4.1.2022 (14:30)
  if (
    (m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: ?г\.?)?$/.exec(
      text,
    ))
  ) {
    const day = checkDay(Number(m[3]), Number(m[2]), Number(m[1]), text);
    if (typeof day !== 'string') return day;
    if (m[4] === undefined) return { iso: day };
    return withTime(day, Number(m[4]), Number(m[5]), m[6], undefined, utcOffset, text);
  }
  if ((m = /^(\d{1,2})\.(\d{4})$/.exec(text))) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) {
      return {
        error: `"${text}" has no month ${m[1]}`,
        params: { variant: 'no-month', text, month: m[1]! },
      };
    }
    return { iso: `${m[2]}-${pad(mo)}` };
  }
  // Slashed: 01/02/2022, read in the file's order.
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [d, mo] = order === 'dmy' ? [a, b] : [b, a];
    const day = checkDay(Number(m[3]), mo, d, text);
    if (typeof day !== 'string') {
      return {
        error: `${day.error}; the file's dates are read ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}`,
        params: { ...day.params, variant: `${day.params?.variant}-slashed`, order },
      };
    }
    return a <= 12 && b <= 12 && a !== b ? { iso: day, note: 'ambiguous-order' } : { iso: day };
  }
  // Words: "4 January 2022", "4 января 2022 г.", "January 4, 2022", "January 2022", "Jan. 2022"
  const words = text.replace(/,/g, '').replace(/\s?г(ода?)?\.?$/i, '');
  if ((m = /^(\d{1,2}) ([\p{L}.]+) (\d{4})$/u.exec(words))) {
    const mo = monthOf(m[2]!);
    if (mo) {
      const day = checkDay(Number(m[3]), mo, Number(m[1]), text);
      return typeof day === 'string' ? { iso: day } : day;
    }
  }
  if ((m = /^([\p{L}.]+) (\d{1,2}) (\d{4})$/u.exec(words))) {
    const mo = monthOf(m[1]!);
    if (mo) {
      const day = checkDay(Number(m[3]), mo, Number(m[2]), text);
      return typeof day === 'string' ? { iso: day } : day;
    }
  }
  if ((m = /^([\p{L}.]+) (\d{4})$/u.exec(words))) {
    const mo = monthOf(m[1]!);
    if (mo) return { iso: `${m[2]}-${pad(mo)}` };
  }
  // Excel serial day number (1900 system, as Excel counts, with its phantom 29 February 1900).
  if ((m = /^(\d{5})(\.\d+)?$/.exec(text))) {
    const serial = Number(m[1]);
    if (serial >= 20000 && serial <= 80000) {
      const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      return { iso: d.toISOString().slice(0, 10), note: 'excel-serial' };
    }
  }
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return {
    error: `"${shown}" is not a date this importer understands (e.g. 2022-01-04, 4 January 2022, 04.01.2022, 2022-01, 2022)`,
    params: { variant: 'not-understood', text: shown },
  };
}

function withTime(
  day: string,
  h: number,
  min: number,
  sec: string | undefined,
  zone: string | undefined,
  utcOffset: string | undefined,
  text: string,
): ParsedCellDate | CellDateError {
  if (h > 23 || min > 59 || (sec !== undefined && Number(sec) > 59)) {
    return {
      error: `"${text}" has an impossible time of day`,
      params: { variant: 'bad-time', text },
    };
  }
  const time = `${pad(h)}:${pad(min)}${sec !== undefined ? `:${sec}` : ''}`;
  const offset =
    zone === undefined ? utcOffset : zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  if (offset === undefined) return { iso: day, droppedTime: time };
  return { iso: `${day}T${time}${offset}` };
}

/** Adds days to an ISO day ("2022-01-04", 3 -> "2022-01-07"). */
export function addDays(isoDay: string, days: number): string {
  const t = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
