/**
 * The basemap's fonts, served by the app itself: maplibre's `font-faces` draws labels from these
 * woff2 files, so no glyph server is ever asked (a style without `glyphs` never requests PBFs).
 *
 * Noto Sans from `@fontsource/noto-sans` (OFL-1.1, licence in data/basemap/fonts-LICENSE-OFL.txt).
 * Kazakh needs both Cyrillic subsets: Ұ and І sit in `cyrillic`, Ә Қ Ң Ө Ү Һ in `cyrillic-ext`.
 * The `?url` imports make Vite emit each file as an asset (or inline it in a single-file build);
 * maplibre downloads a file only when a label needs a character it covers.
 */
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

/** The `text-font` names the basemap's layers use. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

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
} as const;

export type Subsets = Record<keyof typeof RANGES, string>;

export const REGULAR: Subsets = {
  latin: latin400,
  latinExt: latinExt400,
  cyrillic: cyrillic400,
  cyrillicExt: cyrillicExt400,
};
export const SEMIBOLD: Subsets = {
  latin: latin600,
  latinExt: latinExt600,
  cyrillic: cyrillic600,
  cyrillicExt: cyrillicExt600,
};

/**
 * Makes an asset URL absolute against the page. In a production build `?url` already gives an
 * absolute URL (or a data: URL when inlined); in dev it is root-relative, and resolving it here
 * keeps the request on the app's own origin whatever maplibre resolves it against.
 */
function absolute(url: string): string {
  if (typeof document === 'undefined') return url;
  return new URL(url, document.baseURI).href;
}

function faces(files: Subsets): MLFontFace[] {
  return (Object.keys(RANGES) as (keyof typeof RANGES)[]).map((subset) => ({
    url: absolute(files[subset]),
    'unicode-range': RANGES[subset].split(','),
  }));
}

/** The style's `font-faces`: every `text-font` name the basemap uses, mapped to local files. */
export function basemapFontFaces(): FontFacesSpecification {
  return { [FONT_REGULAR]: faces(REGULAR), [FONT_SEMIBOLD]: faces(SEMIBOLD) };
}
