import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../../tests/support/fixtures';
import { buildEventColumns, eventColumns } from '../../model/event-columns';
import { searchTexts, searchTextsOf } from '../search-text';
import {
  elementStarts,
  lazyEvents,
  receiveResult,
  receiveSearch,
  SearchParts,
  resultMessage,
  searchMessages,
  type SearchMessage,
} from './handover';
import { importBytes, type ImportResult } from './importer';
import { toArrow } from '../export/arrow';
import type { EventFeature } from '../../model/schema';

const events = [
  makeEvent('a'),
  makeEvent('b', { articles: [3] }),
  makeEvent('c', { lonlat: null }),
];
const text = JSON.stringify(events);

describe('where each object of a JSON array starts', () => {
  it('is found past strings with quotes, backslashes, brackets and braces', () => {
    const values = [
      { a: 'say "hi" \\', b: [1, { c: '}]' }] },
      { a: '\\"{[' },
      { a: 'Алматы \u2028 😀', b: { c: [[], {}] } },
      {},
    ];
    const t = JSON.stringify(values);
    const bounds = elementStarts(t, values.length);
    expect([...bounds].slice(0, -1).map((p) => t[p])).toEqual(['{', '{', '{', '{']);
    expect(bounds[4]).toBe(t.length);
    expect(lazyEvents(t, bounds)).toEqual(values);
    expect(elementStarts('[]', 0)).toEqual(Uint32Array.of(2));
  });
});

describe('lazy events', () => {
  it('read as an array of the parsed events', () => {
    const lazy = lazyEvents(text, elementStarts(text, 3));
    expect(Array.isArray(lazy)).toBe(true);
    expect(lazy).toHaveLength(3);
    expect(lazy[1]).toEqual(events[1]);
    expect(lazy[3]).toBeUndefined();
    expect(1 in lazy).toBe(true);
    expect(3 in lazy).toBe(false);
    expect([...lazy]).toEqual(events);
    expect(lazy.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(lazy.filter((e) => e.geometry === null)).toEqual([events[2]]);
    expect(Object.keys(lazy)).toEqual(['0', '1', '2']);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(events));
    expect(JSON.parse(JSON.stringify({ events: lazy }))).toEqual({ events });
  });

  it('parse each event once, when it is first read', () => {
    // The second object is cut short: it cannot be parsed, and reading the others never tries.
    const t = '[{"id":"a"},{"id":,{"id":"c"}]';
    const broken = lazyEvents(t, Uint32Array.of(1, 12, 19, t.length));
    expect(broken).toHaveLength(3);
    expect(broken[0]).toBe(broken[0]);
    expect(broken[2]).toEqual({ id: 'c' });
    expect(() => broken[1]).toThrow(SyntaxError);
  });
});

describe('the import handed to the page', () => {
  const result: ImportResult = {
    dataset: { description: DESCRIPTION, events, narratives: [], issues: [], origin: 'import' },
    report: { file: 'a.csv', format: 'casemap', read: 3, imported: 3, rejected: 0, issues: [] },
    headers: ['id'],
    mappingGuessed: false,
    rows: new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]),
  };

  it('comes whole, without the rows, its columns those of its events', () => {
    const { message, transfer } = resultMessage(result);
    expect(message.events).toBe(text);
    expect(message.ids).toBe('a\nb\nc');
    const received = receiveResult(structuredClone(message, { transfer }));
    const { rows, ...rest } = result;
    expect(rows).toBeDefined();
    expect(received).toEqual(rest);
    const columns = eventColumns(received.dataset.events, DESCRIPTION);
    expect(columns).toEqual(eventColumns(events, DESCRIPTION));
    // Taken as they came: the page builds nothing.
    expect(eventColumns(received.dataset.events, DESCRIPTION)).toBe(columns);
  });

  it('has its columns rebuilt for other events or another catalogue', () => {
    const { message, transfer } = resultMessage(result);
    const received = receiveResult(structuredClone(message, { transfer }));
    const sent = eventColumns(received.dataset.events, DESCRIPTION);
    // The categories in another order count the events' categories differently.
    const reordered = { ...DESCRIPTION, categories: [...DESCRIPTION.categories].reverse() };
    const other = eventColumns(received.dataset.events, reordered);
    expect(other).not.toBe(sent);
    expect([...other.category]).toEqual([2, 2, 2]);
    // A copy of the events (a placement chosen again, say) is not the array they were built for.
    expect(eventColumns([...received.dataset.events], DESCRIPTION)).not.toBe(sent);
  });

  it('sends the texts for search in parts, each a task of the page, gathered in order', () => {
    const messages = searchMessages(result, undefined, 2);
    expect(messages.map((m) => [m.count, m.more])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(gathered(messages)).toEqual(searchTexts(events, DESCRIPTION));
    // No events: one part of none, not one empty text.
    const none = { ...result, dataset: { ...result.dataset, events: [] } };
    expect(searchMessages(none).map((m) => [m.count, m.more])).toEqual([[0, false]]);
    expect(gathered(searchMessages(none))).toEqual([]);
  });

  it('is followed by the folded texts for search, which the page then need not fold', () => {
    const { message, transfer } = resultMessage(result);
    const received = receiveResult(structuredClone(message, { transfer }));
    const received2 = receiveResult(structuredClone(resultMessage(result).message));
    receiveSearch(received, gathered(searchMessages(result))!);
    const texts = searchTextsOf(received.dataset.events, DESCRIPTION);
    expect(texts).toHaveLength(3);
    expect(texts).toEqual(searchTexts(events, DESCRIPTION));
    expect(searchTextsOf(received.dataset.events, DESCRIPTION)).toBe(texts);
    // Not for other events, nor under other sources' titles.
    expect(searchTextsOf(received2.dataset.events, DESCRIPTION)).not.toBe(texts);
    const renamed = { ...DESCRIPTION, sources: [{ id: 'src1', title: 'Renamed' }] };
    expect(searchTextsOf(received.dataset.events, renamed)).not.toBe(texts);
  });
});

