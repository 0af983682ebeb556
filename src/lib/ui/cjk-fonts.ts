/**
 * Chinese glyphs, served by the app itself: Noto Sans SC from `@fontsource/noto-sans-sc` (OFL-1.1,
 * licence in data/basemap/fonts-cjk-LICENSE-OFL.txt), in the package's numbered subsets of a few
 * hundred characters each (about 40 kB a file), each with its `unicode-range`, so that a page
 * downloads only the slices holding the characters it shows. This module (the table of files and
 * ranges, about 77 kB before compression) is loaded only when a page needs Chinese (fonts.ts,
 * `loadCjkFonts`). The interface registers the files as the family `Noto Sans SC`, after Noto Sans
 * in the font list; the map lists them after Noto Sans's files in its `font-faces`.
 */
import unicode from '@fontsource/noto-sans-sc/unicode.json';

/** One file of Noto Sans SC: its URL and the code points it holds. */
export interface CjkFace {
  url: string;
  range: string;
}

const FILES = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff2',
  { eager: true, query: '?url', import: 'default', exhaustive: true },
);

/**
 * Every numbered subset, at the regular weight only: bold Chinese is the browser's (and the map's)
 * regular drawn heavier. The semibold files would double both the bytes on disk (3.7 MB more) and
 * a Chinese first view's (29 more files, 0.9 MB, measured at 1366x768). The package's `latin`,
 * `latin-ext`, `cyrillic` and `vietnamese` subsets are left out: Noto Sans has those letters.
 */
export const CJK_FACES: CjkFace[] = Object.entries(FILES).flatMap(([path, url]) => {
  const m = /noto-sans-sc-(\d+)-400-normal\.woff2$/.exec(path);
  const range = m && (unicode as Record<string, string>)[`[${m[1]}]`];
  return m && range ? [{ url, range }] : [];
});
