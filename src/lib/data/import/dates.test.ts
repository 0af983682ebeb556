import { describe, expect, it } from 'vitest';
import { addDays, parseCellDate, slashOrderHint } from './dates';

describe('parseCellDate', () => {
  it.each([
    ['2022', '2022'],
    ['2022-01', '2022-01'],
    ['2022-1-4', '2022-01-04'],
    ['2022-01-04', '2022-01-04'],
    ['2022/01/04', '2022-01-04'],
    ['04.01.2022', '2022-01-04'],
    ['4.1.2022', '2022-01-04'],
    ['04.01.2022 г.', '2022-01-04'],
    ['01.2022', '2022-01'],
    ['4 January 2022', '2022-01-04'],
    ['04 January 2022', '2022-01-04'],
    ['January 4, 2022', '2022-01-04'],
    ['January 2022', '2022-01'],
    ['Jan. 2022', '2022-01'],
    ['4 января 2022 г.', '2022-01-04'],
    ['январь 2022', '2022-01'],
    ['2022-01-04T14:30+06:00', '2022-01-04T14:30+06:00'],
    ['2022-01-04T14:30:00Z', '2022-01-04T14:30:00Z'],
    ['44565', '2022-01-04'],
  ])('%s -> %s', (text, iso) => {
    expect(parseCellDate(text)).toMatchObject({ iso });
  });

  it('reads slashed dates in the stated order and says when they were ambiguous', () => {
    expect(parseCellDate('01/02/2022', 'dmy')).toEqual({
      iso: '2022-02-01',
      note: 'ambiguous-order',
    });
    expect(parseCellDate('01/02/2022', 'mdy')).toEqual({
      iso: '2022-01-02',
      note: 'ambiguous-order',
    });
    expect(parseCellDate('13/02/2022', 'dmy')).toEqual({ iso: '2022-02-13' });
    expect(parseCellDate('13/02/2022', 'mdy')).toMatchObject({
      error: expect.stringContaining('month/day/year'),
    });
    expect(slashOrderHint('13/02/2022')).toBe('dmy');
    expect(slashOrderHint('02/13/2022')).toBe('mdy');
    expect(slashOrderHint('01/02/2022')).toBe('both');
  });

  it('keeps a time only with an offset', () => {
    expect(parseCellDate('2022-01-04 14:30')).toEqual({ iso: '2022-01-04', droppedTime: '14:30' });
    expect(parseCellDate('2022-01-04 14:30', 'dmy', '+06:00')).toEqual({
      iso: '2022-01-04T14:30+06:00',
    });
  });

  it.each([
    '2022-02-30',
    '30.02.2022',
    '2022-13',
    '31 April 2022',
    'yesterday',
    '',
    '2022-01-04T25:00Z',
  ])('rejects %s', (text) => {
    expect(parseCellDate(text)).toHaveProperty('error');
  });

  it('adds days across months', () => {
    expect(addDays('2022-01-30', 3)).toBe('2022-02-02');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });
});
