/**
 * A researcher's spreadsheet imported whole: figures with their labels and sources, sources from
 * separate title/URL/publisher/date columns (several per row only with a stated separator),
 * date precision, the stated title and default status, and a line for every column.
 */
import { describe, expect, it } from 'vitest';
import { toGeoJSON, toJSONText } from '../export/geojson';
import { applyDatePrecision } from './generic';
import { importText } from './importer';
import type { ImportMapping } from './detect';
import { readSourceColumns, RowContext } from './context';

const HEADER =
  'ID,Start,End,Date precision,Title,Place,Lat,Lon,Deaths,Injured,Source title,Source URL,Publisher,Source date,Notes';
const ROWS = [
  'k1,2022-01-05,2022-01-07,day,Shooting; protesters,Almaty,43.238,76.945,164-227,~1000,"Report one; part A|Report two",https://a.example/1|https://b.example/2,HRW|Amnesty,2022-02-01|2022-03-15,kept nowhere',
  'k2,2022-01-01,,month,Arrests,Taraz,42.9,71.36,12,,"Arrests; a list",https://c.example/3,Vlast,05.02.2022,',
];
const text = [HEADER, ...ROWS].join('\n');

const mapping: ImportMapping = {
  format: 'generic',
  columns: {
    id: 'ID',
    date: 'Start',
    endDate: 'End',
    datePrecision: 'Date precision',
    title: 'Title',
    place: 'Place',
    latitude: 'Lat',
    longitude: 'Lon',
    sourceTitle: 'Source title',
    sourceUrl: 'Source URL',
    sourcePublisher: 'Publisher',
    sourceDate: 'Source date',
  },
  figures: [
    { column: 'Deaths', label: 'Deaths' },
    { column: 'Injured', label: 'injured' },
  ],
  sourceSeparator: '|',
  title: 'January events',
  defaultStatus: 'reported',
};

/** A row context for row 2 of a generic CSV, collecting its issues. */
const ctx = () =>
  new RowContext(
    'f.csv',
    { row: 2, values: {}, issues: [] },
    { format: 'generic', columns: {} },
    new Map(),
  );

describe('a spreadsheet with figures and source columns', () => {
  const r = importText(text, 'sheet.csv', { mapping });
  const [k1, k2] = r.dataset.events;
  const d = r.dataset.description;
  const source = (id: string) => d.sources.find((s) => s.id === id)!;

  it('imports every row, with the stated title and default status', () => {
    expect(r.report.imported).toBe(2);
    expect(d.title).toBe('January events');
    expect(k1!.properties.status).toBe('reported');
    expect(r.report.issues.map((i) => i.code)).not.toContain('status-default');
  });

  it('makes one source of each title, URL, publisher and date, split only at the separator', () => {
    const sources = k1!.properties.sources!.map(source);
    expect(sources).toMatchObject([
      {
        title: 'Report one; part A',
        url: 'https://a.example/1',
        publisher: 'HRW',
        date: '2022-02-01',
      },
      { title: 'Report two', url: 'https://b.example/2', publisher: 'Amnesty', date: '2022-03-15' },
    ]);
    expect(k2!.properties.sources!.map(source)).toMatchObject([
      {
        title: 'Arrests; a list',
        url: 'https://c.example/3',
        publisher: 'Vlast',
        date: '2022-02-05',
      },
    ]);
  });

  it('keeps figures with their label, ranges as ranges, cited to the row’s first source', () => {
    const first = k1!.properties.sources![0];
    expect(k1!.properties.figures).toEqual([
      { kind: 'deaths', min: 164, max: 227, source: first },
      { kind: 'injured', value: 1000, qualifier: 'about', source: first },
    ]);
    expect(k2!.properties.figures).toEqual([
      { kind: 'deaths', value: 12, source: k2!.properties.sources![0] },
    ]);
    expect(d.figureKinds).toEqual([
      { id: 'deaths', label: 'Deaths' },
      { id: 'injured', label: 'injured' },
    ]);
  });

  it('applies the date precision', () => {
    expect(k1!.properties.date).toEqual({ start: '2022-01-05', end: '2022-01-07' });
    expect(k2!.properties.date).toEqual({ start: '2022-01' });
  });

  it('says what every column became, and that Notes was ignored', () => {
    const uses = Object.fromEntries(r.report.columns!.map((u) => [u.column, u]));
    expect(Object.keys(uses)).toEqual(HEADER.split(','));
    expect(uses.Deaths).toEqual({ column: 'Deaths', fields: [], figure: 'Deaths' });
    expect(uses['Source URL']!.fields).toEqual(['sourceUrl']);
    expect(uses.Notes).toEqual({ column: 'Notes', fields: [] });
  });

  it('keeps the first rows for a preview of another mapping', () => {
    expect(r.sample?.map((s) => s.row)).toEqual([2, 3]);
  });

  it('without a separator, keeps a cell as one source even when it holds "|" or ";"', () => {
    const one = importText(text, 'sheet.csv', {
      mapping: { ...mapping, sourceSeparator: undefined },
    });
    const d1 = one.dataset.description;
    expect(
      one.dataset.events[0]!.properties.sources!.map(
        (id) => d1.sources.find((s) => s.id === id)!.title,
      ),
    ).toEqual(['Report one; part A|Report two']);
  });

  it('warns of figures that are not numbers and of parts that do not pair', () => {
    const bad = importText(
      [HEADER, 'k3,2022-01-05,,,T,P,1,2,many,,A|B,https://a.example/1,,,'].join('\n'),
      'bad.csv',
      { mapping },
    );
    expect(bad.report.imported).toBe(1);
    expect(bad.report.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['figure-not-number', 'source-parts-mismatch']),
    );
  });
});

