/**
 * The import as the UI calls it: `importFile(file, { mapping, signal, onprogress })`. Parsing
 * runs in a Web Worker; aborting the signal terminates it and rejects with an AbortError. A file
 * over its size limit (limits.ts) is refused with a report naming the limit before anything is
 * read.
 * Where Web Workers do not exist (Node tests), the same code runs inline.
 */
import type { Encoding } from './encodings';
import type { ImportMapping } from './detect';
import type { ImportProgress, ImportResult } from './importer';
import { sizeLimitIssue } from './limits';
import { describeImport, emptyCatalogue } from './describe';
import { DatasetParts } from './handback';
import { receiveResult, receiveSearch, SearchParts } from './handover';
import type { WorkerImportRequest, WorkerMessage, WorkerSearchRequest } from './worker-protocol';
import { whenQuiet } from '../../ui/when-idle';

export { MAX_IMPORT_BYTES, MAX_STREAMED_BYTES } from './limits';

export interface ImportFileOptions {
  mapping?: ImportMapping;
  language?: string;
  encoding?: Encoding;
  signal?: AbortSignal;
  onprogress?: (p: ImportProgress) => void;
  /** For tests: how to start the worker. */
  createWorker?: () => Worker;
}

function abortError(): DOMException {
  return new DOMException('The import was cancelled', 'AbortError');
}

async function defaultWorker(): Promise<Worker | undefined> {
  if (typeof Worker === 'undefined') return undefined;
  // A page opened from file:// may not start a worker from another file: the offline copy
  // carries the worker's code inside itself and starts it from a blob: URL. The normal build
  // leaves this branch out (the mode is a constant at build time).
  if (import.meta.env.MODE === 'single') {
    const { default: InlineWorker } = await import('./worker.ts?worker&inline');
    return new InlineWorker();
  }
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

export async function importFile(
  file: File,
  options: ImportFileOptions = {},
): Promise<ImportResult> {
  const { signal, onprogress, createWorker, ...rest } = options;
  if (signal?.aborted) throw abortError();
  const tooLarge = sizeLimitIssue(file.name, file.size);
  if (tooLarge) {
    const issues = [tooLarge];
    return {
      dataset: {
        description: describeImport(file.name, '', emptyCatalogue(), 'en'),
        events: [],
        narratives: [],
        issues,
        origin: 'import',
      },
      report: { file: file.name, format: 'unknown', read: 0, imported: 0, rejected: 0, issues },
      headers: [],
      mappingGuessed: false,
    };
  }
  const worker = createWorker ? createWorker() : await defaultWorker();
  if (!worker) {
    // Loaded only here (and in the worker): the importer carries the country table.
    const [{ importBlob }, { locateByName, needsPlaces }] = await Promise.all([
      import('./importer'),
      import('./locate'),
    ]);
    if (signal?.aborted) throw abortError();
    const result = await importBlob(file, file.name, {
      ...rest,
      onprogress,
      aborted: () => !!signal?.aborted,
    });
    if (!needsPlaces(result)) return result;
    const { matchPlace } = await import('../../geo/places');
    return locateByName(result, matchPlace);
  }
  const request: WorkerImportRequest = { type: 'import', file, name: file.name, options: rest };
  return inWorker(worker, request, signal, onprogress);
}

/**
 * Posts one request to the worker and settles with its answer; the worker ends after the folded
 * texts for search that follow it (handover.ts).
 */
function inWorker(
  worker: Worker,
  request: WorkerImportRequest,
  signal?: AbortSignal,
  onprogress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let result: ImportResult | undefined;
    // The events sent ahead of the result, as they were made (a CSV file's: handback.ts).
    const parts = new DatasetParts();
    // The folded texts for search, in parts after the result.
    const search = new SearchParts();
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onprogress?.(m.progress);
      else if (m.type === 'events') parts.add(m.json);
      else if (m.type === 'failed') {
        finish();
        reject(new Error(m.message));
      } else if (m.type === 'result') {
        // Settled: the worker folds the events' texts for search once the page is idle and the
        // person pauses (not beside the first view, nor beside a drag), and ends with them.
        signal?.removeEventListener('abort', onAbort);
        result = receiveResult(m);
        resolve(parts.empty ? result : parts.before(result));
        whenQuiet(() => worker.postMessage({ type: 'search' } satisfies WorkerSearchRequest));
      } else {
        const texts = search.add(m);
        if (texts === undefined) return;
        finish();
        // The folded texts are those of the result's own events (none came in parts).
        if (result && parts.empty && texts) receiveSearch(result, texts);
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'the import worker failed'));
    };
    worker.postMessage(request);
  });
}
