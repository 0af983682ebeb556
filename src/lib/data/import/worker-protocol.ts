/** Messages between import-client.ts and worker.ts. */
import type { ImportMapping } from './detect';
import type { Encoding } from './encodings';
import type { ImportProgress, ImportResult } from './importer';
import type { LoadResult } from '../load';

export interface WorkerImportRequest {
  type: 'import';
  file: Blob;
  name: string;
  options: { mapping?: ImportMapping; language?: string; encoding?: Encoding };
}

/** A dataset description served by this site, read with its events and narratives. */
export interface WorkerLoadRequest {
  type: 'load';
  /** The description's absolute URL; the files it names are read relative to it. */
  href: string;
  name: string;
}

export type WorkerRequest = WorkerImportRequest | WorkerLoadRequest;

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportResult }
  | { type: 'loaded'; result: LoadResult }
  | { type: 'failed'; message: string };
