/**
 * fast-check generators of valid events and a description they refer to, for the round-trip
 * and importer property tests. Texts mix the characters that break naive CSV writers (quotes,
 * separators, line breaks, formula starts, backslashes, Cyrillic). Two exclusions, by design of
 * the importer: NUL (rejected as a sign of a damaged file) and U+FEFF (removed, with a warning,
 * as a sign of joined files); and C0 control characters, which make a file look binary.
 */
import fc from 'fast-check';
import type { DatasetDescription, EventFeature, Text } from '../../src/lib/model/schema';

const tricky = fc.constantFrom(
  ';',
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  "'",
  '\\',
  '[',
  ']',
  '<',
  '>',
  ' ',
  '|',
  '(',
  ')',
  '..',
  'é',
  'Ж',
  'ё',
  '😀',
  '0',
  '7',
);
const textString = fc
  .string({
    unit: fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
    minLength: 1,
    maxLength: 12,
  })
  .filter((s) =>
    Array.from(s).every((c) => {
      const n = c.codePointAt(0)!;
      return n === 9 || n === 10 || n === 13 || (n >= 0x20 && n !== 0x7f && n !== 0xfeff);
    }),
  );

const text: fc.Arbitrary<Text> = fc.oneof(
  textString,
  fc
    .record({ en: textString, ru: textString, kk: textString }, { requiredKeys: [] })
    .filter((r) => Object.keys(r).length > 0),
);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = fc
  .record({
    y: fc.integer({ min: 1990, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const partial = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
  fc
    .tuple(
      day,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('Z', '+06:00', '-03:30'),
    )
    .map(([d, h, m, z]) => `${d}T${pad(h)}:${pad(m)}${z}`),
);
const date = fc
  .record(
    { start: partial, end: partial, approximate: fc.boolean(), display: text },
    { requiredKeys: ['start'] },
  )
  .map((d) => {
    // An end, when present, is after the start: compare as text of the same year-first form.
    if (d.end !== undefined && d.end.slice(0, 10) < d.start.slice(0, 10).padEnd(10, '9')) {
      const rest = { ...d };
      delete rest.end;
      return rest;
    }
    return d;
  });

const coordinate = (max: number) =>
  fc
    .double({ min: -max, max, noNaN: true, noDefaultInfinity: true })
    .map((n) => (Object.is(n, -0) ? 0 : n));
const endpoint = fc.record(
  {
    name: text,
    country: fc.constantFrom('KZ', 'RU'),
    coordinates: fc.tuple(coordinate(180), coordinate(90)),
    precision: fc.constantFrom('exact', 'city', 'region', 'country', 'unknown' as const),
  },
  { requiredKeys: ['name', 'country', 'precision'] },
);

const SOURCE_IDS = ['s1', 's2', 'src.3'];
const CATEGORY_IDS = ['detention', 'complaint', 'x-9'];

const figure = fc
  .record(
    {
      kind: fc.constantFrom('killed', 'detained', 'cases-opened'),
      value: fc.nat(1_000_000),
      range: fc.tuple(
        fc.option(fc.nat(1000), { nil: undefined }),
        fc.option(fc.nat(1000), { nil: undefined }),
      ),
      qualifier: fc.constantFrom('exact', 'about', 'more-than', 'fewer-than', 'at-least' as const),
      source: fc.constantFrom(...SOURCE_IDS, 'doc1'),
      quote: textString,
    },
    { requiredKeys: ['kind', 'source', 'range'] },
  )
  .map(({ range: [a, b], ...f }) => {
    const out: Record<string, unknown> = { ...f };
    if (a !== undefined && b !== undefined) [out.min, out.max] = [Math.min(a, b), Math.max(a, b)];
    else if (a !== undefined) out.min = a;
    else if (b !== undefined) out.max = b;
    if (out.value === undefined && out.min === undefined && out.max === undefined) out.value = 0;
    return out;
  });

const uniqueSorted = (a: number[]) => [...new Set(a)].sort((x, y) => x - y);

const eventArb: fc.Arbitrary<EventFeature> = fc
  .record(
    {
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
      point: fc.option(fc.tuple(coordinate(180), coordinate(90)), { nil: null }),
      title: text,
      summary: text,
      date,
      place: fc.record(
        {
          name: text,
          country: fc.constantFrom('KZ', 'RU'),
          precision: fc.constantFrom('exact', 'city', 'region', 'country', 'unknown' as const),
          withheld: fc.boolean(),
          origin: endpoint,
          destination: endpoint,
        },
        { requiredKeys: ['name', 'precision'] },
      ),
      category: fc.constantFrom(...CATEGORY_IDS),
      articles: fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 4 }).map(uniqueSorted),
      figures: fc.array(figure, { minLength: 1, maxLength: 2 }),
      persons: fc.array(
        fc.record(
          {
            name: textString,
            role: fc.constantFrom('victim', 'witness', 'defender', 'official', 'other' as const),
            description: text,
            sensitive: fc.boolean(),
          },
          { requiredKeys: ['name', 'role'] },
        ),
        { minLength: 1, maxLength: 2 },
      ),
      perpetrators: fc.array(text, { minLength: 1, maxLength: 2 }),
      sources: fc.uniqueArray(fc.constantFrom(...SOURCE_IDS), { minLength: 1 }),
      provenance: fc.array(
        fc.record({ document: fc.constant('doc1'), section: textString, quote: textString }),
        { minLength: 1, maxLength: 1 },
      ),
      status: fc.constantFrom(
        'reported',
        'possible',
        'likely',
        'confirmed',
        'unlikely',
        'unknown' as const,
      ),
      graphic: fc.boolean(),
      tags: fc.array(textString, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['id', 'point', 'title', 'date', 'place', 'category', 'articles', 'status'] },
  )
  .map(({ id, point, ...p }) => ({
    type: 'Feature' as const,
    id,
    geometry: point ? { type: 'Point' as const, coordinates: point } : null,
    properties: p as EventFeature['properties'],
  }));

export const eventsArb = fc.uniqueArray(eventArb, {
  selector: (e) => e.id,
  minLength: 1,
  maxLength: 8,
});

export const testDescription: DatasetDescription = {
  id: 'gen',
  title: 'Generated',
  description: 'Generated by fast-check',
  publisher: 'Tests',
  version: '1',
  licence: 'CC0-1.0',
  language: 'en',
  languages: ['en', 'ru', 'kk'],
  documents: [{ id: 'doc1', title: 'Document' }],
  sources: SOURCE_IDS.map((id, i) => ({
    id,
    title: `Source ${i}; "quoted"`,
    url: `https://example.org/${i}`,
  })),
  articles: Array.from({ length: 16 }, (_, i) => ({
    number: i + 1,
    title: `A${i + 1}`,
    obliges: 'x',
  })),
  categories: CATEGORY_IDS.map((id) => ({ id, label: `Label ${id}` })),
  events: 'events.geojson',
};

/** Pieces of hostile CSV: broken quoting, every separator, bare carriage returns, long runs. */
const hostilePiece = fc.constantFrom(
  '"x"y;',
  '"x"y,',
  '"',
  '""',
  '"""',
  'a"b',
  '";"',
  ';',
  ',',
  '\t',
  '|',
  '\r',
  '\n',
  '\r\n',
  '\0',
  '\uFEFF',
  'Ж',
  '2022-01-05',
  '43.25',
  'x'.repeat(1000),
);

/**
 * A hostile CSV file of up to `maxBytes` characters: a header, then a short pattern of hostile
 * pieces repeated to a length drawn on a log scale (so both short files and one 10 MB line occur).
 */
export function hostileCsvArb(maxBytes: number): fc.Arbitrary<string> {
  return fc
    .record({
      header: fc.constantFrom('id;date;title', 'date,latitude,longitude', 'a', '"', ''),
      pattern: fc.array(hostilePiece, { minLength: 1, maxLength: 6 }),
      log2: fc.double({ min: 0, max: Math.log2(maxBytes), noNaN: true }),
    })
    .map(({ header, pattern, log2 }) => {
      const unit = pattern.join('');
      const length = Math.max(1, Math.floor(2 ** log2));
      return `${header}\n${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}`;
    });
}
