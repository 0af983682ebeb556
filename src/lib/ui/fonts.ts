/**
 * The app's one font, served by the app itself: Noto Sans from `@fontsource/noto-sans` (OFL-1.1,
 * licence in data/basemap/fonts-LICENSE-OFL.txt). The interface registers these files with the
 * FontFace API and the basemap draws its labels from the same files (map/fonts.ts), so a reader
 * downloads only the subsets the page uses and the offline copy carries each file once.
 *
 * Kazakh needs both Cyrillic subsets: Ұ and І sit in `cyrillic`, Ә Қ Ң Ө Ү Һ in `cyrillic-ext`.
 * Arabic comes from Noto Sans Arabic (`@fontsource/noto-sans-arabic`, OFL-1.1; 49 and 53 kB),
 * registered under the same family name for the Arabic code points, so the interface and the
 * map's labels use it without a second family. Chinese comes from Noto Sans SC (cjk-fonts.ts),
 * loaded only when a page needs it (`loadCjkFonts`), and not in the offline single file, where it
 * would add 10 MB; that copy names the reader's system CJK fonts (app.css, docs/I18N.md).
 * The `?url` imports make Vite emit each file as an asset (or inline it in a single-file build).
 */
import type { CjkFace } from './cjk-fonts';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';

/**
 * Unicode ranges of each subset, copied from `@fontsource/noto-sans/unicode.json` (5.3.0), so
 * that each file is fetched only for the characters it actually holds.
 */
export const RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  cyrillicExt: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  // Noto Sans Arabic's `arabic` subset (`@fontsource/noto-sans-arabic/unicode.json`), its Arabic
  // blocks only: the punctuation it shares with `latin` (U+2000-206F) stays Noto Sans's.
  arabic: 'U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF',
} as const;

export type Subsets = Record<keyof typeof RANGES, string>;

export const REGULAR: Subsets = {
  latin: latin400,
  latinExt: latinExt400,
  cyrillic: cyrillic400,
  cyrillicExt: cyrillicExt400,
  arabic: arabic400,
};
export const SEMIBOLD: Subsets = {
  latin: latin600,
  latinExt: latinExt600,
  cyrillic: cyrillic600,
  cyrillicExt: cyrillicExt600,
  arabic: arabic600,
};

export function registerUiFonts(): void {
  if (typeof FontFace === 'undefined') return;
  const weights: [string, Subsets][] = [
    ['400', REGULAR],
    // Bold text in the interface uses the semibold face: one heavier weight is enough.
    ['600 700', SEMIBOLD],
  ];
  for (const [weight, files] of weights) {
    for (const subset of Object.keys(RANGES) as (keyof typeof RANGES)[]) {
      const face = new FontFace(
        'Noto Sans',
        `url(${JSON.stringify(files[subset])}) format('woff2')`,
        {
          weight,
          unicodeRange: RANGES[subset],
          display: 'swap',
        },
      );
      document.fonts.add(face);
    }
  }
}

let cjk: Promise<CjkFace[]> | undefined;

/**
 * Noto Sans SC's files and ranges, registered for the interface on the first call: the table is
 * its own chunk, fetched only by a page that shows Chinese, and the browser then downloads only
 * the files holding the characters on screen. The offline single file has none (an empty list).
 */
export function loadCjkFonts(): Promise<CjkFace[]> {
  if (import.meta.env.MODE === 'single') return Promise.resolve([]);
  cjk ??= import('./cjk-fonts').then(({ CJK_FACES }) => {
    if (typeof FontFace !== 'undefined')
      for (const f of CJK_FACES)
        for (const [weight, url] of [
          ['400', f.url],
          // Bold text uses the semibold face, as with Noto Sans (registerUiFonts).
          ['600 700', f.semibold],
        ] as const)
          document.fonts.add(
            new FontFace('Noto Sans SC', `url(${JSON.stringify(url)}) format('woff2')`, {
              weight,
              unicodeRange: f.range,
              display: 'swap',
            }),
          );
    return CJK_FACES;
  });
  return cjk;
}
