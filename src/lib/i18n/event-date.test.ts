import { describe, expect, it } from 'vitest';
import { formatEventDate } from './event-date';

describe('formatEventDate', () => {
  it('writes each precision as such', () => {
    expect(formatEventDate({ start: '2014' }, 'en')).toBe('2014');
    expect(formatEventDate({ start: '2022-01' }, 'en')).toBe('January 2022');
    expect(formatEventDate({ start: '2022-01-06' }, 'en')).toBe('6 January 2022');
    expect(formatEventDate({ start: '2022-01-06' }, 'en-GB')).toBe('6 January 2022');
  });

  it('writes ranges compactly, across months and years too', () => {
    expect(formatEventDate({ start: '2022-01-04', end: '2022-01-10' }, 'en-GB')).toBe(
      '4\u2009–\u200910 January 2022',
    );
    expect(formatEventDate({ start: '2021-12-30', end: '2022-01-02' }, 'en-GB')).toBe(
      '30 December 2021\u2009–\u20092 January 2022',
    );
    expect(formatEventDate({ start: '2013', end: '2021-08-17' }, 'en-GB')).toBe(
      '2013 – 17 August 2021',
    );
  });

  it('keeps a time of day in the event’s own time zone', () => {
    expect(formatEventDate({ start: '2022-01-05T14:30+06:00' }, 'en-GB')).toBe(
      '5 January 2022, 14:30 (UTC+06:00)',
    );
  });

  it('marks approximate dates', () => {
    expect(formatEventDate({ start: '2022-01', approximate: true }, 'en', 'about')).toBe(
      'about January 2022',
    );
  });

  it('takes a sign as the marker, for tight places such as the timeline tooltip', () => {
    expect(formatEventDate({ start: '2022-01-06', approximate: true }, 'ru', '≈')).toBe(
      '≈ 6 января 2022 г.',
    );
    expect(formatEventDate({ start: '2022-01-06' }, 'en', '≈')).toBe('6 January 2022');
  });

  it('formats in Russian', () => {
    expect(formatEventDate({ start: '2022-01-06' }, 'ru')).toBe('6 января 2022 г.');
    expect(formatEventDate({ start: '2022-01' }, 'ru')).toBe('январь 2022 г.');
  });

  it('falls back to the raw text for a date it cannot read', () => {
    expect(formatEventDate({ start: '2022-13' }, 'en')).toBe('2022-13');
  });
});
