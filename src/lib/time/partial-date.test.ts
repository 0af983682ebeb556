import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isoDay,
  isParseError,
  parsePartialDate,
  periodEnd,
  periodStart,
  toInterval,
  type Interval,
  type ParsedDate,
} from './partial-date';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

function parsed(text: string): ParsedDate {
  const p = parsePartialDate(text);
  if (isParseError(p)) throw new Error(p.error);
  return p;
}
function interval(start: string, end?: string, zone?: number): Interval {
  const i = toInterval(start, end, zone);
  if (isParseError(i)) throw new Error(i.error);
  return i;
}

describe('parsePartialDate', () => {
  it('reads the precision from the form of the string', () => {
    expect(parsed('2014').precision).toBe('year');
    expect(parsed('2022-01').precision).toBe('month');
    expect(parsed('2022-01-04').precision).toBe('day');
    expect(parsed('2022-01-04T14:30+06:00')).toMatchObject({
      precision: 'time',
      hour: 14,
      minute: 30,
      offsetMinutes: 360,
    });
    expect(parsed('2022-01-04T14:30:15Z')).toMatchObject({ second: 15, offsetMinutes: 0 });
    expect(parsed('2022-01-04T14:30-03:30').offsetMinutes).toBe(-210);
  });

  it('rejects what is not ISO 8601, with a reason', () => {
    expect(parsePartialDate('4 January 2022')).toEqual({
      error:
        '"4 January 2022" is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm±hh:mm)',
    });
    // A time of day without its offset would be read in the reader's zone: not accepted.
    expect(isParseError(parsePartialDate('2022-01-04T14:30'))).toBe(true);
  });

  it('reads a year, a month or a day from its characters, and refuses look-alikes', () => {
    expect(parsed('0999-02-28')).toMatchObject({ year: 999, month: 2, day: 28, precision: 'day' });
    expect(parsed('2024-02-29').day).toBe(29);
    // Not digits and dashes where the forms have them: not a date, whatever its length.
    for (const text of ['2022/01/04', '2022-01-0x', '２０２２', '2022-1-01', '20220104', '+2022'])
      expect(isParseError(parsePartialDate(text)), text).toBe(true);
    expect(parsePartialDate('2023-02-29')).toEqual({
      error: '"2023-02-29" is not a day of the calendar (2023-02 has 28 days)',
    });
    expect(parsePartialDate('2022-13')).toEqual({ error: '"2022-13" has no month 13' });
  });

  it('rejects impossible months, days, times and offsets', () => {
    expect(parsePartialDate('2022-00')).toEqual({ error: '"2022-00" has no month 00' });
    expect(parsePartialDate('2022-04-31')).toEqual({
      error: '"2022-04-31" is not a day of the calendar (2022-04 has 30 days)',
    });
    expect(parsePartialDate('2022-01-00')).toEqual({
      error: '"2022-01-00" is not a day of the calendar (2022-01 has 31 days)',
    });
    expect(parsePartialDate('2022-01-04T24:00Z')).toEqual({
      error: '"2022-01-04T24:00Z" has an impossible time of day',
    });
    expect(parsePartialDate('2022-01-04T10:00+15:00')).toEqual({
      error: '"2022-01-04T10:00+15:00" has a UTC offset beyond ±14:00',
    });
  });

  it('knows leap years: every fourth, not centuries, but every fourth century', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2022, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    for (const year of [1600, 1899, 1900, 1996, 2000, 2021, 2022, 2023, 2024, 2100])
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month), `${year}-${month}`).toBe(
          new Date(Date.UTC(year, month, 0)).getUTCDate(),
        );
    expect(isParseError(parsePartialDate('2024-02-29'))).toBe(false);
    expect(parsePartialDate('1900-02-29')).toEqual({
      error: '"1900-02-29" is not a day of the calendar (1900-02 has 28 days)',
    });
  });
});

