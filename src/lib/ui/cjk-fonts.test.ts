import { describe, expect, it } from 'vitest';
import { unicodeRanges } from '../../../tests/support/unicode-range';
import { zh } from '../i18n/messages.zh';
import { CJK_FACES } from './cjk-fonts';
import { loadCjkFonts, RANGES } from './fonts';

describe('Noto Sans SC', () => {
  it('has a file of the app’s own for every letter of the Chinese interface that Noto Sans lacks', () => {
    const notoSans = unicodeRanges(Object.values(RANGES).flatMap((r) => r.split(',')));
    const sc = unicodeRanges(CJK_FACES.flatMap((f) => f.range.split(',')));
    const letters = new Set([...Object.values(zh).join('')]);
    const missing = [...letters].filter((ch) => {
      const cp = ch.codePointAt(0)!;
      return !notoSans(cp) && !sc(cp);
    });
    expect(missing).toEqual([]);
    // Not vacuous: the catalogue is Chinese.
    expect([...letters].filter((ch) => /\p{Script=Han}/u.test(ch)).length).toBeGreaterThan(300);
  });

  it('is the package’s numbered subsets at the regular and semibold weights, served by the app', () => {
    expect(CJK_FACES.length).toBeGreaterThan(90);
    for (const f of CJK_FACES) {
      expect(f.url).toMatch(/noto-sans-sc-\d+-400-normal\.woff2$/);
      expect(f.semibold).toMatch(/noto-sans-sc-\d+-600-normal\.woff2$/);
      expect(f.semibold.replace('-600-', '-400-')).toBe(f.url);
      expect(f.semibold).not.toMatch(/^(https?:)?\/\//);
      expect(f.url).not.toMatch(/^(https?:)?\/\//);
      expect(f.range).toMatch(/^U\+[0-9a-f]/i);
    }
  });

  it('is loaded once, on demand', async () => {
    const first = loadCjkFonts();
    expect(loadCjkFonts()).toBe(first);
    expect(await first).toBe(CJK_FACES);
  });
});
