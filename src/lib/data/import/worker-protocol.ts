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
  | { type: 'result'; result: ImportResult }
  | { type: 'failed'; message: string };
