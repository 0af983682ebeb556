/**
 * Chinese glyphs, served by the app itself: Noto Sans SC from `@fontsource/noto-sans-sc` (OFL-1.1,
 * licence in data/basemap/fonts-cjk-LICENSE-OFL.txt), in the package's numbered subsets of a few
 * hundred characters each (about 40 kB a file), each with its `unicode-range`, so that a page
 * downloads only the slices holding the characters it shows. This module (the table of files and
 * ranges, about 120 kB before compression) is loaded only when a page needs Chinese (fonts.ts,
 * `loadCjkFonts`). The interface registers the files as the family `Noto Sans SC`, after Noto Sans
 * in the font list; the map lists them after Noto Sans's files in its `font-faces`.
 */
import unicode from '@fontsource/noto-sans-sc/unicode.json';

/** One slice of Noto Sans SC: its file at the regular and at the semibold weight, and the code points it holds. */
export interface CjkFace {
  url: string;
  semibold: string;
  range: string;
}

const REGULAR = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff2',
  { eager: true, query: '?url', import: 'default', exhaustive: true },
);
const SEMIBOLD = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-600-normal.woff2',
  { eager: true, query: '?url', import: 'default', exhaustive: true },
);

/**
 * Every numbered subset, at the regular weight and at the semibold that the interface's bold text
 * uses (as Noto Sans's, ui/fonts.ts), so that a Chinese heading is drawn bold rather than the
 * regular face thickened by the browser. The semibold files add 2.45 MB to the build, of which a
 * page fetches only the slices holding characters it shows in bold: 9 files, 0.26 MB, for the
 * Chinese first view at 1366x768 (docs/I18N.md). The map's labels use the regular files only. The
 * package's `latin`, `latin-ext`, `cyrillic` and `vietnamese` subsets are left out: Noto Sans has
 * those letters.
 */
export const CJK_FACES: CjkFace[] = Object.entries(REGULAR).flatMap(([path, url]) => {
  const m = /noto-sans-sc-(\d+)-400-normal\.woff2$/.exec(path);
  const range = m && (unicode as Record<string, string>)[`[${m[1]}]`];
  const semibold = m && SEMIBOLD[path.replace('-400-normal', '-600-normal')];
  return m && range && semibold ? [{ url, semibold, range }] : [];
});
