/**
 * The basemap's fonts, served by the app itself: maplibre's `font-faces` draws labels from the
 * interface's own woff2 files (ui/fonts.ts), so no glyph server is ever asked (a style without
 * `glyphs` never requests PBFs); maplibre downloads a file only when a label needs a character
 * it covers.
 */
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import { RANGES, REGULAR, SEMIBOLD, type Subsets } from '../ui/fonts';

/** The `text-font` names the basemap's layers use. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

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
