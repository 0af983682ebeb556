import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import type { DatasetDescription } from './schema';
import {
  formatIssue,
  validateDescription,
  validateEach,
  validateEvents,
  validateNarrative,
  type ValidationIssue,
} from './validate';

const FILE = 'events.geojson';
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const lines = (issues: ValidationIssue[]) => issues.map(formatIssue);

/** The formatted issues of a collection holding one event built from `props`. */
function eventIssues(props: Parameters<typeof makeEvent>[1], d: DatasetDescription = DESCRIPTION) {
  return lines(validateEvents(collection([makeEvent('a', props)]), FILE, d).issues);
}

/** The formatted issues of one raw feature (for values the typed builder cannot express). */
function rawIssues(patch: (f: Record<string, unknown>) => void) {
  const f = structuredClone(makeEvent('a')) as unknown as Record<string, unknown>;
  patch(f);
  return lines(validateEvents(collection([f]), FILE, DESCRIPTION).issues);
}
const props = (f: Record<string, unknown>) => f.properties as Record<string, unknown>;

describe('a valid minimal dataset', () => {
  it('passes the description, its events and a narrative without a message', () => {
    const d = validateDescription(DESCRIPTION, 'dataset.json');
    expect(d.issues).toEqual([]);
    expect(d.description?.id).toBe('test');
    const ev = validateEvents(collection([makeEvent('a'), makeEvent('b')]), FILE, DESCRIPTION);
    expect(ev.issues).toEqual([]);
    expect(ev.events.map((e) => e.id)).toEqual(['a', 'b']);
    const n = validateNarrative(
      { id: 'n', title: 'Story', steps: [{ id: 's1', title: 'One', text: 'T', events: ['a'] }] },
      'n.json',
      new Set(['a', 'b']),
    );
    expect(n.issues).toEqual([]);
  });

  it('accepts texts with translations, ranges, a time with its offset and figures', () => {
    expect(
      eventIssues({
        title: { en: 'Detained', ru: 'Задержан' },
        date: { start: '2022-01-04T14:30+06:00', end: '2022-01-10' },
        figures: [{ kind: 'killed', min: 227, qualifier: 'more-than', source: 'src1' }],
        sources: ['src1'],
        provenance: [{ document: 'doc', section: 'Article 2', quote: 'text' }],
      }),
    ).toEqual([]);
  });
});

