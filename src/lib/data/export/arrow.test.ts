/**
 * The app's Arrow file read back to the same events, field for field; and a file written by
 * another program checked column by column and row by row.
 */
import {
  Bool,
  Float64,
  Field,
  Table,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Narrative } from '../../model/schema';
import { datasetFromArrow } from '../import/arrow';
import { importBlob, importBytes } from '../import/importer';
import { eventsArb, testDescription } from '../../../../tests/support/arbitraries';
import { fullEvent } from '../../../../tests/support/full-event';
import { toArrow } from './arrow';
import { isArrowBytes } from './arrow-columns';

const narrative: Narrative = {
  id: 'n1',
  title: 'A narrative',
  steps: [{ id: 's1', title: 'First', text: 'Text', events: [fullEvent.id] }],
};

describe('Arrow export', () => {
  it('writes an Arrow IPC file with typed columns and the description as metadata', () => {
    const bytes = toArrow([fullEvent], testDescription, [narrative]);
    expect(isArrowBytes(bytes)).toBe(true);
    const table = tableFromIPC(bytes);
    expect(table.numRows).toBe(1);
    expect(String(table.schema.fields.find((f) => f.name === 'latitude')!.type)).toBe('Float64');
    expect(table.getChild('articles')!.get(0)!.toArray()).toEqual(new Uint8Array([2, 16]));
    expect(table.getChild('category')!.get(0)).toBe('detention');
    expect(table.getChild('title')!.get(0)).toBe(
      (fullEvent.properties.title as Record<string, string>).en,
    );
    expect(table.getChild('title_ru')!.get(0)).toBe('Задержание\nв две строки');
    expect(JSON.parse(table.schema.metadata.get('casemap:dataset')!)).toEqual(testDescription);
  });

  it('is read back exactly by the importer, narratives and description included', () => {
    const bytes = toArrow([fullEvent], testDescription, [narrative]);
    const r = importBytes(bytes, 'export.arrow');
    expect(r.report).toMatchObject({ format: 'arrow', read: 1, imported: 1, rejected: 0 });
    expect(r.report.issues).toEqual([]);
    expect(r.dataset.events).toEqual([fullEvent]);
    expect(r.dataset.description).toEqual(testDescription);
    expect(r.dataset.narratives).toEqual([narrative]);
    expect(datasetFromArrow(bytes)).toEqual({
      description: testDescription,
      events: [fullEvent],
      narratives: [narrative],
    });
  });

  it('leaves a precision that was not stated unstated', () => {
    // A file written elsewhere may leave it out; the app's own events always state it.
    const place: Record<string, unknown> = { ...fullEvent.properties.place };
    delete place.precision;
    const unstated = {
      ...fullEvent,
      properties: { ...fullEvent.properties, place: place as typeof fullEvent.properties.place },
    };
    const [back] = datasetFromArrow(toArrow([unstated], testDescription, [])).events;
    expect(back!.properties.place).toEqual(place);
    expect(back!.geometry).toEqual(fullEvent.geometry);
  });

  it('holds for generated valid events, and for an empty dataset', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = importBytes(toArrow(events, testDescription), 'gen.arrow');
        expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(r.dataset.events).toEqual(events);
        expect(datasetFromArrow(toArrow(events, testDescription)).events).toEqual(events);
      }),
      { numRuns: 100 },
    );
    expect(importBytes(toArrow([], testDescription), 'none.arrow').report.read).toBe(0);
  }, 30_000);
});

/** A file as another program might write it: the given columns, built by Arrow's builders. */
function fileOf(columns: Record<string, Vector>): Uint8Array {
  return tableToIPC(new Table(columns), 'file');
}

const minimal = {
  id: vectorFromArray(['a', 'b'], new Utf8()),
  title: vectorFromArray(['One', 'Two'], new Utf8()),
  date_start: vectorFromArray(['2022-01-04', '2022-02-30'], new Utf8()),
  place: vectorFromArray(['Almaty', 'Astana'], new Utf8()),
  place_precision: vectorFromArray(['city', 'city'], new Utf8()),
  category: vectorFromArray(['detention', 'detention'], new Utf8()),
  status: vectorFromArray(['reported', 'reported'], new Utf8()),
  longitude: vectorFromArray([76.9, null], new Float64()),
  latitude: vectorFromArray([43.2, null], new Float64()),
};

