import { describe, expect, it } from 'vitest';
import { tickFormatter } from './format';

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
  it('speaks the other languages through Intl', () => {
    const day = new Date(Date.UTC(2022, 0, 4));
    expect(tickFormatter('zh')(day)).toBe('1月4日');
    expect(tickFormatter('fr')(day)).toBe('4 janv.');
    expect(tickFormatter('ar')(new Date(Date.UTC(2022, 0, 1)))).toBe('2022');
    expect(tickFormatter('kk')(new Date(Date.UTC(2022, 0, 4, 14)))).toBe('14:00');
  });
});
