/**
 * npm run schema: writes the JSON Schema of the data model to data/schema/, so that people who
 * produce data for the app in other tools can validate it there. The zod schema
 * (src/lib/model/schema.ts) stays the single source of truth; scripts/export-schema.test.ts fails
 * when the committed files are out of date.
 *
 * The schemas describe the input (io: 'input'): what a file may contain. Checks that JSON Schema
 * cannot express (a real calendar day, unique ids, references to the dataset's catalogues, zod
 * refinements) are left to npm run validate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { DatasetSchema, EventFeatureSchema, NarrativeSchema } from '../src/lib/model/schema';
import { ROOT } from './lib/read-dataset';

export const SCHEMA_DIR = join(ROOT, 'data', 'schema');

/** The events file as published: a GeoJSON FeatureCollection of event features. */
const EventsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(EventFeatureSchema),
});

const SCHEMAS: Record<string, { schema: z.ZodMiniType; title: string; description: string }> = {
  'dataset.schema.json': {
    schema: DatasetSchema,
    title: 'Casemap dataset description',
    description:
      'The description of a dataset (dataset.json): its documents, sources, articles, categories, questions and provisions, and the paths of its events and narratives.',
  },
  'events.schema.json': {
    schema: EventsFileSchema,
    title: 'Casemap events',
    description:
      'The events of a dataset: a GeoJSON (RFC 7946) FeatureCollection whose features carry dates with their precision, places with their precision, Convention articles, figures and provenance.',
  },
  'narrative.schema.json': {
    schema: NarrativeSchema,
    title: 'Casemap narrative',
    description: 'A narrative: steps that each set the map view, the time window and the filters.',
  },
};

/** The file name and text of each schema, as committed. */
export function exportSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { schema, title, description }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    out[file] = `${JSON.stringify({ ...json, title, description }, null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(exportSchemas())) {
    writeFileSync(join(SCHEMA_DIR, file), text);
    console.log(`wrote data/schema/${file}`);
  }
}
