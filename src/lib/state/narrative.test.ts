import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../filter/event-index';
import type { DatasetDescription, EventFeature, Narrative, NarrativeStep } from '../model/schema';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { clampStep, findNarrative, keyCommand, navigate, stepState, stepView } from './narrative';

const events = [makeEvent('a'), makeEvent('b'), makeEvent('c')];
const index = buildEventIndex(events, DESCRIPTION);
const known = { articles: [2, 3, 11], categories: ['protest', 'torture', 'deportation'] };

const step = (over: Partial<NarrativeStep> = {}): NarrativeStep => ({
  id: 's',
  title: 'Step',
  text: 'Text',
  events: [],
  ...over,
});

describe('stepState', () => {
  it('highlights the named events over the index, in the step order, and names the missing', () => {
    const s = stepState(step({ events: ['c', 'gone', 'a', 'c'] }), index, known);
    expect([...s.highlight]).toEqual([1, 0, 1]);
    expect(s.events).toEqual([2, 0]);
    expect(s.missing).toEqual(['gone']);
  });

  it('reads the time window as partial dates, the end inclusive', () => {
    expect(stepState(step({ time: ['2022-01', '2022-01-31'] }), index, known).time).toEqual([
      Date.UTC(2022, 0, 1),
      Date.UTC(2022, 1, 1),
    ]);
    expect(stepState(step({ time: ['2014', '2022-01'] }), index, known).time).toEqual([
      Date.UTC(2014, 0, 1),
      Date.UTC(2022, 1, 1),
    ]);
    expect(stepState(step(), index, known).time).toBeNull();
    expect(stepState(step({ time: ['2022-02', '2022-01'] }), index, known).time).toBeNull();
  });

  it('takes bounds, or a centre and zoom, for the map', () => {
    expect(stepState(step({ map: { bounds: [1, 2, 3, 4] } }), index, known).map).toEqual({
      bounds: [1, 2, 3, 4],
    });
    expect(stepState(step({ map: { center: [76.9, 43.2], zoom: 9 } }), index, known).map).toEqual({
      center: [76.9, 43.2],
      zoom: 9,
    });
    expect(stepState(step(), index, known).map).toBeNull();
  });

  it('keeps only the filters the dataset knows', () => {
    const s = stepState(
      step({ filters: { articles: [2, 5], categories: ['torture', 'nope'] } }),
      index,
      known,
    );
    expect(s.articles).toEqual([2]);
    expect(s.categories).toEqual(['torture']);
  });
});

describe('stepView', () => {
  const withSources = [
    makeEvent('a', { sources: ['src1'] }),
    makeEvent('b'),
    makeEvent('c', { sources: ['src1'] }),
  ];
  const idx = buildEventIndex(withSources, DESCRIPTION);
  const narrative: Narrative = {
    id: 'n',
    title: 'Story',
    steps: [
      step({ id: 's1', events: ['c', 'a'], filters: { articles: [3, 99] } }),
      step({ id: 's2', events: ['b', 'gone'] }),
    ],
  };

  it('is the step with its place in the narrative, what it implies and its sources', () => {
    const v = stepView(narrative, 1, idx, DESCRIPTION)!;
    expect(v.step.id).toBe('s1');
    expect([v.number, v.count, v.next?.id]).toEqual([1, 2, 's2']);
    expect(v.articles).toEqual([3]);
    expect(v.events).toEqual([2, 0]);
    expect(v.citations.list.map((c) => [c.n, c.source.id, c.events])).toEqual([
      [1, 'src1', [2, 0]],
    ]);
    expect(v.citations.byEvent.get(2)).toEqual([1]);
  });

  it('clamps the number, starts at the first, and has no next at the last', () => {
    const last = stepView(narrative, 9, idx, DESCRIPTION)!;
    expect([last.number, last.step.id, last.next, last.missing]).toEqual([2, 's2', null, ['gone']]);
    expect(stepView(narrative, null, idx, DESCRIPTION)!.number).toBe(1);
  });

  it('is null without a narrative or without steps', () => {
    expect(stepView(null, 1, idx, DESCRIPTION)).toBeNull();
    expect(stepView({ ...narrative, steps: [] }, 1, idx, DESCRIPTION)).toBeNull();
  });
});

