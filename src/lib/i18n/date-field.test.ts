import { describe, expect, it } from 'vitest';
import { dayPattern, dayPlaceholder, formatDay, parseDay } from './date-field';

describe('typed days in the interface language', () => {
  it('takes the order and separator from Intl for each language', () => {
    expect(dayPattern('en')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(dayPattern('ru')).toEqual({ order: ['day', 'month', 'year'], separator: '.' });
    expect(dayPattern('kk').order).toEqual(['day', 'month', 'year']);
    expect(dayPattern('zh')).toEqual({ order: ['year', 'month', 'day'], separator: '/' });
    expect(dayPattern('ar')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
  });

  it('writes an ISO day in that order, never month first for English', () => {
    expect(formatDay('2022-01-04', 'ru')).toBe('04.01.2022');
    expect(formatDay('2022-01-04', 'en')).toBe('04/01/2022');
    expect(formatDay('2022-01-04', 'zh')).toBe('2022/01/04');
    expect(formatDay('2022-01-04', 'fr')).toBe('04/01/2022');
    expect(formatDay('', 'fr')).toBe('');
  });

  it('reads what is typed in that order, with any separator and Arabic-Indic digits', () => {
    expect(parseDay('04.01.2022', 'ru')).toBe('2022-01-04');
    expect(parseDay('4/1/2022', 'es')).toBe('2022-01-04');
    expect(parseDay('4-1-2022', 'kk')).toBe('2022-01-04');
    expect(parseDay('2022/1/4', 'zh')).toBe('2022-01-04');
    expect(parseDay('٤/١/٢٠٢٢', 'ar')).toBe('2022-01-04');
    // ISO is read in every language.
    expect(parseDay('2022-01-04', 'fr')).toBe('2022-01-04');
  });

  it('refuses what is not a whole calendar day', () => {
    expect(parseDay('30/02/2022', 'fr')).toBeNull();
    expect(parseDay('04/13/2022', 'en')).toBeNull();
    expect(parseDay('04/01/202', 'en')).toBeNull();
    expect(parseDay('04/01', 'en')).toBeNull();
    expect(parseDay('', 'en')).toBeNull();
  });

  it('shows the expected form in the language’s own letters', () => {
    expect(dayPlaceholder('fr', { day: 'jj', month: 'mm', year: 'aaaa' })).toBe('jj/mm/aaaa');
    expect(dayPlaceholder('zh', { day: '日', month: '月', year: '年' })).toBe('年/月/日');
  });
});
