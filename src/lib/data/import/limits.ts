/**
 * The size limit of an import, checked before anything is read. Apart from the importer so that
 * the UI can check and name it without loading the importer (and the country table it reads).
 */
import { issue, type ImportIssue } from './report';

/** Files above this size are refused before any reading: 200 MiB. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * An Apache Arrow file is read from its columns, never as one text: up to 1 GiB (a million
 * events of the benchmark's kind are about 250 MB).
 */
const MAX_ARROW_BYTES = 1024 * 1024 * 1024;
const ARROW_NAME = /\.(arrow|arrows|feather)$/i;

/** A clear refusal for a file over the size limit, before anything is read. */
export function sizeLimitIssue(file: string, size: number): ImportIssue | undefined {
  const limit = ARROW_NAME.test(file) ? MAX_ARROW_BYTES : MAX_IMPORT_BYTES;
  if (size <= limit) return undefined;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return issue(
    'error',
    'file-too-large',
    file,
    `is ${mb(size)}, more than the ${mb(limit)} this app can import in a browser; split it into smaller files`,
    {},
    {
      size,
      limit,
      sizeMB: Math.round(size / 1024 / 1024),
      limitMB: Math.round(limit / 1024 / 1024),
    },
  );
}
