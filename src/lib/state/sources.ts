/**
 * The real places a dataset comes from (see open.ts): bundled with the app by Vite, kept in this
 * browser's IndexedDB, or served by the same site; and the narratives written for it in this browser.
 */
import { BUNDLED_IDS, DEFAULT_ID, loadBundled } from '../data/bundled';
import { loadImported } from '../data/import/store';
import { loadUrl } from '../data/load-url';
import { loadNarratives } from '../data/narratives/store';
import { readEmbedded } from '../data/export/offline-copy';
import type { DatasetSources } from './open';

export const datasetSources: DatasetSources = {
  bundledIds: BUNDLED_IDS,
  defaultId: DEFAULT_ID,
  bundled: loadBundled,
  stored: async (id) => (await loadImported(id))?.dataset ?? null,
  url: loadUrl,
  narratives: loadNarratives,
  embedded: () => readEmbedded(document),
};
