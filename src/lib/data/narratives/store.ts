/**
 * Narratives written in the app, kept in the browser (IndexedDB) with the id of their dataset,
 * bundled or imported, so that they survive a reload and open with their dataset (state/open.ts).
 * One record per dataset: its narratives in the order they were written.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Narrative } from '../../model/schema';

interface StoredNarratives {
  dataset: string;
  narratives: Narrative[];
}

interface Schema extends DBSchema {
  narratives: { key: string; value: StoredNarratives };
}

const DB_NAME = 'casemap-narratives';
const DB_VERSION = 1;

let db: Promise<IDBPDatabase<Schema>> | undefined;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore('narratives', { keyPath: 'dataset' });
    },
  });
  return db;
}

/** The narratives written for a dataset; none when there are none or storage is blocked. */
export async function loadNarratives(dataset: string): Promise<Narrative[]> {
  try {
    return (await (await open()).get('narratives', dataset))?.narratives ?? [];
  } catch {
    return [];
  }
}

/** Keeps a dataset's written narratives (all of them: the list replaces the one kept). */
export async function saveNarratives(dataset: string, narratives: Narrative[]): Promise<void> {
  const d = await open();
  // $state proxies and frozen values alike go in as plain data.
  const plain = JSON.parse(JSON.stringify(narratives)) as Narrative[];
  if (plain.length) await d.put('narratives', { dataset, narratives: plain });
  else await d.delete('narratives', dataset);
}