describe('an Arrow file handed to the page by its rows', () => {
  // Of four rows, the third is rejected (an article the description lacks): rows 0, 1 and 3 stay.
  const all = [
    ...events,
    makeEvent('d', { articles: [99] }),
    // Every text the search reads: translations, a movement's ends, persons (a sensitive one
    // is left out), perpetrators and sources.
    makeEvent('e', {
      title: { en: 'Held at the border', ru: 'Задержан на границе' },
      summary: 'Returned by force',
      place: {
        name: 'Khorgos',
        country: 'KZ',
        precision: 'city',
        origin: { name: 'Almaty', country: 'KZ', precision: 'city', coordinates: [76.9, 43.25] },
        destination: {
          name: 'Urumqi',
          country: 'CN',
          precision: 'city',
          coordinates: [87.6, 43.8],
        },
      },
      category: 'deportation',
      persons: [
        { name: 'A. Witness', role: 'witness' },
        { name: 'Hidden Name', role: 'victim', sensitive: true },
      ],
      perpetrators: ['Border service'],
      sources: ['src1'],
    }),
  ];
  const file = () => toArrow(all.filter((e) => e.id !== 'c') as EventFeature[], DESCRIPTION);
  const handed = () => {
    // The worker's own bytes: the handover transfers them.
    const result = importBytes(file(), 'a.arrow');
    const { message, transfer } = resultMessage(result);
    const rows = [...message.arrow!.rows];
    const received = receiveResult(structuredClone(message, { transfer }));
    return { result, message, rows, received };
  };

  it('sends the bytes and rows, not a text, and makes the same events key for key', () => {
    const { result, message, rows, received } = handed();
    expect(message.events).toBe('');
    expect(rows).toEqual([0, 1, 3]);
    expect(result.report).toMatchObject({ read: 4, imported: 3, rejected: 1 });
    // The worker's events read the bytes it handed over: those of the same file imported again.
    const sent = importBytes(file(), 'a.arrow').dataset.events;
    // One at a time, each made once.
    expect(JSON.stringify(received.dataset.events[2])).toBe(JSON.stringify(sent[2]));
    expect(received.dataset.events[2]).toBe(received.dataset.events[2]);
    expect(received.dataset.events).toHaveLength(3);
    // All at once.
    expect(JSON.stringify(received.dataset.events)).toBe(JSON.stringify(sent));
    expect(received.dataset.description).toEqual(result.dataset.description);
    // The worker's own columns were transferred: the page's against columns built afresh.
    expect(eventColumns(received.dataset.events, DESCRIPTION)).toEqual(
      buildEventColumns([...sent], DESCRIPTION),
    );
  });

  it('is followed by the texts for search of its kept rows, from the file read again', () => {
    const { result, received } = handed();
    // The bytes went to the page, not a copy: the worker holds the file once until it is sent.
    expect(result.arrow!.bytes.byteLength).toBe(0);
    const texts = gathered(searchMessages(result, file()))!;
    expect(texts).toEqual(searchTexts([...received.dataset.events], DESCRIPTION));
    expect(texts).toHaveLength(3);
    expect(texts[2]).toContain('urumqi');
    expect(texts[2]).toContain('a. witness');
    expect(texts[2]).toContain('border service');
    expect(texts[2]).not.toContain('hidden');
  });

  it('leaves the texts to the page when the worker does not read the file again', () => {
    const { result, received } = handed();
    // A file past the size the worker reads twice.
    expect(gathered(searchMessages(result))).toBeNull();
    // Folded by the page when asked, the same as the worker's.
    expect(searchTextsOf(received.dataset.events, DESCRIPTION)).toEqual(
      searchTexts([...received.dataset.events], DESCRIPTION),
    );
    expect(searchTextsOf(received.dataset.events, DESCRIPTION)).toHaveLength(3);
  });

  it('reads every column at once for a reader of every event', () => {
    const { received } = handed();
    expect([...received.dataset.events]).toEqual(importBytes(file(), 'a.arrow').dataset.events);
  });
});

/** The texts for search as the page gathers them from the worker's messages (posted: cloned). */
function gathered(messages: SearchMessage[]): string[] | null | undefined {
  const parts = new SearchParts();
  let texts: string[] | null | undefined;
  for (const m of messages) texts = parts.add(structuredClone(m));
  return texts;
}
