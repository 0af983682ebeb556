/**
 * `?data=URL`: a file served by the same site, either a dataset description (whose events and
 * narratives are read beside it) or any file the importer reads (CSV, ACLED, TimelineJS,
 * GeoJSON, a Casemap bundle, an Arrow file), checked row by row like a dropped file.
 *
 * What the server sends must be data: an HTML page or a script is refused in words, by its
 * Content-Type and by its first bytes. A missing file is said to be missing, also when the
 * server answers it with its index.html (as `vite preview` and most single-page hosts do).
 */
import { translate } from '../i18n/translate';
import { issue, type ImportIssue } from './import/report';
import {
  fetchSameOrigin,
  HttpError,
  httpReader,
  loadDataset,
  parseJson,
  type LoadResult,
} from './load';

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

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const SCRIPT_TYPE = /^\s*(text|application)\/(x-)?(javascript|ecmascript)\b/i;
const HTML_START = /^\s*(<!doctype\s+html|<html|<head|<body|<script|<meta|<title|<!--)/i;
const SCRIPT_START =
  /^\s*("use strict"|'use strict'|import\s*[{*"']|import\s+[\w$]+\s+from\b|export\s+(default|const|function|\{)|\(\s*function\b|!function\b|(var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|\/\*)/;
/** Names that say the file is data (what the importer reads), not a page. */
const DATA_NAME = /\.(csv|tsv|txt|json|geojson|arrow|feather|arrows)$/i;

/** What the served file is, when it is not data; undefined when it may be data. */
export function servedKind(
  name: string,
  contentType: string | null,
  bytes: Uint8Array,
): 'fallback' | 'html' | 'script' | undefined {
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
  if (HTML_TYPE.test(contentType ?? '') || HTML_START.test(start))
    // A data file's name answered with a page: the host's fallback for a path it does not have.
    return DATA_NAME.test(name) ? 'fallback' : 'html';
  if (SCRIPT_TYPE.test(contentType ?? '') || /\.m?js$/i.test(name) || SCRIPT_START.test(start))
    return 'script';
  return undefined;
}

type Refusal = 'url-not-found' | 'url-html' | 'url-script' | 'url-file-page' | 'url-unreadable';

/** An issue that says in words why nothing was loaded; its message is the English catalogue's. */
function refusal(file: string, code: Refusal, params: Record<string, string | number> = {}) {
  const key = `importIssue.${code}${params.variant ? `.${params.variant}` : ''}`;
  const issues: ImportIssue[] = [
    issue('error', code, file, translate('en', key, params), {}, params),
  ];
  return { ok: false as const, issues };
}

/**
 * `ondata`: called once the served file is known to be data (a dataset description, before its
 * events are requested, or a file to import, before the import): the explorer then starts its
 * map while they load (a million events take the import worker seconds).
 */
export async function loadUrl(href: string, ondata?: () => void): Promise<LoadResult> {
  const name = decodeURIComponent(
    new URL(href, globalThis.location?.href).pathname.split('/').pop() || href,
  );
  // A file:// page has no site to fetch from, and the offline copy must reach nothing else.
  if (globalThis.location?.protocol === 'file:') return refusal(name, 'url-file-page');
  let response: Response;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    response = await fetchSameOrigin(href, href);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    if (e instanceof HttpError && (e.status === 404 || e.status === 410))
      return refusal(name, 'url-not-found', { status: e.status });
    const detail = e instanceof Error ? e.message : String(e);
    return refusal(name, 'url-unreadable', { detail });
  }
  const kind = servedKind(name, response.headers.get('content-type'), bytes);
  if (kind === 'fallback') return refusal(name, 'url-not-found', { variant: 'fallback' });
  if (kind === 'html') return refusal(name, 'url-html');
  if (kind === 'script') return refusal(name, 'url-script');
  ondata?.();
  if (isDescription(bytes)) {
    // The description is read once: the events and narratives beside it come over HTTP.
    const read = httpReader(href);
    return loadDataset(
      name,
      (path) => (path === name ? Promise.resolve(new TextDecoder().decode(bytes)) : read(path)),
      'url',
    );
  }
  // The import client (and its worker) is loaded only for a served file that is not a dataset
  // description: the bench's and most links' datasets are descriptions.
  const { importFile } = await import('./import/import-client');
  const { dataset } = await importFile(new File([bytes], name));
  // Rows the importer rejected are listed with the dataset's issues; a file with no valid row
  // at all is shown as an error page that names every problem.
  return dataset.events.length
    ? { ok: true, dataset: { ...dataset, origin: 'url' } }
    : { ok: false, issues: dataset.issues };
}
