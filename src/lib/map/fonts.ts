/**
 * The basemap's fonts, served by the app itself: maplibre's `font-faces` draws labels from the
 * interface's own woff2 files (ui/fonts.ts), so no glyph server is ever asked (a style without
 * `glyphs` never requests PBFs); maplibre downloads a file only when a label needs a character
 * it covers.
 */
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import { absoluteUrl } from './asset-url';
import { RANGES, REGULAR, SEMIBOLD, type Subsets } from '../ui/fonts';

/** The `text-font` names the basemap's layers use. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/**
 * Arabic script, for names in Arabic (Noto Sans Arabic, its `arabic` subset): the letters and the
 * presentation forms maplibre shapes them into (it shapes and orders right-to-left text itself,
 * so no RTL plugin is loaded). Last, so that the Latin and Cyrillic files keep what they cover.
 */
const ARABIC_RANGE = ['U+0600-06FF', 'U+0750-077F', 'U+0870-08FF', 'U+FB50-FDFF', 'U+FE70-FEFF'];

function faces(files: Subsets, arabic: string): MLFontFace[] {
  return [
    ...(Object.keys(RANGES) as (keyof typeof RANGES)[]).map((subset) => ({
      url: absoluteUrl(files[subset]),
      'unicode-range': RANGES[subset].split(','),
    })),
    { url: absoluteUrl(arabic), 'unicode-range': ARABIC_RANGE },
  ];
}

/** The style's `font-faces`: every `text-font` name the basemap uses, mapped to local files. */
export function basemapFontFaces(): FontFacesSpecification {
  return {
    [FONT_REGULAR]: faces(REGULAR, arabic400),
    [FONT_SEMIBOLD]: faces(SEMIBOLD, arabic600),
  };
}
