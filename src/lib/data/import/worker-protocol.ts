/** Messages between import-client.ts and worker.ts. */
import type { ImportMapping } from './detect';
import type { Encoding } from './encodings';
import type { ImportProgress, ImportResult } from './importer';

export interface WorkerImportRequest {
  type: 'import';
  file: Blob;
  name: string;
  options: { mapping?: ImportMapping; language?: string; encoding?: Encoding };
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** A part of the dataset's events, as JSON text, in order (handback.ts says why). */
  | { type: 'events'; json: string }
  /** The end: the result but its dataset, and the dataset but its events as JSON text. */
  | { type: 'result'; result: Omit<ImportResult, 'dataset' | 'rows'>; dataset: string }
  | { type: 'failed'; message: string };