describe('readSourceColumns', () => {
  const cols = { title: 't', url: 'u', publisher: 'p', date: 'd' };
  const noDate = () => undefined;

  it('names a source by its link’s host when it has no title, and drops unsafe links', () => {
    const c = ctx();
    expect(
      readSourceColumns(
        c,
        { title: '', url: 'https://x.example/a', publisher: '', date: '' },
        cols,
        undefined,
        noDate,
      ),
    ).toEqual([{ title: 'x.example', url: 'https://x.example/a' }]);
    expect(
      readSourceColumns(
        c,
        { title: 'T', url: 'javascript:alert(1)', publisher: '', date: '' },
        cols,
        undefined,
        noDate,
      ),
    ).toEqual([{ title: 'T' }]);
    expect(c.issues.map((i) => i.code)).toEqual(['unsafe-url']);
  });
});

describe('applyDatePrecision', () => {
  it('cuts dates to the month or year, marks approximate ones, warns of unknown words', () => {
    const year = { start: '2022-01-05', end: '2022-03-01' };
    applyDatePrecision(ctx(), year, 'Year', 'p');
    expect(year).toEqual({ start: '2022' });
    const approx = { start: '2022-01-05' };
    applyDatePrecision(ctx(), approx, 'примерно', 'p');
    expect(approx).toEqual({ start: '2022-01-05', approximate: true });
    const c = ctx();
    const odd = { start: '2022-01-05' };
    applyDatePrecision(c, odd, 'fortnight', 'p');
    expect(odd).toEqual({ start: '2022-01-05' });
    expect(c.issues.map((i) => i.code)).toEqual(['date-precision-unknown-value']);
  });
});

describe('the GeoJSON export of an imported sheet', () => {
  it('carries the cited sources and figure kinds whole, and reads them back', () => {
    const r = importText(text, 'sheet.csv', { mapping });
    const d = r.dataset.description;
    const g = toGeoJSON(r.dataset.events, d);
    expect(g.sources).toEqual(d.sources);
    expect(g.figureKinds).toEqual(d.figureKinds);
    const back = importText(toJSONText(g), 'sheet.geojson');
    expect(back.report.format).toBe('casemap-geojson');
    expect(back.dataset.events).toEqual(r.dataset.events);
    expect(back.dataset.description.sources).toEqual(d.sources);
    expect(back.dataset.description.figureKinds).toEqual(d.figureKinds);
  });
});
