/**
 * The importers on random and mutated input: they never throw, never fail internally, account
 * for every row (read = imported + rejected), and every event they return is valid against the
 * description they return.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDescription, validateFeature } from '../../model/validate';
import { toCSV } from '../export/csv';
import { toGeoJSON, toJSONText } from '../export/geojson';
import { eventsArb, testDescription } from '../../../../tests/support/arbitraries';
import { importBytes, importText, type ImportResult } from './importer';

function check(r: ImportResult): void {
  const { read, imported, rejected } = r.report;
  expect(read).toBe(imported + rejected);
  expect(r.dataset.events).toHaveLength(imported);
  expect(r.report.issues.map((i) => i.code)).not.toContain('internal-error');
  expect(validateDescription(r.dataset.description, 'x').issues).toEqual([]);
  r.dataset.events.forEach((e, i) => {
    const v = validateFeature(e, i, 'x', r.dataset.description);
    expect(v.issues.filter((x) => x.severity === 'error')).toEqual([]);
  });
}

const cell = fc.oneof(
  fc.constantFrom(
    '',
    '2022-01-05',
    '04.01.2022',
    '01/02/2022',
    '13/13/2022',
    '2022-02-30',
    '43.25',
    '76,9',
    '120',
    '-200',
    'abc',
    '2; 16',
    'Art. 34',
    'javascript:alert(1)',
    'Src <https://example.org/x>',
    '"',
    '""',
    '=1+1',
    "'=x",
    '\uFEFF',
    'ü',
    'Ж',
    'KZ-1',
    'confirmed',
    'maybe',
    'city',
  ),
  fc.string({ maxLength: 8 }),
);
const headerName = fc.constantFrom(
  'id',
  'date',
  'Дата',
  'end date',
  'lat',
  'longitude',
  'Широта',
  'title',
  'description',
  'place',
  'category',
  'articles',
  'sources',
  'status',
  'precision',
  'country',
  'tags',
  'x',
  '',
  'title',
);
const separator = fc.constantFrom(',', ';', '\t');
const randomCsv = fc
  .tuple(
    separator,
    fc.array(headerName, { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([sep, header, rows, nl]) =>
    [header, ...rows]
      .map((r) =>
        r
          .map((c) =>
            /[",;\t\n\r]/.test(c) && Math.random() < 0.8 ? `"${c.replace(/"/g, '""')}"` : c,
          )
          .join(sep),
      )
      .join(nl),
  );

/** A mutation: delete, insert or replace a slice of the text. */
const mutate = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat(20), fc.string({ maxLength: 5 })), {
      minLength: 1,
      maxLength: 5,
    })
    .map((edits) =>
      edits.reduce((t, [at, len, ins]) => {
        const i = t.length ? at % t.length : 0;
        return t.slice(0, i) + ins + t.slice(i + len);
      }, text),
    );

describe('importer properties', () => {
  it('random CSV: never throws, every row accounted for', () => {
    fc.assert(
      fc.property(randomCsv, fc.constantFrom('f.csv', 'f.txt'), (text, name) => {
        check(importText(text, name));
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes: never throws', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('f.csv', 'f.geojson', 'f'),
        (bytes, name) => {
          check(importBytes(bytes, name));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mutated app CSV: never throws, every row accounted for', () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) => mutate(toCSV(events, testDescription))),
        (text) => check(importText(text, 'export.csv')),
      ),
      { numRuns: 150 },
    );
    // ~4 s alone; more beside the hostile 10 MB files on a loaded two-core machine.
  }, 20_000);

  it('mutated GeoJSON (app and plain): never throws, every feature accounted for', () => {
    const plain = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [76.9, 43.2] },
          properties: { date: '2022-01-05', title: 'A', articles: '2' },
        },
        { type: 'Feature', geometry: null, properties: { date: '2022', title: 'B' } },
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [76, 43],
                [77, 43],
                [77, 44],
                [76, 43],
              ],
            ],
          },
          properties: { date: '2022-01', title: 'C' },
        },
      ],
    });
    fc.assert(
      fc.property(
        fc.oneof(
          eventsArb.chain((events) => mutate(toJSONText(toGeoJSON(events, testDescription)))),
          mutate(plain),
        ),
        (text) => check(importText(text, 'f.geojson')),
      ),
      { numRuns: 200 },
    );
  });

  it('structurally random GeoJSON values: never throws', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 3 }),
    );
    const geometry = fc.oneof(
      fc.constant(null),
      fc.record({
        type: fc.constantFrom('Point', 'MultiPoint', 'LineString', 'Polygon', 'Nope'),
        coordinates: fc.anything({ maxDepth: 3 }),
      }),
      fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(fc.double(), fc.double()) }),
    );
    const feature = fc.oneof(
      fc.record({
        type: fc.constant('Feature'),
        id: fc.option(fc.oneof(fc.string(), fc.integer())),
        geometry,
        properties: fc.option(
          fc.dictionary(
            fc.constantFrom(
              'date',
              'title',
              'lat',
              'lon',
              'articles',
              'sources',
              'category',
              'id',
              'x',
            ),
            value,
          ),
        ),
      }),
      fc.anything({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 6 }), (features) => {
        check(importText(JSON.stringify({ type: 'FeatureCollection', features }), 'f.geojson'));
      }),
      { numRuns: 300 },
    );
  });
});
