/**
 * How the import worker hands its result to the page. Structured-cloning a million event objects
 * costs the page's main thread minutes, and parsing one JSON text of them (the way before) tens of
 * seconds before the first view, after which the page built the columns the views read from every
 * one of those objects again. So the worker sends:
 *
 * - the events as one JSON text (one string is copied whole, fast) with where each event's text
 *   starts in it: each event is parsed on the page the first time it is read (the list's rows,
 *   the detail, a tooltip), `lazyEvents` gives them as an array that does so;
 * - or, for an Arrow file, no text at all: the file's bytes (transferred) and the row of each
 *   event, each event made again from its row and checked when it is first read (`arrowEvents`).
 *   Writing, scanning and posting the text of a million events took the worker 13 s;
 * - the events' columns (model/event-columns.ts), built in the worker, their typed arrays
 *   transferred, not copied, and recorded as the columns of that very array; the ids as one text;
 * - the rest (description, narratives, issues, the report) as it is;
 * - then, once that is sent, the events' texts for search, folded (data/search-text.ts): the page
 *   uses them if they come before its first text search, which then folds nothing.
 */
import {
  columnBuffers,
  eventColumns,
  setPrebuilt,
  type EventColumns,
} from '../../model/event-columns';
import type { EventFeature } from '../../model/schema';
import { arrowEventReader, arrowEvents, type ArrowSource } from './arrow';
import { lazyList } from './lazy-list';
import { foldedTexts, searchTexts, setSearchTexts } from '../search-text';
import type { LoadedDataset } from '../types';
import type { ImportResult } from './importer';

/**
 * The largest Arrow file the worker reads again for the texts for search (256 MiB, the
 * benchmark's million events): a file near the 1 GiB limit is not held twice.
 */
export const KEEP_FOR_SEARCH = 256 * 2 ** 20;

/** The worker's answer for a finished import (worker-protocol.ts). */
export interface ResultMessage {
  type: 'result';
  result: Omit<ImportResult, 'dataset' | 'rows' | 'arrow'>;
  dataset: Omit<LoadedDataset, 'events'>;
  /** The events as a JSON array, and where each starts in it (then where the text ends). */
  events: string;
  bounds: Uint32Array;
  /** Instead of that text, an Arrow file's bytes and the row of each event (arrow.ts). */
  arrow?: ArrowSource;
  columns: Omit<EventColumns, 'ids'>;
  /** The ids, one a line (an id has no line break: model/schema.ts). */
  ids: string;
}

/** In the worker: the message for `result`, and the buffers to transfer with it. */
export function resultMessage(result: ImportResult): {
  message: ResultMessage;
  transfer: ArrayBuffer[];
} {
  const { dataset, arrow, ...rest } = result;
  delete rest.rows;
  const { events, ...head } = dataset;
  // An Arrow file's columns were built as its rows were checked (arrow.ts): not again here.
  const { ids, ...columns } = eventColumns(events, dataset.description);
  // An Arrow file's events are made again on the page from the file's rows, when read: the
  // text of a million events took the worker seconds to write and to post.
  const text = arrow ? '' : JSON.stringify(events);
  // An Arrow file's bytes are handed over themselves (transferred) and its rows as a copy: the
  // worker reads the rows again for the texts for search (searchMessage), from the file read
  // again once this is sent. Copying the bytes here instead held the page's first view back by
  // seconds at a million events (2.2 s in a trace): the copy's fresh memory is slow to fill.
  const handed = arrow && { ...arrow, rows: arrow.rows.slice() };
  const bounds = arrow ? new Uint32Array(0) : elementStarts(text, events.length);
  return {
    message: {
      type: 'result',
      result: rest,
      dataset: head,
      events: text,
      bounds,
      ...(handed && { arrow: handed }),
      columns,
      ids: ids.join('\n'),
    },
    transfer: [
      ...columnBuffers(columns),
      bounds.buffer as ArrayBuffer,
      ...(handed ? [handed.bytes.buffer as ArrayBuffer, handed.rows.buffer as ArrayBuffer] : []),
    ],
  };
}

/**
 * Where each of the `n` objects of a JSON array of objects starts in its text, and after them the
 * text's length: one pass, skipping the insides of strings.
 */
