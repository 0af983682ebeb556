import { describe, expect, it } from 'vitest';
import { isTranslated, localText, textLang } from './text';

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

describe('textLang', () => {
  it('names the language of the wording shown', () => {
    expect(textLang({ en: 'Almaty', ru: 'Алматы' }, 'ru', 'en')).toBe('ru');
    expect(textLang({ en: 'Almaty' }, 'ru', 'en')).toBe('en');
    expect(textLang({ ar: 'القاهرة' }, 'ru', 'en')).toBe('ar');
    expect(textLang('Бишкек', 'en', 'ru')).toBe('ru');
    expect(textLang(undefined, 'en', 'kk')).toBe('kk');
  });
});
