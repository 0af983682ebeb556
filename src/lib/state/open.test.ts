import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../data/load';
import type { LoadedDataset } from '../data/types';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { AppState } from './app-state.svelte';
import { openChoice, openFromLink, type DatasetSources } from './open';

const BASE = 'http://127.0.0.1:4173/';

function dataset(id: string, origin: LoadedDataset['origin'] = 'bundled'): LoadedDataset {
  return {
    description: { ...DESCRIPTION, id },
    events: [
      makeEvent('a', { articles: [2], date: { start: '2022-01-05' } }),
      makeEvent('b', { articles: [3], date: { start: '2022-01-06' } }),
    ],
    narratives: [],
    issues: [],
    origin,
  };
}

/** Sources that record what was asked of them. */
function fakeSources(over: Partial<DatasetSources> = {}) {
  const asked: string[] = [];
  const sources: DatasetSources = {
    bundledIds: ['kz', 'other'],
    defaultId: 'kz',
    bundled: async (id) => (asked.push(`bundled:${id}`), { ok: true, dataset: dataset(id) }),
    stored: async (id) => (
      asked.push(`stored:${id}`),
      id === 'mine' ? dataset(id, 'import') : null
    ),
    url: async (href) => (
      asked.push(`url:${href}`),
      { ok: true, dataset: dataset('served', 'url') }
    ),
    narratives: async (id) =>
      id === 'mine'
        ? [
            {
              id: 'written',
              title: 'Written',
              steps: [{ id: 's', title: 'S', text: 'T', events: ['b'] }],
            },
          ]
        : [],
    ...over,
  };
  return { sources, asked };
}

describe('openFromLink', () => {
  it('opens the default bundled dataset for a bare address, on its densest period', async () => {
    const app = new AppState();
    const { sources, asked } = fakeSources();
    expect(await openFromLink(app, BASE, sources)).toBeNull();
    expect(asked).toEqual(['bundled:kz']);
    expect(app.description?.id).toBe('kz');
    expect(app.window).not.toBeNull();
    expect(app.notices).toEqual([]);
  });

  it('opens a bundled dataset by id, with the view the link describes', async () => {
    const app = new AppState();
    const { sources, asked } = fakeSources();
    await openFromLink(app, `${BASE}#d=other&a=3&sel=b&lang=ru`, sources);
    expect(asked).toEqual(['bundled:other']);
    expect(app.articles).toEqual([3]);
    expect(app.selectedEvent?.id).toBe('b');
    expect(app.locale.lang).toBe('ru');
  });

  it('says in a notice which parameters of the link it ignored', async () => {
    const app = new AppState();
    const { sources } = fakeSources();
    await openFromLink(app, `${BASE}?utm_source=x#d=other&lang=xx&a=3`, sources);
    expect(app.articles).toEqual([3]);
    expect(app.notices).toEqual([
      { key: 'notice.ignoredParams', params: { list: 'utm_source=x, lang=xx' } },
    ]);
  });

  it('opens a stored dataset by its id', async () => {
    const app = new AppState();
    const { sources, asked } = fakeSources();
    await openFromLink(app, `${BASE}#d=mine`, sources);
    expect(asked).toEqual(['stored:mine']);
    expect(app.dataset?.origin).toBe('import');
  });

  it('opens a narrative written in this browser at the step its link names', async () => {
    const app = new AppState();
    const { sources } = fakeSources();
    await openFromLink(app, `${BASE}#d=mine&view=present&n=written&s=1`, sources);
    expect(app.narratives.map((n) => n.id)).toEqual(['written']);
    expect(app.view).toBe('present');
    expect(app.currentStep?.events).toEqual([1]);
  });

  it('falls back to the default and says so when a stored dataset is gone', async () => {
    const app = new AppState();
    const { sources, asked } = fakeSources();
    await openFromLink(app, `${BASE}#d=gone&a=30`, sources);
    expect(asked).toEqual(['stored:gone', 'bundled:kz']);
    expect(app.notices).toEqual([
      { key: 'notice.dataset', params: { id: 'gone' } },
      { key: 'notice.articles', params: { list: '30' } },
    ]);
  });

  it('treats storage that cannot be read as a dataset that is gone', async () => {
    const app = new AppState();
    const { sources } = fakeSources({
      stored: () => Promise.reject(new Error('IndexedDB is disabled')),
    });
    expect(await openFromLink(app, `${BASE}#d=mine`, sources)).toBeNull();
    expect(app.description?.id).toBe('kz');
    expect(app.notices[0]?.key).toBe('notice.dataset');
  });

  it('reads ?data= against the address it is given', async () => {
    const app = new AppState();
    const { sources, asked } = fakeSources();
    await openFromLink(app, `${BASE}sub/?data=files/events.csv`, sources);
    expect(asked).toEqual([`url:${BASE}sub/files/events.csv`]);
    expect(app.dataset?.origin).toBe('url');
  });

  it('returns the issues when nothing can be opened, in the link’s language', async () => {
    const app = new AppState();
    const issues = [{ severity: 'error' as const, file: 'x.csv', path: '(file)', message: 'no' }];
    const { sources } = fakeSources({
      url: async (): Promise<LoadResult> => ({ ok: false, issues }),
    });
    expect(await openFromLink(app, `${BASE}?data=x.csv#lang=ru`, sources)).toEqual(issues);
    expect(app.dataset).toBeNull();
    expect(app.locale.lang).toBe('ru');
  });
});

describe('openChoice', () => {
  it('opens the reader’s choice with a fresh view and a history entry of its own', async () => {
    const app = new AppState();
    const { sources } = fakeSources();
    await openFromLink(app, `${BASE}#a=3&q=x`, sources);
    const mark = app.historyMark;
    expect(await openChoice(app, { bundled: 'other' }, sources)).toBe(true);
    expect(app.description?.id).toBe('other');
    expect(app.articles).toEqual([]);
    expect(app.text).toBe('');
    expect(app.historyMark).toBe(mark + 1);
  });

  it('opens a freshly imported dataset as it is, and a stored one by id', async () => {
    const app = new AppState();
    const { sources, asked } = fakeSources();
    expect(await openChoice(app, { dataset: dataset('fresh', 'import') }, sources)).toBe(true);
    expect(app.description?.id).toBe('fresh');
    expect(app.written).toEqual([]);
    expect(await openChoice(app, { imported: 'mine' }, sources)).toBe(true);
    expect(asked).toEqual(['stored:mine']);
    expect(app.written.map((n) => n.id)).toEqual(['written']);
  });

  it('keeps the current dataset when the choice cannot be opened', async () => {
    const app = new AppState();
    const { sources } = fakeSources({
      bundled: async (id) =>
        id === 'kz'
          ? { ok: true, dataset: dataset('kz') }
          : { ok: false, issues: [{ severity: 'error', file: 'f', path: '', message: 'm' }] },
    });
    await openFromLink(app, BASE, sources);
    expect(await openChoice(app, { bundled: 'other' }, sources)).toBe(false);
    expect(await openChoice(app, { imported: 'gone' }, sources)).toBe(false);
    expect(app.description?.id).toBe('kz');
  });
});
