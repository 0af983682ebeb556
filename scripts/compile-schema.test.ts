import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVALID } from 'zod/mini';
import { synthEvents } from '../bench/generate';
import {
  EndpointSchema,
  EventFeatureSchema,
  PersonListSchema,
  ProvenanceListSchema,
  TextListSchema,
} from '../src/lib/model/schema';
import {
  parseEndpoint,
  parseEventFeature,
  parsePersonList,
  parseProvenanceList,
  parseTextList,
} from '../src/lib/model/schema-parsers';
import { compiledParsers, PARSERS_FILE } from './compile-schema';
import { ROOT } from './lib/read-dataset';

/** The compiled parser and zod's runtime parser give the same answer: the same output, or none. */
function agree(
  input: unknown,
  schema: { safeParse: (x: unknown) => { success: boolean; data?: unknown } } = EventFeatureSchema,
  parse: (x: unknown) => unknown = parseEventFeature,
) {
  const runtime = schema.safeParse(input);
  const compiled = parse(input);
  if (runtime.success) expect(compiled).toEqual(runtime.data);
  else expect(compiled).toBe(INVALID);
  return runtime.success;
}

describe('src/lib/model/schema-parsers.js', () => {
  it('is what zod compiles from the schema today (run npm run schema)', () => {
    expect(readFileSync(PARSERS_FILE, 'utf8')).toBe(compiledParsers());
  });

  it("agrees with zod's runtime on the bundled and the synthetic events", () => {
    const bundled = JSON.parse(
      readFileSync(join(ROOT, 'data', 'kz-cat-2022', 'events.geojson'), 'utf8'),
    ) as { features: unknown[] };
    for (const f of [...bundled.features, ...synthEvents(2000)]) expect(agree(f)).toBe(true);
  });

  it('rejects what the runtime rejects, and strips what it strips', () => {
    const base = synthEvents(50).find((e) => e.properties.figures === undefined)!;
    const withProps = (p: Record<string, unknown>) => ({
      ...base,
      properties: { ...base.properties, ...p },
    });
    const figure = { kind: 'killed', source: 's1' };
    const cases: [unknown, boolean][] = [
      [base, true],
      [{ ...base, extra: 1 }, true],
      [withProps({ extra: 'x' }), true],
      [{ ...base, id: '' }, false],
      [{ ...base, id: 3 }, false],
      [{ ...base, type: 'feature' }, false],
      [{ ...base, geometry: { type: 'Point', coordinates: [200, 0] } }, false],
      [{ ...base, geometry: { type: 'Point', coordinates: [10, 20, 30] } }, false],
      [{ ...base, geometry: null }, true],
      [withProps({ title: '' }), false],
      [withProps({ title: {} }), false],
      [withProps({ title: { en: 'T', ru: '' } }), false],
      [withProps({ title: { 'not a tag': 'T' } }), false],
      [withProps({ title: { en: 'T', kk: 'Т' } }), true],
      [withProps({ date: { start: '2022-13' } }), true],
      [withProps({ date: { start: '22-01' } }), false],
      [withProps({ articles: [1.5] }), false],
      [withProps({ articles: [34] }), false],
      [withProps({ status: 'rumoured' }), false],
      [withProps({ figures: [{ ...figure, value: 3 }] }), true],
      [withProps({ figures: [figure] }), false],
      [withProps({ figures: [{ ...figure, min: 5, max: 2 }] }), false],
      [withProps({ figures: [{ ...figure, min: 2, max: 5, qualifier: 'about' }] }), true],
      [withProps({ figures: [{ ...figure, value: -1 }] }), false],
      [withProps({ sources: ['s1', ''] }), false],
      [withProps({ place: { name: 'X', precision: 'street' } }), false],
      [withProps({ place: { name: 'X', precision: 'city', country: 'kz' } }), false],
      [null, false],
      ['Feature', false],
    ];
    for (const [input, valid] of cases) expect(agree(input)).toBe(valid);
  });

  it("agrees with zod's runtime on the CSV's JSON cells: a movement's ends, names, persons, provenance", () => {
    const end = { name: 'Almaty', country: 'KZ', precision: 'city', coordinates: [76.9, 43.2] };
    const endpoints: [unknown, boolean][] = [
      [end, true],
      [{ ...end, coordinates: undefined }, true],
      [{ ...end, extra: 1 }, true],
      [{ ...end, name: { ru: 'Алматы', kk: 'Алматы' } }, true],
      [{ ...end, country: 'Kazakhstan' }, false],
      [{ ...end, precision: 'street' }, false],
      [{ ...end, coordinates: [200, 0] }, false],
      [{ ...end, name: '' }, false],
      [[end], false],
      ['Almaty', false],
    ];
    for (const [input, valid] of endpoints)
      expect(agree(input, EndpointSchema, parseEndpoint)).toBe(valid);
    const texts: [unknown, boolean][] = [
      [['Police', { en: 'Army', ru: 'Армия' }], true],
      [[], true],
      [[''], false],
      [[3], false],
      ['Police', false],
    ];
    for (const [input, valid] of texts)
      expect(agree(input, TextListSchema, parseTextList)).toBe(valid);
    const person = { name: 'A. B.', role: 'victim', sensitive: true };
    const persons: [unknown, boolean][] = [
      [[person, { name: 'C', role: 'witness', description: { en: 'x' } }], true],
      [[{ ...person, role: 'bystander' }], false],
      [[{ ...person, name: '' }], false],
      [[{ ...person, sensitive: 'yes' }], false],
    ];
    for (const [input, valid] of persons)
      expect(agree(input, PersonListSchema, parsePersonList)).toBe(valid);
    const quote = { document: 'seed', section: 'Article 3', quote: 'verbatim' };
    const provenance: [unknown, boolean][] = [
      [[quote], true],
      [[{ ...quote, quote: '' }], false],
      [[{ document: 'seed' }], false],
      [{ ...quote }, false],
    ];
    for (const [input, valid] of provenance)
      expect(agree(input, ProvenanceListSchema, parseProvenanceList)).toBe(valid);
  });
});
