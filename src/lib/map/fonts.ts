/**
 * The basemap's fonts, served by the app itself: maplibre's `font-faces` draws labels from the
 * interface's own woff2 files (ui/fonts.ts: Noto Sans, and Noto Sans Arabic for the Arabic
 * letters and the presentation forms maplibre shapes them into; it shapes and orders
 * right-to-left text itself, so no RTL plugin is loaded), so no glyph server is ever asked (a
 * style without `glyphs` never requests PBFs); maplibre downloads a file only when a label needs
 * a character it covers. Chinese labels take Noto Sans SC's files (ui/cjk-fonts.ts) when the page
 * has loaded them: listed after Noto Sans's, they draw only what Noto Sans lacks. Without them
 * maplibre draws CJK with `localIdeographFontFamily`, the system's font (the offline single file).
 */
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import { absoluteUrl } from './asset-url';
import { RANGES, REGULAR, SEMIBOLD, type Subsets } from '../ui/fonts';
import type { CjkFace } from '../ui/cjk-fonts';

/** The `text-font` names the basemap's layers use. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

function faces(files: Subsets): MLFontFace[] {
  return (Object.keys(RANGES) as (keyof typeof RANGES)[]).map((subset) => ({
    url: absoluteUrl(files[subset]),
    'unicode-range': RANGES[subset].split(','),
  }));
}

function cjkFaces(cjk: readonly CjkFace[]): MLFontFace[] {
  return cjk.map((f) => ({ url: absoluteUrl(f.url), 'unicode-range': f.range.split(',') }));
}

/**
 * The style's `font-faces`: every `text-font` name the basemap uses, mapped to local files, with
 * Noto Sans SC's files (`cjk`) after Noto Sans's when the page has them.
 */
export function basemapFontFaces(cjk: readonly CjkFace[] = []): FontFacesSpecification {
  return {
    [FONT_REGULAR]: [...faces(REGULAR), ...cjkFaces(cjk)],
    // Noto Sans SC's regular files only (ui/cjk-fonts.ts): Chinese labels are not semibold.
    [FONT_SEMIBOLD]: [...faces(SEMIBOLD), ...cjkFaces(cjk)],
  };
}
