/**
 * The offline copy that carries the reader's own work: the single-file app with the dataset on
 * screen (an imported one too), its narratives and the view embedded as a JSON data block (not a
 * script: the copy's Content Security Policy, which allows its one script by hash, is unchanged).
 * Opened, the copy shows that dataset on that view (state/open.ts), and a copy made from a copy
 * replaces the block it carries.
 */
import { loadDataset, type LoadResult } from '../load';
import type { LoadedDataset } from '../types';

const BLOCK_ID = 'casemap-embedded';
const BLOCK = new RegExp(
  `<script type="application/json" id="${BLOCK_ID}">[\\s\\S]*?</script>\\s*`,
  'g',
);

/** What a copy carries: the dataset's files by path, and the view as a link's fragment. */
export interface Embedded {
  files: Record<string, string>;
  fragment: string;
}

/**
 * The single-file app as it was served, before the app drew anything into it: read when this
 * module is first evaluated, which is before the app mounts. Null outside the single-file build.
 */
export const pristineHtml: string | null =
  import.meta.env.MODE === 'single' && typeof document !== 'undefined'
    ? `<!doctype html>\n${document.documentElement.outerHTML}`
    : null;

/** The dataset as the files loadDataset reads: description, events and each narrative. */
function datasetFiles(d: LoadedDataset): Record<string, string> {
  const narratives = d.narratives.map((n, k) => [`narratives/${k + 1}.json`, n] as const);
  return {
    'dataset.json': JSON.stringify({
      ...d.description,
      events: 'events.geojson',
      narratives: narratives.map(([path]) => path),
    }),
    'events.geojson': JSON.stringify({ type: 'FeatureCollection', features: d.events }),
    ...Object.fromEntries(narratives.map(([path, n]) => [path, JSON.stringify(n)])),
  };
}

/** `base` (the single-file app) carrying `dataset` and the view `fragment` ("#…"). */
export function offlineHtml(base: string, dataset: LoadedDataset, fragment: string): string {
  const payload: Embedded = { files: datasetFiles(dataset), fragment };
  // "<" escaped, so that no text in the data can close the block or open a tag.
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${BLOCK_ID}">${json}</script>\n`;
  const html = base.replace(BLOCK, '');
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + block : html.slice(0, at) + block + html.slice(at);
}

/** What this page carries, or null when it is not a copy that carries anything. */
export function readEmbedded(doc: Document): Embedded | null {
  const text = doc.getElementById(BLOCK_ID)?.textContent;
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Embedded>;
    if (!value.files || typeof value.files !== 'object') return null;
    return {
      files: value.files,
      fragment: typeof value.fragment === 'string' ? value.fragment : '',
    };
  } catch {
    return null;
  }
}

/** The embedded dataset, validated as any dataset is. */
export function loadEmbedded(e: Embedded): Promise<LoadResult> {
  return loadDataset(
    'dataset.json',
    async (path) => {
      const text = e.files[path];
      if (text === undefined) throw new Error('not in this copy');
      return text;
    },
    'import',
  );
}
