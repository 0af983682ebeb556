/**
 * `?data=URL`: a file served by the same site, either a dataset description (whose events and
 * narratives are read beside it) or any file the importer reads (CSV, ACLED, TimelineJS,
 * GeoJSON, a Casemap bundle), checked row by row like a dropped file.
 */
import { importFile } from './import/import-client';
import { fetchSameOrigin, httpReader, loadDataset, parseJson, type LoadResult } from './load';

/** A dataset description names its events file; nothing else the importer reads does. */
function isDescription(bytes: Uint8Array): boolean {
  if (bytes.length > 5_000_000) return false;
  const { value } = parseJson(new TextDecoder().decode(bytes), '');
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { events?: unknown }).events === 'string'
  );
}

export async function loadUrl(href: string): Promise<LoadResult> {
  const name = decodeURIComponent(
    new URL(href, globalThis.location?.href).pathname.split('/').pop() || href,
  );
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await (await fetchSameOrigin(href, href)).arrayBuffer());
  } catch (e) {
    const message = `could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, issues: [{ severity: 'error', file: name, path: '(file)', message }] };
  }
  if (isDescription(bytes)) return loadDataset(name, httpReader(href), 'url');
  const { dataset } = await importFile(new File([bytes], name));
  // Rows the importer rejected are listed with the dataset's issues; a file with no valid row
  // at all is shown as an error page that names every problem.
  return dataset.events.length
    ? { ok: true, dataset: { ...dataset, origin: 'url' } }
    : { ok: false, issues: dataset.issues };
}
