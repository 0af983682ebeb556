/**
 * Reading a dataset from disk, for the scripts (validate, bench) and the end-to-end tests: the same
 * loader and validator the app uses (src/lib/data/load.ts), with files read by Node and every
 * issue naming its file by its path, e.g. "data/kz-cat-2022/events.geojson".
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type LoadResult } from '../../src/lib/data/load';
import type { ValidationIssue } from '../../src/lib/model/validate';

/** The repository's root directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders under data/ that hold other things than datasets. */
const NOT_DATASETS = new Set(['basemap', 'schema']);

/** Paths (relative to `root`) of every data/<id>/dataset.json, sorted. */
export function findDatasets(root = ROOT): string[] {
  const data = join(root, 'data');
  if (!existsSync(data)) return [];
  return readdirSync(data, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_DATASETS.has(e.name))
    .map((e) => join('data', e.name, 'dataset.json'))
    .filter((p) => existsSync(join(root, p)))
    .sort();
}

export interface DatasetOnDisk {
  /** The description's path as given, e.g. "data/kz-cat-2022/dataset.json". */
  descriptionFile: string;
  /** The events file and the narratives, by the same kind of path. */
  eventsFile?: string;
  narrativeFiles: string[];
  result: LoadResult;
}

/**
 * Loads and validates a dataset. `descriptionFile` is resolved against `root` (the repository by
 * default); the events and narratives against the description's folder, as in the app.
 */
export async function readDataset(descriptionFile: string, root = ROOT): Promise<DatasetOnDisk> {
  const dir = dirname(descriptionFile);
  const display = (p: string) => (p === descriptionFile ? p : join(dir, p));
  const result = await loadDataset(
    descriptionFile,
    (p) => readFile(join(root, display(p)), 'utf8'),
    'bundled',
  );
  const named = (issues: ValidationIssue[]) => issues.map((i) => ({ ...i, file: display(i.file) }));
  if (!result.ok) {
    return {
      descriptionFile,
      narrativeFiles: [],
      result: { ok: false, issues: named(result.issues) },
    };
  }
  const d = result.dataset;
  d.issues = named(d.issues);
  return {
    descriptionFile,
    eventsFile: display(d.description.events),
    narrativeFiles: (d.description.narratives ?? []).map(display),
    result,
  };
}
