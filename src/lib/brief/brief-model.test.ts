import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../filter/event-index';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { briefModel } from './brief-model';

const d = {
  ...DESCRIPTION,
  sources: [
    { id: 's1', title: 'One' },
    { id: 's2', title: 'Two' },
  ],
  questions: [
    { id: 'q1', articles: [3], text: 'Why?', document: 'doc', section: 'Article 3' },
    { id: 'q2', articles: [2, 11], text: 'How?', document: 'doc', section: 'Article 2' },
  ],
};
const events = [
  makeEvent('a', { articles: [2, 11], sources: ['s2'] }),
  makeEvent('b', { articles: [3], sources: ['s1'] }),
  makeEvent('c', { articles: [] }),
  makeEvent('d', { articles: [11], sources: ['s1'] }),
];
const index = buildEventIndex(events, d);

describe('briefModel', () => {
  it('groups visible events by article in the given order, with the questions', () => {
    const m = briefModel([3, 2, 0, 1], index, d);
    expect(
      m.sections.map((s) => [s.article.number, s.events, s.questions.map((q) => q.id)]),
    ).toEqual([
      [2, [0], ['q2']],
      [3, [1], ['q1']],
      [11, [3, 0], ['q2']],
    ]);
    expect(m.unassigned).toEqual([2]);
    expect(m.count).toBe(4);
    // Endnotes in reading order: article 2's event cites s2 first.
    expect(m.citations.list.map((c) => c.source.id)).toEqual(['s2', 's1']);
  });

  it('keeps every article, even with no event in view', () => {
    const m = briefModel([1], index, d);
    expect(m.sections.map((s) => s.events.length)).toEqual([0, 1, 0]);
  });
});
