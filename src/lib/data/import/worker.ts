/**
 * The import runs here, off the main thread: a 30 MB file takes seconds to parse and check, and
 * the page must stay responsive (and cancellable) meanwhile. One worker per import; the client
 * cancels by terminating it, which stops even a synchronous parse at once. The file's bytes are
 * read here (a CSV file a chunk at a time) and never leave the browser.
 */
/// <reference lib="webworker" />
import { eventSender } from './handback';
import { KEEP_FOR_SEARCH, resultMessage, searchMessages } from './handover';
import { importBlob } from './importer';
import { locateByName, needsPlaces } from './locate';
import type { WorkerImportRequest, WorkerMessage, WorkerSearchRequest } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);

async function runImport({ file, name, options }: WorkerImportRequest): Promise<void> {
  let last = 0;
  const result = await importBlob(file, name, {
    ...options,
    // The events of a CSV file are sent as they are made, when they are final.
    onevents: eventSender(post),
    onprogress: (progress) => {
      // At most ~20 messages a second: progress must not slow the import down.
      const now = Date.now();
      if (progress.phase === 'done' || now - last > 50) {
        last = now;
        post({ type: 'progress', progress });
      }
    },
  });
  // The gazetteer is loaded only when some event has a place name and no coordinates.
  // Events placed by name are no longer their rows: they are handed over as text.
  const located = needsPlaces(result)
    ? locateByName({ ...result, arrow: undefined }, (await import('../../geo/places')).matchPlace)
    : result;
  // The events not sent already, each as its JSON text, with their columns (handover.ts); the
  // texts for search follow, for those events only (the page folds the parts' own when asked).
  const { message, transfer } = resultMessage(located);
  scope.postMessage(message, transfer);
  await asked;
  // An Arrow file went to the page: the texts for search read it again, unless it is too large
  // to be held twice, in which case the page folds them when first asked.
  const again =
    located.arrow && file.size <= KEEP_FOR_SEARCH
      ? new Uint8Array(await file.arrayBuffer())
      : undefined;
  for (const m of searchMessages(located, again)) post(m);
}

/** The page's request for the texts for search (worker-protocol.ts), which comes after the result. */
let searchAsked = () => {};
const asked = new Promise<void>((resolve) => (searchAsked = resolve));

scope.onmessage = async (event: MessageEvent<WorkerImportRequest | WorkerSearchRequest>) => {
  if (event.data.type === 'search') {
    searchAsked();
    return;
  }
  try {
    await runImport(event.data);
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
