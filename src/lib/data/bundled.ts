/**
 * The datasets shipped with the app, under data/<id>/. They are bundled (not fetched) so that the
 * app, and the single-file offline copy, work with no network at all.
 */
import { loadDataset, type LoadResult } from './load';

const files = import.meta.glob<string>(
  ['/data/*/dataset.json', '/data/*/events.geojson', '/data/*/narratives/*.json'],
  {
    query: '?raw',
    import: 'default',
  },
);

/** Ids of the bundled datasets (folder names), the first being the default. */
export const BUNDLED_IDS: readonly string[] = Object.keys(files)
  .map((p) => /^\/data\/([^/]+)\/dataset\.json$/.exec(p)?.[1])
  .filter((id): id is string => Boolean(id) && id !== 'basemap' && id !== 'schema')
  .sort((a, b) => (a === DEFAULT_ID ? -1 : b === DEFAULT_ID ? 1 : a.localeCompare(b)));

export const DEFAULT_ID = 'kz-cat-2022';

export function loadBundled(id: string): Promise<LoadResult> {
  return loadDataset(
    'dataset.json',
    async (path) => {
      const load = files[`/data/${id}/${path}`];
      if (!load) throw new Error(`no such file in the bundled dataset ${id}`);
      return load();
    },
    'bundled',
  );
}