export function elementStarts(text: string, n: number): Uint32Array {
  const bounds = new Uint32Array(n + 1);
  let k = 0;
  let depth = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 34) p = stringEnd(text, p);
    else if (c === 123 || c === 91) {
      if (depth++ === 1) bounds[k++] = p;
    } else if (c === 125 || c === 93) depth--;
  }
  bounds[n] = text.length;
  return bounds;
}

/** The closing quote of the JSON string opening at `p`. */
function stringEnd(text: string, p: number): number {
  for (let q = text.indexOf('"', p + 1); ; q = text.indexOf('"', q + 1)) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return q;
  }
}

/**
 * The worker's messages after the result: the folded texts for search, one a line (a fold has
 * none), `count` of them a message, the events' in order; null when the worker has no copy of the
 * file to read them from (the page folds them when asked).
 */
export interface SearchMessage {
  type: 'search';
  texts: string | null;
  count: number;
  /** More parts follow. */
  more: boolean;
}

/**
 * How many texts one message holds: the page receives each in a task of its own. The texts of a
 * million events in one message cost the page one task of 0.66-0.89 s, which a person who had
 * just paused met on their next move.
 */
const SEARCH_PART = 50_000;

/**
 * In the worker, after the result: the messages of the events' folded texts for search. An Arrow
 * file's bytes were handed over (transferred, so empty here): its rows are read from `again`, the
 * file read again, and without it nothing is.
 */
export function searchMessages(
  { dataset, arrow }: ImportResult,
  again?: Uint8Array,
  part = SEARCH_PART,
): SearchMessage[] {
  const d = dataset.description;
  let texts: string[];
  if (!arrow) texts = searchTexts(dataset.events, d);
  else {
    const bytes = arrow.bytes.byteLength > 0 ? arrow.bytes : again;
    if (!bytes) return [{ type: 'search', texts: null, count: 0, more: false }];
    // An Arrow file's events are made from their rows one by one and not kept.
    texts = foldedTexts(arrow.rows.length, arrowEventReader({ ...arrow, bytes }), d);
  }
  const out: SearchMessage[] = [];
  for (let from = 0; from === 0 || from < texts.length; from += part) {
    const some = texts.slice(from, from + part);
    out.push({
      type: 'search',
      texts: some.join('\n'),
      count: some.length,
      more: from + part < texts.length,
    });
  }
  return out;
}

/** On the page: the parts of the texts for search, gathered until the last. */
export class SearchParts {
  private texts: string[] = [];

  /** Takes a part; after the last, gives the texts (null when the worker sent none). */
  add(m: SearchMessage): string[] | null | undefined {
    if (m.texts === null) return null;
    if (m.count > 0) for (const text of m.texts.split('\n')) this.texts.push(text);
    return m.more ? undefined : this.texts;
  }
}

/** On the page: the folded texts for search, recorded for the events of `result`. */
export function receiveSearch(result: ImportResult, texts: readonly string[]): void {
  const { events, description } = result.dataset;
  setSearchTexts(events, description, texts);
}

/** On the page: the import's result, its events parsed as they are read. */
export function receiveResult(m: ResultMessage): ImportResult {
  const events = m.arrow
    ? arrowEvents(m.arrow, m.dataset.description)
    : lazyEvents(m.events, m.bounds);
  const ids = m.ids === '' ? [] : m.ids.split('\n');
  setPrebuilt(events, m.dataset.description, { ...m.columns, ids });
  return { ...m.result, dataset: { ...m.dataset, events } };
}

/**
 * The events of a JSON array's `text` as an array, each parsed from its part of the text (from
 * `bounds[i]` to the comma or bracket before `bounds[i + 1]`) the first time it is read, and the
 * same object from then on. It is an Array to every reader: `length`, indexing, iteration, `map`
 * and `filter`, spreading and JSON.stringify all see the parsed events.
 */
export function lazyEvents(text: string, bounds: Uint32Array): EventFeature[] {
  return lazyList(
    bounds.length - 1,
    (i) => JSON.parse(text.slice(bounds[i]!, bounds[i + 1]! - 1)) as EventFeature,
  );
}
