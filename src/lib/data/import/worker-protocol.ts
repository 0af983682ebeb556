/** Messages between import-client.ts and worker.ts. */
import type { ImportMapping } from './detect';
import type { Encoding } from './encodings';
import type { ResultMessage, SearchMessage } from './handover';
import type { ImportProgress } from './importer';

export interface WorkerImportRequest {
  type: 'import';
  file: Blob;
  name: string;
  options: { mapping?: ImportMapping; language?: string; encoding?: Encoding };
}

/**
 * After the result, the page asks for the texts for search once it is quiet (ui/when-idle.ts):
 * folding a million events' texts took the worker's core for seconds while the page built its
 * first view.
 */
export interface WorkerSearchRequest {
  type: 'search';
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * The events come as one JSON text, each parsed on the page when first read, with their
   * columns (handover.ts), the rest of the result as is: structured-cloning 100,000 event objects
   * cost the page seconds of its main thread, and the page reads few of them whole.
   */
  | ResultMessage
  /** Asked for after the result: the events' texts for search, folded, in parts; after the last the worker has done. */
  | SearchMessage
  /** A part of the dataset's events, as JSON text, in order, before the result (handback.ts). */
  | { type: 'events'; json: string }
  | { type: 'failed'; message: string };
