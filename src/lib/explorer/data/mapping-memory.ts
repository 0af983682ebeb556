/**
 * The column mappings a reader chose, remembered in this browser (localStorage) by the
 * fingerprint of a file's header, so the next file with the same columns needs no question.
 */
import type { ImportMapping } from '../../data/import/detect';

const KEY = 'casemap.mappings';

function all(storage: Storage): Record<string, ImportMapping> {
  try {
    return JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, ImportMapping>;
  } catch {
    return {};
  }
}

export function recallMapping(
  fingerprint: string,
  storage: Storage = localStorage,
): ImportMapping | undefined {
  return all(storage)[fingerprint];
}

export function rememberMapping(
  fingerprint: string,
  mapping: ImportMapping,
  storage: Storage = localStorage,
): void {
  storage.setItem(KEY, JSON.stringify({ ...all(storage), [fingerprint]: mapping }));
}
