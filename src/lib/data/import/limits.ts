/**
 * The size limits of an import, checked before anything is read. Apart from the importer so that
 * the UI can check and name them without loading the importer (and the country table it reads).
 */
import { issue, type ImportIssue } from './report';

/** A file read whole, as one text (JSON, GeoJSON), is refused above this size: 200 MiB. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * A CSV file is read as a stream, a chunk at a time, and an Apache Arrow file from its columns,
 * never as one text: up to 1 GiB (a million events of the benchmark's kind are about 300 MB of
 * CSV, 250 MB of Arrow).
 */
export const MAX_STREAMED_BYTES = 1024 * 1024 * 1024;
const WHOLE_NAME = /\.(geo)?json$/i;

/**
 * A clear refusal for a file over its size limit, before anything is read. The limit follows the
 * name (a .json or .geojson file is read whole); `whole`: the file turned out to be one read
 * whole (JSON under another name).
 */
export function sizeLimitIssue(
  file: string,
  size: number,
  read?: 'whole',
): ImportIssue | undefined {
  const limit = read === 'whole' || WHOLE_NAME.test(file) ? MAX_IMPORT_BYTES : MAX_STREAMED_BYTES;
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