describe('navigation', () => {
  it('clamps to the narrative', () => {
    expect(clampStep(0, 5)).toBe(1);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(2.7, 5)).toBe(2);
    expect(clampStep(NaN, 5)).toBe(1);
    expect(clampStep(3, 0)).toBe(1);
  });

  it('moves next, previous, first, last and by number', () => {
    expect(navigate(1, 5, { kind: 'next' })).toBe(2);
    expect(navigate(5, 5, { kind: 'next' })).toBe(5);
    expect(navigate(1, 5, { kind: 'prev' })).toBe(1);
    expect(navigate(3, 5, { kind: 'prev' })).toBe(2);
    expect(navigate(3, 5, { kind: 'first' })).toBe(1);
    expect(navigate(3, 5, { kind: 'last' })).toBe(5);
    expect(navigate(1, 5, { kind: 'jump', step: 9 })).toBe(5);
    expect(navigate(2, 5, { kind: 'exit' })).toBeNull();
  });
});

describe('keys', () => {
  it('maps clicker, keyboard and digit keys', () => {
    expect(keyCommand({ key: 'PageDown' })).toEqual({ kind: 'next' });
    expect(keyCommand({ key: 'PageUp' })).toEqual({ kind: 'prev' });
    expect(keyCommand({ key: 'ArrowRight' })).toEqual({ kind: 'next' });
    expect(keyCommand({ key: 'ArrowLeft' })).toEqual({ kind: 'prev' });
    expect(keyCommand({ key: ' ' })).toEqual({ kind: 'next' });
    expect(keyCommand({ key: ' ', shiftKey: true })).toEqual({ kind: 'prev' });
    expect(keyCommand({ key: 'Home' })).toEqual({ kind: 'first' });
    expect(keyCommand({ key: 'End' })).toEqual({ kind: 'last' });
    expect(keyCommand({ key: 'Escape' })).toEqual({ kind: 'exit' });
    expect(keyCommand({ key: '3' })).toEqual({ kind: 'jump', step: 3 });
    expect(keyCommand({ key: '0' })).toBeNull();
    expect(keyCommand({ key: 'a' })).toBeNull();
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    expect(keyCommand({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyCommand({ key: '1', ctrlKey: true })).toBeNull();
    expect(keyCommand({ key: 'PageDown', metaKey: true })).toBeNull();
  });
});

describe('findNarrative', () => {
  const ns = [{ id: 'x' }, { id: 'y' }] as Narrative[];
  it('finds by id, else the first', () => {
    expect(findNarrative(ns, 'y')?.id).toBe('y');
    expect(findNarrative(ns, 'nope')?.id).toBe('x');
    expect(findNarrative(ns, null)?.id).toBe('x');
    expect(findNarrative([], 'x')).toBeNull();
  });
});

describe('the seed narratives', () => {
  const dir = 'data/kz-cat-2022';
  const d = JSON.parse(readFileSync(`${dir}/dataset.json`, 'utf8')) as DatasetDescription;
  const evs = (
    JSON.parse(readFileSync(`${dir}/events.geojson`, 'utf8')) as { features: EventFeature[] }
  ).features;
  const ix = buildEventIndex(evs, d);
  const k = {
    articles: d.articles.map((a) => a.number),
    categories: d.categories.map((c) => c.id),
  };
  for (const path of d.narratives ?? []) {
    const n = JSON.parse(readFileSync(`${dir}/${path}`, 'utf8')) as Narrative;
    it(`${n.id}: every step names events the dataset has, inside its own filters and time`, () => {
      for (const s of n.steps) {
        const st = stepState(s, ix, k);
        expect(st.missing, s.id).toEqual([]);
        expect(st.time, s.id).not.toBeNull();
        for (const i of st.events) {
          if (st.articles.length) {
            const bits = st.articles.map((a) => 1 << d.articles.findIndex((x) => x.number === a));
            expect(
              bits.some((b) => ix.articleMask[i]! & b),
              `${s.id}: ${ix.ids[i]} is under none of ${st.articles.join(', ')}`,
            ).toBe(true);
          }
        }
      }
    });
  }
});
