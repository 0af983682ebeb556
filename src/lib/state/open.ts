/**
 * Opening a dataset: which one a link names and where it comes from (a file served by the same
 * site with `?data=`, one kept in this browser by its id, or one bundled with the app), with the
 * notices a reader should see on the way. The sources are passed in, so every path is tested
 * without a network, IndexedDB or Vite's bundling (open.test.ts); `datasetSources` in
 * sources.ts gives the real ones.
 */
import type { LoadResult } from '../data/load';
import { loadEmbedded, type Embedded } from '../data/export/offline-copy';
import type { LoadedDataset } from '../data/types';
import type { Narrative } from '../model/schema';
import type { ValidationIssue } from '../model/validate';
import type { AppState, Notice } from './app-state.svelte';
import { decodeUrl, ignoredParams, isAnchor } from './url';

export interface DatasetSources {
  /** Ids of the datasets bundled with the app. */
  readonly bundledIds: readonly string[];
  /** The one opened when a link names none (or one this copy does not have). */
  readonly defaultId: string;
  bundled(id: string): Promise<LoadResult>;
  /** A dataset imported earlier and kept in this browser; null when it is not there. */
  stored(id: string): Promise<LoadedDataset | null>;
  /** A file served by the same site. */
  url(href: string): Promise<LoadResult>;
  /** The narratives written in this browser for a dataset (by its id). */
  narratives(dataset: string): Promise<Narrative[]>;
  /** The dataset and view an offline copy carries (data/export/offline-copy.ts); null if none. */
  embedded?(): Embedded | null;
}

/** What the reader chose in the Data dialog. */
export type DatasetChoice = { bundled: string } | { imported: string } | { dataset: LoadedDataset };

/** A stored dataset, or null when it is gone or storage cannot be read (private mode, say). */
async function stored(sources: DatasetSources, id: string): Promise<LoadedDataset | null> {
  try {
    return await sources.stored(id);
  } catch {
    return null;
  }
}

/**
 * Opens the dataset the address `href` names, with the view the address describes. Returns the
 * issues that kept any dataset from opening (for the error page), or null once one is shown.
 */
export async function openFromLink(
  app: AppState,
  href: string,
  sources: DatasetSources,
): Promise<ValidationIssue[] | null> {
  // An offline copy opens on the view it was made with, until the reader moves (the address then
  // holds the view).
  const embedded = sources.embedded?.() ?? null;
  const hash = new URL(href).hash;
  const viewless = hash.length <= 1 || isAnchor(hash);
  const link = decodeUrl(embedded && viewless ? `${href.split('#')[0]}${embedded.fragment}` : href);
  // Before loading, so that an error page already speaks the link's language (its catalogue
  // loaded; when it cannot be, the page stays in its language).
  if (link.lang) await app.locale.set(link.lang).catch(() => undefined);
  const notices: Notice[] = [];
  const ignored = ignoredParams(href);
  if (ignored.length)
    notices.push({ key: 'notice.ignoredParams', params: { list: ignored.join(', ') } });
  let result: LoadResult | null = null;
  if (embedded) {
    const carried = await loadEmbedded(embedded);
    if (!carried.ok) return carried.issues;
    if (!link.dataset || link.dataset === carried.dataset.description.id) {
      result = carried;
      if (link.names) notices.push({ key: 'notice.namesShown' });
    }
  }
  if (result) {
    // The dataset the copy carries.
  } else if (link.data) {
    result = await sources.url(new URL(link.data, href).href);
  } else if (link.dataset && !sources.bundledIds.includes(link.dataset)) {
    const dataset = await stored(sources, link.dataset);
    if (dataset) result = { ok: true, dataset };
    else notices.push({ key: 'notice.dataset', params: { id: link.dataset } });
  }
  result ??= await sources.bundled(
    link.dataset && sources.bundledIds.includes(link.dataset) ? link.dataset : sources.defaultId,
  );
  if (!result.ok) return result.issues;
  const written = await sources.narratives(result.dataset.description.id);
  app.open(result.dataset, link, notices, written);
  return null;
}

/** Opens what the reader chose, with a fresh view; false when it could not be opened. */
export async function openChoice(
  app: AppState,
  choice: DatasetChoice,
  sources: DatasetSources,
): Promise<boolean> {
  let dataset: LoadedDataset | null;
  if ('dataset' in choice) dataset = choice.dataset;
  else if ('imported' in choice) dataset = await stored(sources, choice.imported);
  else {
    const r = await sources.bundled(choice.bundled);
    dataset = r.ok ? r.dataset : null;
  }
  if (!dataset) return false;
  app.open(dataset, null, [], await sources.narratives(dataset.description.id));
  return true;
}