describe('event errors, each named by file, feature, id and path', () => {
  it('a missing field', () => {
    expect(rawIssues((f) => delete props(f).category)).toEqual([
      'events.geojson, feature 1 (id a), properties.category: is required (string)',
    ]);
  });

  it('a missing text', () => {
    expect(rawIssues((f) => delete props(f).title)).toEqual([
      'events.geojson, feature 1 (id a), properties.title: is required',
    ]);
  });

  it('a wrong type, told from a missing value', () => {
    expect(rawIssues((f) => (props(f).articles = '2'))).toEqual([
      'events.geojson, feature 1 (id a), properties.articles: must be array, not the text "2"',
    ]);
    expect(rawIssues((f) => (f.id = 5))).toEqual([
      'events.geojson, feature 1 (id 5), id: must be string, not number 5',
    ]);
  });

  it('a text of the wrong kind, or with a key that is not a language', () => {
    expect(rawIssues((f) => (props(f).title = 5))).toEqual([
      'events.geojson, feature 1 (id a), properties.title: must be a text or an object of translations such as {"en": "…", "ru": "…"}, not number 5',
    ]);
    expect(rawIssues((f) => (props(f).title = { EN: 'Detained' }))).toEqual([
      'events.geojson, feature 1 (id a), properties.title.EN: must be a language tag such as "en" or "ru"',
    ]);
  });

  it('a value outside an enumeration', () => {
    expect(rawIssues((f) => (props(f).status = 'alleged'))).toEqual([
      'events.geojson, feature 1 (id a), properties.status: must be one of "reported", "possible", "likely", "confirmed", "unlikely", "unknown"',
    ]);
  });

  it('a malformed date', () => {
    expect(eventIssues({ date: { start: '2022-1-4' } })).toEqual([
      'events.geojson, feature 1 (id a), properties.date.start: must be an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm±hh:mm',
    ]);
  });

  it('a day that is not in the calendar, and a leap day that is', () => {
    expect(eventIssues({ date: { start: '2022-02-29' } })).toEqual([
      'events.geojson, feature 1 (id a), properties.date.start: "2022-02-29" is not a day of the calendar (2022-02 has 28 days)',
    ]);
    expect(eventIssues({ date: { start: '2024-02-29' } })).toEqual([]);
    expect(eventIssues({ date: { start: '2022-01-04', end: '2022-13' } })).toEqual([
      'events.geojson, feature 1 (id a), properties.date.end: "2022-13" has no month 13',
    ]);
  });

  it('each date that does not read, once, and no range check without both', () => {
    expect(eventIssues({ date: { start: '2022-13', end: '2022-02-30' } })).toEqual([
      'events.geojson, feature 1 (id a), properties.date.start: "2022-13" has no month 13',
      'events.geojson, feature 1 (id a), properties.date.end: "2022-02-30" is not a day of the calendar (2022-02 has 28 days)',
    ]);
    expect(eventIssues({ date: { start: '2022-13', end: '2021' } })).toEqual([
      'events.geojson, feature 1 (id a), properties.date.start: "2022-13" has no month 13',
    ]);
  });

  it('an end before the start', () => {
    expect(eventIssues({ date: { start: '2022-01-10', end: '2022-01-04' } })).toEqual([
      'events.geojson, feature 1 (id a), properties.date.end: the end date 2022-01-04 is before the start date 2022-01-10',
    ]);
  });

  it('an unknown category', () => {
    expect(eventIssues({ category: 'riot' })).toEqual([
      `events.geojson, feature 1 (id a), properties.category: "riot" is not one of the dataset's categories (protest, torture, deportation)`,
    ]);
  });

  it('an article the dataset does not have, and one the Convention does not have', () => {
    expect(eventIssues({ articles: [2, 5] })).toEqual([
      `events.geojson, feature 1 (id a), properties.articles[1]: article 5 is not in the dataset's articles (2, 3, 11)`,
    ]);
    expect(eventIssues({ articles: [34] })).toEqual([
      'events.geojson, feature 1 (id a), properties.articles[0]: must be an article of the Convention (1-33)',
    ]);
  });

  it('an unknown source, of the event or of a figure', () => {
    expect(eventIssues({ sources: ['src1', 'nope'] })).toEqual([
      `events.geojson, feature 1 (id a), properties.sources[1]: source "nope" is not in the dataset's sources`,
    ]);
    expect(eventIssues({ figures: [{ kind: 'killed', value: 3, source: 'nope' }] })).toEqual([
      'events.geojson, feature 1 (id a), properties.figures[0].source: "nope" is neither a source nor a document of the dataset',
    ]);
  });

  it('a figure without a number, and one of a kind the dataset does not count', () => {
    expect(eventIssues({ figures: [{ kind: 'killed', source: 'src1' }] })).toEqual([
      'events.geojson, feature 1 (id a), properties.figures[0]: needs a value, or a min and/or max',
    ]);
    const d = { ...DESCRIPTION, figureKinds: [{ id: 'killed', label: 'Killed' }] };
    expect(eventIssues({ figures: [{ kind: 'wounded', value: 2, source: 'src1' }] }, d)).toEqual([
      `events.geojson, feature 1 (id a), properties.figures[0].kind: "wounded" is not one of the dataset's figure kinds (killed)`,
    ]);
  });

  it('provenance from a document the dataset does not list', () => {
    expect(
      eventIssues({ provenance: [{ document: 'other', section: 'Preamble', quote: 'q' }] }),
    ).toEqual([
      `events.geojson, feature 1 (id a), properties.provenance[0].document: "other" is not in the dataset's documents`,
    ]);
  });

  it('a duplicate id: the first is kept, the second reported', () => {
    const r = validateEvents(collection([makeEvent('a'), makeEvent('a')]), FILE, DESCRIPTION);
    expect(r.events).toHaveLength(1);
    expect(lines(r.issues)).toEqual([
      'events.geojson, feature 2 (id a), id: repeats the id of feature 1; ids must be unique',
    ]);
  });

  it('coordinates out of range', () => {
    expect(eventIssues({ lonlat: [200, 43.25] })).toEqual([
      'events.geojson, feature 1 (id a), geometry.coordinates[0]: longitude must be ≤ 180',
    ]);
    expect(eventIssues({ lonlat: [76.9, -91] })).toEqual([
      'events.geojson, feature 1 (id a), geometry.coordinates[1]: latitude must be ≥ -90',
    ]);
  });

  it('a city without coordinates is a warning, and the event is kept', () => {
    const e = makeEvent('a', { lonlat: null });
    e.properties.place.precision = 'city';
    const r = validateEvents(collection([e]), FILE, DESCRIPTION);
    expect(r.events).toHaveLength(1);
    expect(r.issues.map((i) => [i.severity, formatIssue(i)])).toEqual([
      [
        'warning',
        'events.geojson, feature 1 (id a), geometry: has no location although its precision is "city"; it is listed with the unlocated events',
      ],
    ]);
  });

  it('keeps the valid events of a file with invalid ones', () => {
    const r = validateEvents(
      collection([makeEvent('a'), makeEvent('b', { category: 'riot' }), makeEvent('c')]),
      FILE,
      DESCRIPTION,
    );
    expect(r.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(r.issues).toHaveLength(1);
  });

  it('checks rows made one at a time as it checks a collection, asking for each once, in order', () => {
    const features = [makeEvent('a'), makeEvent('b', { category: 'riot' }), makeEvent('a')];
    const asked: number[] = [];
    const rows = validateEach(
      features.length,
      (i) => {
        asked.push(i);
        return structuredClone(features[i]);
      },
      FILE,
      DESCRIPTION,
    );
    expect(asked).toEqual([0, 1, 2]);
    expect(rows).toEqual(validateEvents(collection(features), FILE, DESCRIPTION));
    expect(rows.kept).toEqual([0]);
    expect(lines(rows.issues)).toHaveLength(2);
  });

  it('a file that is not a FeatureCollection', () => {
    expect(lines(validateEvents({ type: 'Feature' }, FILE, DESCRIPTION).issues)).toEqual([
      'events.geojson, type: must be one of "FeatureCollection"',
      'events.geojson, features: is required (array)',
    ]);
  });
});

describe('description errors', () => {
  it('a missing field and a bad language tag', () => {
    const d: Record<string, unknown> = { ...DESCRIPTION, language: 'English' };
    delete d.licence;
    expect(lines(validateDescription(d, 'dataset.json').issues)).toEqual([
      'dataset.json, licence: is required (string)',
      'dataset.json, language: must be a language tag such as "en" or "ru"',
    ]);
  });

  it('a duplicate category id', () => {
    const d = {
      ...DESCRIPTION,
      categories: [...DESCRIPTION.categories, { id: 'protest', label: 'P' }],
    };
    expect(lines(validateDescription(d, 'dataset.json').issues)).toEqual([
      'dataset.json, categories[3]: repeats "protest"',
    ]);
  });

  it('a question under an article the dataset does not have', () => {
    const d = {
      ...DESCRIPTION,
      questions: [{ id: 'q1', articles: [2, 14], text: 'Why?', document: 'doc', section: 'A' }],
    };
    expect(lines(validateDescription(d, 'dataset.json').issues)).toEqual([
      `dataset.json, questions[0].articles[1]: article 14 is not in the dataset's articles`,
    ]);
  });

  it('a source URL that is not http(s)', () => {
    const d = { ...DESCRIPTION, sources: [{ id: 's', title: 'S', url: 'ftp://example.org/x' }] };
    expect(lines(validateDescription(d, 'dataset.json').issues)).toEqual([
      'dataset.json, sources[0].url: must be an http(s) URL',
    ]);
  });
});

describe('narrative errors', () => {
  const step = { id: 's1', title: 'One', text: 'T', events: ['a'] };

  it('a step naming an event that is not in the dataset', () => {
    const r = validateNarrative(
      { id: 'n', title: 'Story', steps: [step, { ...step, id: 's2', events: ['a', 'zzz'] }] },
      'n.json',
      new Set(['a']),
    );
    expect(r.narrative).toBeUndefined();
    expect(lines(r.issues)).toEqual([
      'n.json, step 2 (id s2), steps[1].events[1]: event "zzz" is not in the dataset',
    ]);
  });

  it('a narrative without steps, and a map zoom out of range', () => {
    expect(
      lines(validateNarrative({ id: 'n', title: 'Story', steps: [] }, 'n.json', new Set()).issues),
    ).toEqual(['n.json, steps: Too small: expected array to have >=1 items']);
    const r = validateNarrative(
      { id: 'n', title: 'Story', steps: [{ ...step, map: { zoom: 30 } }] },
      'n.json',
      new Set(['a']),
    );
    expect(lines(r.issues)).toEqual([
      'n.json, steps[0].map.zoom: Too big: expected number to be <=22',
    ]);
  });
});
