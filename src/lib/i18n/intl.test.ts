import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRules } from './intl';

describe('cached Intl formatters', () => {
  it('gives the same formatter for the same language and options', () => {
    expect(numberFormat('ru')).toBe(numberFormat('ru'));
    expect(dateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' })).toBe(
      dateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
    );
  });

  it('keeps languages and options apart', () => {
    expect(numberFormat('ru').format(12345)).toBe(new Intl.NumberFormat('ru').format(12345));
    expect(numberFormat('en').format(12345)).toBe('12,345');
    expect(numberFormat('en', { notation: 'compact' }).format(12345)).toBe('12K');
    expect(pluralRules('ru').select(3)).toBe('few');
    expect(pluralRules('en').select(3)).toBe('other');
  });
});
