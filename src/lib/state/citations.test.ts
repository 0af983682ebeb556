import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../filter/event-index';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { collectCitations } from './citations';

const sources = [
  { id: 's1', title: 'One', footnote: 7 },
  { id: 's2', title: 'Two' },
  { id: 's3', title: 'Three', footnote: 2 },
];
const events = [
  makeEvent('a', { sources: ['s3', 's1'] }),
  makeEvent('b', { sources: ['s1', 'gone', 's2'] }),
  makeEvent('c'),
];
const index = buildEventIndex(events, { ...DESCRIPTION, sources });

describe('collectCitations', () => {
  it('numbers sources by first citation and maps each event to its notes', () => {
    const c = collectCitations([1, 0, 2], index, sources);
    expect(c.list.map((x) => [x.n, x.source.id, x.events])).toEqual([
      [1, 's1', [1, 0]],
      [2, 's2', [1]],
      [3, 's3', [0]],
    ]);
    expect(c.byEvent.get(0)).toEqual([3, 1]);
    expect(c.byEvent.get(1)).toEqual([1, 2]);
    expect(c.byEvent.get(2)).toEqual([]);
  });
});
