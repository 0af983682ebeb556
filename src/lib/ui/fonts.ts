/**
 * The interface font: the same local Noto Sans files the basemap draws its labels with (see
 * map/fonts.ts), registered with the FontFace API with their unicode ranges, so that a reader
 * downloads only the subsets the page uses and the offline copy carries each file once.
 */
import { RANGES, REGULAR, SEMIBOLD, type Subsets } from '../map/fonts';

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
