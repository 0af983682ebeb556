/** The bundled seed dataset, read from disk, for specs to compare what is on screen against. */
import { readFileSync } from 'node:fs';
import type { DatasetDescription, EventFeature } from '../../src/lib/model/schema';

export const SEED_DIR = 'data/kz-cat-2022';

export function seed(): { description: DatasetDescription; events: EventFeature[] } {
  const description = JSON.parse(
    readFileSync(`${SEED_DIR}/dataset.json`, 'utf8'),
  ) as DatasetDescription;
  const events = (
    JSON.parse(readFileSync(`${SEED_DIR}/events.geojson`, 'utf8')) as { features: EventFeature[] }
  ).features;
  return { description, events };
}

export function title(e: EventFeature, lang = 'en'): string {
  const t = e.properties.title;
  return typeof t === 'string' ? t : (t[lang] ?? t.en ?? Object.values(t)[0]!);
}
