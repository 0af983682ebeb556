/**
 * The basemap's fonts, served by the app itself: maplibre's `font-faces` draws labels from the
 * interface's own woff2 files (ui/fonts.ts: Noto Sans, and Noto Sans Arabic for the Arabic
 * letters and the presentation forms maplibre shapes them into; it shapes and orders
 * right-to-left text itself, so no RTL plugin is loaded), so no glyph server is ever asked (a
 * style without `glyphs` never requests PBFs); maplibre downloads a file only when a label needs
 * a character it covers.
 */
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import { absoluteUrl } from './asset-url';
import { RANGES, REGULAR, SEMIBOLD, type Subsets } from '../ui/fonts';

/** The `text-font` names the basemap's layers use. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

function faces(files: Subsets): MLFontFace[] {
  return (Object.keys(RANGES) as (keyof typeof RANGES)[]).map((subset) => ({
    url: absoluteUrl(files[subset]),
    'unicode-range': RANGES[subset].split(','),
  }));
}

/** The style's `font-faces`: every `text-font` name the basemap uses, mapped to local files. */
export function basemapFontFaces(): FontFacesSpecification {
  return { [FONT_REGULAR]: faces(REGULAR), [FONT_SEMIBOLD]: faces(SEMIBOLD) };
}