describe('Arrow import of a file written elsewhere', () => {
  it('makes a description from what the events cite, and names a bad row by row and column', () => {
    const r = importBytes(fileOf(minimal), 'other.feather');
    expect(r.report).toMatchObject({ format: 'arrow', read: 2, imported: 1, rejected: 1 });
    expect(r.dataset.events[0]).toMatchObject({
      id: 'a',
      geometry: { type: 'Point', coordinates: [76.9, 43.2] },
      properties: { title: 'One', articles: [], category: 'detention' },
    });
    expect(r.dataset.description.categories.map((c) => c.id)).toEqual(['detention']);
    const bad = r.report.issues.find((i) => i.severity === 'error')!;
    expect(bad).toMatchObject({ row: 2, unit: 'row', column: 'date_start', id: 'b' });
  });

  it('refuses a file without a required column, or with a column of the wrong type', () => {
    const noCategory = Object.fromEntries(
      Object.entries(minimal).filter(([name]) => name !== 'category'),
    );
    const missing = importBytes(fileOf(noCategory), 'x.arrow');
    expect(missing.dataset.events).toEqual([]);
    expect(missing.report.issues).toMatchObject([
      { code: 'arrow-column-missing', column: 'category', severity: 'error' },
    ]);
    const wrong = importBytes(
      fileOf({ ...minimal, latitude: vectorFromArray(['43.2', ''], new Utf8()) }),
      'x.arrow',
    );
    expect(wrong.report.issues).toMatchObject([
      { code: 'arrow-column-type', column: 'latitude', params: { type: 'Utf8' } },
    ]);
    expect(wrong.report.issues[0]!.message).toContain('Float64');
  });

  it('says which cell is not JSON, warns of a column it does not know, and reads booleans', () => {
    const r = importBytes(
      fileOf({
        ...minimal,
        date_start: vectorFromArray(['2022', '2023'], new Utf8()),
        figures: vectorFromArray([null, '[{"kind":'], new Utf8()),
        graphic: vectorFromArray([true, null], new Bool()),
        remark: vectorFromArray(['x', 'y'], new Utf8()),
      }),
      'x.arrow',
    );
    expect(r.report.imported).toBe(1);
    expect(r.dataset.events[0]!.properties.graphic).toBe(true);
    const codes = r.report.issues.map((i) => [i.code, i.row, i.column]);
    expect(codes).toContainEqual(['arrow-column-unknown', undefined, 'remark']);
    expect(codes).toContainEqual(['arrow-cell-json', 2, 'figures']);
  });

  it('reads each boolean from its bit, past a byte and in a second record batch', () => {
    const n = 12;
    const flags = Array.from({ length: n }, (_, i) => (i % 3 === 2 ? null : i % 2 === 0));
    const column = <T>(f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
    const table = new Table({
      id: vectorFromArray(
        column((i) => `e${i}`),
        new Utf8(),
      ),
      title: vectorFromArray(
        column(() => 'T'),
        new Utf8(),
      ),
      date_start: vectorFromArray(
        column(() => '2022'),
        new Utf8(),
      ),
      place: vectorFromArray(
        column(() => 'Almaty'),
        new Utf8(),
      ),
      place_precision: vectorFromArray(
        column(() => 'city'),
        new Utf8(),
      ),
      category: vectorFromArray(
        column(() => 'detention'),
        new Utf8(),
      ),
      status: vectorFromArray(
        column(() => 'reported'),
        new Utf8(),
      ),
      graphic: vectorFromArray(flags, new Bool()),
    });
    // Two record batches: rows 0-4 and 5-11.
    const batches = new Table([...table.slice(0, 5).batches, ...table.slice(5).batches]);
    expect(batches.batches).toHaveLength(2);
    const r = importBytes(tableToIPC(batches, 'file'), 'flags.arrow');
    expect(r.report.imported).toBe(n);
    expect(r.dataset.events.map((e) => e.properties.graphic ?? null)).toEqual(flags);
  });

  it('reads an Arrow IPC stream as well as a file', () => {
    const stream = tableToIPC(new Table(minimal), 'stream');
    expect(importBytes(stream, 'other.arrows').report).toMatchObject({ format: 'arrow', read: 2 });
  });

  it('says a damaged file is not readable', () => {
    const bytes = toArrow([fullEvent], testDescription).slice(0, 200);
    const r = importBytes(bytes, 'cut.arrow');
    expect(r.report.issues).toMatchObject([{ code: 'arrow-unreadable', severity: 'error' }]);
  });
});

// The schema and field names are part of the documented layout: kept here so a rename fails.
it('names its columns as the README documents them', () => {
  const names = tableFromIPC(toArrow([fullEvent], testDescription)).schema.fields.map(
    (f: Field) => f.name,
  );
  expect(names.slice(0, 6)).toEqual([
    'id',
    'title',
    'summary',
    'date_start',
    'date_end',
    'date_approximate',
  ]);
});

describe('a large Arrow file', () => {
  it('is read up to the limit of Arrow files (1 GiB), not that of a JSON text (200 MiB)', async () => {
    const bytes = toArrow([fullEvent], testDescription);
    const blob = new Blob([bytes as BlobPart]);
    // A blob that says it is 300 MB: the size checked before anything is read.
    const big = {
      size: 300 * 2 ** 20,
      slice: (a?: number, b?: number) => blob.slice(a, b),
      arrayBuffer: () => blob.arrayBuffer(),
    } as Blob;
    const r = await importBlob(big, 'events.arrow');
    expect(r.report.issues.filter((i) => i.code === 'file-too-large')).toEqual([]);
    expect(r.report.imported).toBe(1);
  });
});
