/**
 * Numbered source notes for a set of events, numbered in order of first citation, as endnotes
 * are in print. Each keeps the footnote number the source has in the document that cites it
 * (the NGO's submission), so a reader can find it there too.
 */
import type { EventIndex } from '../filter/event-index';
import type { Source } from '../model/schema';

export interface Citation {
  /** 1-based note number in this brief or step. */
  n: number;
  source: Source;
  /** Events that cite it, as indices into the EventIndex. */
  events: number[];
}

export interface Citations {
  list: Citation[];
  /** Note numbers of each event's sources, in the event's order. */
  byEvent: Map<number, number[]>;
}

export function collectCitations(
  events: readonly number[],
  index: EventIndex,
  sources: readonly Source[],
): Citations {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const list: Citation[] = [];
  const number = new Map<string, Citation>();
  const byEvent = new Map<number, number[]>();
  for (const i of events) {
    const ns: number[] = [];
    for (const id of index.events[i]?.properties.sources ?? []) {
      const source = byId.get(id);
      if (!source) continue;
      let c = number.get(id);
      if (!c) {
        c = { n: list.length + 1, source, events: [] };
        number.set(id, c);
        list.push(c);
      }
      if (!c.events.includes(i)) c.events.push(i);
      if (!ns.includes(c.n)) ns.push(c.n);
    }
    byEvent.set(i, ns);
  }
  return { list, byEvent };
}