describe('toInterval', () => {
  it('a year covers the whole year', () => {
    expect(interval('2014')).toEqual({
      start: utc('2014-01-01T00:00Z'),
      end: utc('2015-01-01T00:00Z'),
      precision: 'year',
      isRange: false,
    });
  });

  it('a month covers the whole month, leap February included', () => {
    expect(interval('2022-01')).toMatchObject({
      start: utc('2022-01-01T00:00Z'),
      end: utc('2022-02-01T00:00Z'),
      precision: 'month',
    });
    const feb = interval('2024-02');
    expect(feb.end - feb.start).toBe(29 * 24 * HOUR);
    expect(interval('2022-12').end).toBe(utc('2023-01-01T00:00Z'));
  });

  it('a day covers the day; a time of day is an instant given one minute', () => {
    expect(interval('2022-01-04')).toMatchObject({
      start: utc('2022-01-04T00:00Z'),
      end: utc('2022-01-05T00:00Z'),
      precision: 'day',
    });
    const t = interval('2022-01-04T14:30Z');
    expect(t.end - t.start).toBe(60_000);
  });

  it('a range ends at the close of its last day, with the coarser precision', () => {
    expect(interval('2022-01-04', '2022-01-10')).toEqual({
      start: utc('2022-01-04T00:00Z'),
      end: utc('2022-01-11T00:00Z'),
      precision: 'day',
      isRange: true,
    });
    expect(interval('2022-01-04', '2022-02').precision).toBe('month');
  });

  it('a range across years', () => {
    const r = interval('2021-12-30', '2022-01-02');
    expect(r.start).toBe(utc('2021-12-30T00:00Z'));
    expect(r.end).toBe(utc('2022-01-03T00:00Z'));
    expect(interval('2013', '2021-08-17').end).toBe(utc('2021-08-18T00:00Z'));
  });

  it('a range over 29 February of a leap year', () => {
    const r = interval('2024-02-28', '2024-03-01');
    expect(r.end - r.start).toBe(3 * 24 * HOUR);
  });

  it('a time with +06:00 is six hours before the same time in UTC', () => {
    const almaty = interval('2022-01-05T10:00+06:00');
    const london = interval('2022-01-05T10:00Z');
    expect(london.start - almaty.start).toBe(6 * HOUR);
    expect(almaty.start).toBe(utc('2022-01-05T04:00Z'));
  });

  it('reads calendar days in the given zone, and a time in its own offset', () => {
    const zone = 6 * 60;
    expect(interval('2022-01-05', undefined, zone)).toMatchObject({
      start: utc('2022-01-04T18:00Z'),
      end: utc('2022-01-05T18:00Z'),
    });
    expect(interval('2022-01-05T10:00+06:00', undefined, 0).start).toBe(
      interval('2022-01-05T10:00+06:00', undefined, -300).start,
    );
    expect(periodStart(parsed('2022-01'), zone)).toBe(utc('2021-12-31T18:00Z'));
    expect(periodEnd(parsed('2022'), zone)).toBe(utc('2022-12-31T18:00Z'));
  });

  it('rejects an end before the start', () => {
    expect(toInterval('2022-01-10', '2022-01-04')).toEqual({
      error: 'the end date 2022-01-04 is before the start date 2022-01-10',
    });
    expect(toInterval('2022', '2021-12')).toEqual({
      error: 'the end date 2021-12 is before the start date 2022',
    });
    expect(toInterval('2022-01-05T12:00+06:00', '2022-01-05T05:00Z')).toEqual({
      error: 'the end date 2022-01-05T05:00Z is before the start date 2022-01-05T12:00+06:00',
    });
  });

  it('accepts an end whose period reaches past the start, though it begins before', () => {
    // From 14:30 on the 4th to the 4th: the same day.
    expect(interval('2022-01-04T14:30+06:00', '2022-01-04', 6 * 60).end).toBe(
      utc('2022-01-04T18:00Z'),
    );
    // From the 4th "to January": the end is the close of January.
    expect(interval('2022-01-04', '2022-01').end).toBe(utc('2022-02-01T00:00Z'));
    // A single day given as both ends.
    expect(interval('2022-01-06', '2022-01-06').isRange).toBe(true);
  });

  it('passes on the reason a date is malformed', () => {
    expect(toInterval('2022-02-30')).toEqual({
      error: '"2022-02-30" is not a day of the calendar (2022-02 has 28 days)',
    });
    expect(toInterval('2022-01-04', 'soon')).toMatchObject({
      error: expect.stringContaining('"soon"'),
    });
  });
});

describe('isoDay', () => {
  it('formats an instant as its UTC day', () => {
    expect(isoDay(utc('2022-01-04T23:59Z'))).toBe('2022-01-04');
  });
});
