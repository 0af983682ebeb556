/**
 * The app's CSV and bundle read back to the same events, field for field: a hand-written case
 * with every field, and a property over generated valid events.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../model/schema';
import { validateDescription, validateFeature } from '../../model/validate';
import { importText } from '../import/importer';
import { toBundle, toGeoJSON, toJSONText } from './geojson';
import { DatasetBundleSchema } from './bundle';
import { csvCell, guardCell, unguardCell } from './csv-cells';
import { formatFigure, joinList, parseFigure, splitList } from './csv-fields';
import { toCSV } from './csv';
import { eventsArb, testDescription } from '../../../../tests/support/arbitraries';
import { fullEvent as full } from '../../../../tests/support/full-event';

function roundTrip(events: EventFeature[]) {
  const csv = toCSV(events, testDescription);
  const r = importText(csv, 'export.csv');
  return { csv, r };
}

describe('cells', () => {
  it('guards formula starts that are not numbers, and unguards exactly', () => {
    expect(guardCell('=1+1')).toBe("'=1+1");
    expect(guardCell('@x')).toBe("'@x");
    expect(guardCell('-12.5')).toBe('-12.5');
    expect(guardCell('+7')).toBe('+7');
    expect(guardCell('-x')).toBe("'-x");
    expect(guardCell("'=x")).toBe("''=x");
    expect(guardCell("'plain")).toBe("'plain");
    fc.assert(fc.property(fc.string(), (s) => unguardCell(guardCell(s)) === s));
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it('splits what it joins', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
    expect(joinList(['[a]', 'b'])).toBe('\\[a]; b');
  });

  it('reads back the figures it writes', () => {
    for (const f of full.properties.figures!) expect(parseFigure(formatFigure(f))).toEqual(f);
    expect(parseFigure('killed=230..241 (s1)')).toEqual({
      kind: 'killed',
      min: 230,
      max: 241,
      source: 's1',
    });
    expect(parseFigure('killed=about 230 225..241 (s1)')).toEqual({
      kind: 'killed',
      qualifier: 'about',
      value: 230,
      min: 225,
      max: 241,
      source: 's1',
    });
  });
});

describe('app CSV round trip', () => {
  it('gives back every field of a full event, with no mapping question', () => {
    const { csv, r } = roundTrip([full]);
    expect(csv.split('\r\n')[0]).toContain('title_ru');
    expect(r.report.format).toBe('casemap');
    expect(r.mappingGuessed).toBe(false);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset.events).toEqual([full]);
  });

  it('keeps an unlocated event, a plain-string text and a translation without the original', () => {
    const e: EventFeature = {
      type: 'Feature',
      id: 'x',
      geometry: null,
      properties: {
        title: { ru: 'Только по-русски' },
        date: { start: '2014' },
        place: { name: { en: 'Kazakhstan' }, precision: 'country' },
        category: 'complaint',
        articles: [],
        status: 'unknown',
      },
    };
    expect(roundTrip([e]).r.dataset.events).toEqual([e]);
  });

  it('holds for generated valid events', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        for (const [i, e] of events.entries()) {
          expect(
            validateFeature(e, i, 'gen', testDescription).issues.filter(
              (x) => x.severity === 'error',
            ),
          ).toEqual([]);
        }
        const { r } = roundTrip(events);
        expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(r.dataset.events).toEqual(events);
      }),
      { numRuns: 150 },
    );
    // 150 imports of generated files: 1-2 s alone, several times that on a machine under load.
  }, 30_000);
});

describe('GeoJSON and bundle export', () => {
  it('writes RFC 7946 with a bbox, and a bundle the importer reads back exactly', () => {
    const g = toGeoJSON([full], testDescription);
    expect(g.bbox).toEqual([76.8897, 43.2389, 76.8897, 43.2389]);
    const bundle = toBundle(testDescription, [full]);
    expect(DatasetBundleSchema.safeParse(bundle).success).toBe(true);
    const r = importText(toJSONText(bundle), 'bundle.json');
    expect(r.report).toMatchObject({ format: 'bundle', read: 1, imported: 1, rejected: 0 });
    expect(r.dataset.events).toEqual([full]);
    expect(r.dataset.description).toEqual(testDescription);
  });

  it('reads the app events alone, building a description from what they cite', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = importText(toJSONText(toGeoJSON(events, testDescription)), 'events.geojson');
        expect(r.report.format).toBe('casemap-geojson');
        expect(r.dataset.events).toEqual(events);
        expect(validateDescription(r.dataset.description, 'x').issues).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
