import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../filter/event-index';
import type { Narrative } from '../model/schema';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { narrativeBrief } from './narrative-brief';

const events = [
  makeEvent('a', { articles: [2], date: { start: '2022-01-05' }, sources: ['src1'] }),
  makeEvent('b', { articles: [3], date: { start: '2022-01-20' } }),
  makeEvent('c', { articles: [2], date: { start: '2021-06-01' }, sources: ['src1'] }),
];
const index = buildEventIndex(events, DESCRIPTION);

const narrative: Narrative = {
  id: 'n',
  title: 'N',
  steps: [
    { id: 's1', title: 'One', text: 'First', events: ['c'], filters: { articles: [2] } },
    { id: 's2', title: 'Two', text: 'Second', events: ['gone'], time: ['2022-01', '2022-01'] },
    {
      id: 's3',
      title: 'Three',
      text: 'Played',
      events: ['a'],
      play: { from: '2022-01-01', to: '2022-01-10', speed: 'day' },
    },
  ],
};

describe('narrativeBrief', () => {
  const brief = narrativeBrief(narrative, index, DESCRIPTION);

  it('keeps the narrative order, one printed step per step', () => {
    expect(brief.steps.map((s) => s.step.id)).toEqual(['s1', 's2', 's3']);
  });

  it('draws each step as presenting shows it: its filters, its time, the events it names', () => {
    const ids = (xs: number[]) => xs.map((i) => index.ids[i]);
    // Article 2, any time, in time order.
    expect(ids(brief.steps[0]!.drawn)).toEqual(['c', 'a']);
    expect(brief.steps[0]!.window).toBeNull();
    // January 2022.
    expect(ids(brief.steps[1]!.drawn)).toEqual(['a', 'b']);
    expect(brief.steps[1]!.window).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    // The dates it plays through.
    expect(ids(brief.steps[2]!.drawn)).toEqual(['a']);
    expect(brief.steps[2]!.window).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)]);
  });

  it('numbers the sources of the named events across the narrative, as endnotes', () => {
    expect(brief.citations.list.map((c) => c.source.id)).toEqual(['src1']);
    expect(brief.steps.map((s) => s.notes)).toEqual([[1], [], [1]]);
    expect(brief.steps[1]!.state.missing).toEqual(['gone']);
  });

  it('draws a step under every filter it saved: places, text, brushed dates, only in view', () => {
    const more = buildEventIndex(
      [
        makeEvent('a', { title: 'Police beat a protester' }),
        makeEvent('b', { title: 'Police detain a journalist', date: { start: '2022-01-20' } }),
        makeEvent('c', {
          title: 'Police in Aktobe',
          place: { name: 'Aktobe', country: 'KZ', precision: 'city' },
        }),
        makeEvent('d', { title: 'Police far away', lonlat: [10, 10] }),
      ],
      DESCRIPTION,
    );
    const step = (
      filters: Narrative['steps'][number]['filters'],
      map?: [number, number, number, number],
    ) =>
      narrativeBrief(
        {
          id: 'x',
          title: 'X',
          steps: [
            {
              id: 's',
              title: 'S',
              text: 'T',
              events: [],
              filters,
              ...(map ? { map: { bounds: map } } : {}),
            },
          ],
        },
        more,
        DESCRIPTION,
      ).steps[0]!.drawn.map((i) => more.ids[i]);
    expect(step({ places: ['Aktobe'] })).toEqual(['c']);
    expect(step({ text: 'journalist' })).toEqual(['b']);
    expect(step({ time: ['2022-01-01', '2022-01-10'] })).toEqual(['a', 'c', 'd']);
    expect(step({ inView: true }, [70, 40, 80, 46])).toEqual(['a', 'c', 'b']);
  });
});
