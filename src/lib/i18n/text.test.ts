import { describe, expect, it } from 'vitest';
import { isTranslated, localText } from './text';

describe('localText', () => {
  it('prefers the reader’s language, then the original, then any', () => {
    expect(localText({ en: 'Protest', ru: 'Протест' }, 'ru')).toBe('Протест');
    expect(localText({ en: 'Protest' }, 'ru')).toBe('Protest');
    expect(localText({ kk: 'Наразылық' }, 'ru', 'en')).toBe('Наразылық');
    expect(localText('Plain', 'ru')).toBe('Plain');
    expect(localText(undefined, 'en')).toBe('');
  });

  it('tells a translation from the original', () => {
    expect(isTranslated({ en: 'a', ru: 'б' }, 'ru')).toBe(true);
    expect(isTranslated({ en: 'a', ru: 'б' }, 'en')).toBe(false);
    expect(isTranslated('a', 'ru')).toBe(false);
  });
});
