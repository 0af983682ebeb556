import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatWindow, statedDate, textIn, tickFormatter } from './format';

describe('tickFormatter', () => {
  it('labels only what changes at a tick, in UTC', () => {
    const en = tickFormatter('en');
    expect(en(new Date(Date.UTC(2022, 0, 1)))).toBe('2022');
    expect(en(new Date(Date.UTC(2022, 1, 1)))).toBe('Feb');
    expect(en(new Date(Date.UTC(2022, 0, 4)))).toBe('4 Jan');
    expect(en(new Date(Date.UTC(2022, 0, 4, 14)))).toBe('14:00');
  });
  it('speaks Russian', () => {
    const ru = tickFormatter('ru');
    expect(ru(new Date(Date.UTC(2022, 0, 4)))).toBe('4 янв');
    expect(ru(new Date(Date.UTC(2022, 4, 1)))).toBe('май');
  });
});

describe('statedDate', () => {
  it('keeps the precision of the data', () => {
    expect(statedDate({ start: '2014' }, 'en')).toBe('2014');
    expect(statedDate({ start: '2022-01' }, 'en')).toBe('January 2022');
    expect(statedDate({ start: '2022-01-04', end: '2022-01-10' }, 'en')).toBe(
      'January 4, 2022 – January 10, 2022',
    );
  });
  it('shows a time of day as the source gave it, with its offset', () => {
    expect(formatPartialDate('2022-01-05T14:30+06:00', 'en')).toBe(
      'January 5, 2022, 14:30 (UTC+06:00)',
    );
  });
  it('marks approximate dates and prefers the source wording', () => {
    expect(statedDate({ start: '2022-01', approximate: true }, 'ru')).toBe('≈ январь 2022 г.');
    expect(statedDate({ start: '2022-01-05', display: { en: 'early January 2022' } }, 'ru')).toBe(
      'early January 2022',
    );
  });
});

describe('formatWindow and textIn', () => {
  it('shows the last included day of a half-open window', () => {
    expect(formatWindow([Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 11)], 'ru')).toBe(
      '4 января 2022 г. – 10 января 2022 г.',
    );
  });
  it('picks the language and falls back to the first', () => {
    expect(textIn({ ru: 'Алматы', en: 'Almaty' }, 'en')).toBe('Almaty');
    expect(textIn({ kk: 'Алматы' }, 'en')).toBe('Алматы');
  });
});
