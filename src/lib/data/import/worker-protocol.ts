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
  /**
   * The dataset comes as its JSON text, the rest of the result as is: structured-cloning 100,000
   * events cost the page seconds of its main thread, and the page needs them only when the
   * dataset is opened. A string is copied whole in milliseconds; encoding it to bytes for a
   * transfer took Chromium 0.4-0.8 s for 45 MB.
   */
  | { type: 'result'; result: Omit<ImportResult, 'dataset' | 'rows'>; dataset: string }
  | { type: 'failed'; message: string };
