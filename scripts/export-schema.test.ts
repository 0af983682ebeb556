import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSchemas, SCHEMA_DIR } from './export-schema';

describe('data/schema', () => {
  const fresh = exportSchemas();

  it.each(Object.keys(fresh))('%s matches the zod schema (run npm run schema)', (file) => {
    expect(readFileSync(join(SCHEMA_DIR, file), 'utf8')).toBe(fresh[file]);
  });

  it('describes events as a FeatureCollection of event features', () => {
    const events = JSON.parse(fresh['events.schema.json']!);
    expect(events.properties.type.const).toBe('FeatureCollection');
    expect(events.properties.features.items.required).toEqual([
      'type',
      'id',
      'geometry',
      'properties',
    ]);
  });
});
