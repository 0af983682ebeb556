import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { formatIssue } from '../model/validate';
import { loadDataset, type ReadFile } from './load';

function reader(files: Record<string, unknown>): ReadFile {
  return async (path) => {
    if (!(path in files)) throw new Error('no such file');
    const v = files[path];
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
}

const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('loadDataset', () => {
  it('loads a valid dataset and its narratives', async () => {
    const r = await loadDataset(
      'dataset.json',
      reader({
        'dataset.json': { ...DESCRIPTION, narratives: ['n.json'] },
        'events.geojson': collection([makeEvent('a'), makeEvent('b')]),
        'n.json': {
          id: 'n',
          title: 'Story',
          steps: [{ id: 's1', title: 'One', text: 'Text', events: ['a'] }],
        },
      }),
      'bundled',
    );
    expect(r.ok && r.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(r.ok && r.dataset.narratives.map((n) => n.id)).toEqual(['n']);
  });

  it('keeps the valid events and names each invalid one', async () => {
    const bad = makeEvent('bad', { date: { start: '2022-02-30' } });
    const r = await loadDataset(
      'dataset.json',
      reader({ 'dataset.json': DESCRIPTION, 'events.geojson': collection([makeEvent('a'), bad]) }),
      'bundled',
    );
    if (!r.ok) throw new Error('expected a dataset');
    expect(r.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(r.dataset.issues.map(formatIssue)).toEqual([
      'events.geojson, feature 2 (id bad), properties.date.start: "2022-02-30" is not a day of the calendar (2022-02 has 28 days)',
    ]);
  });

  it('says which file is not JSON', async () => {
    const r = await loadDataset(
      'dataset.json',
      reader({
        'dataset.json': DESCRIPTION,
        'events.geojson': '{"type": "FeatureCollection", "features": [',
      }),
      'bundled',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatIssue(r.issues[0]!)).toMatch(/^events\.geojson, \(file\): is not valid JSON: /);
  });

  it('says when a file cannot be read', async () => {
    const r = await loadDataset('dataset.json', reader({}), 'url');
    expect(!r.ok && formatIssue(r.issues[0]!)).toBe(
      'dataset.json, (file): could not be read: no such file',
    );
  });

  it('reports a narrative step that names an unknown event, and keeps the dataset', async () => {
    const r = await loadDataset(
      'dataset.json',
      reader({
        'dataset.json': { ...DESCRIPTION, narratives: ['n.json'] },
        'events.geojson': collection([makeEvent('a')]),
        'n.json': {
          id: 'n',
          title: 'Story',
          steps: [{ id: 's1', title: 'One', text: 'T', events: ['zzz'] }],
        },
      }),
      'bundled',
    );
    if (!r.ok) throw new Error('expected a dataset');
    expect(r.dataset.narratives).toEqual([]);
    expect(r.dataset.issues.map(formatIssue)).toEqual([
      'n.json, step 1 (id s1), steps[0].events[0]: event "zzz" is not in the dataset',
    ]);
  });
});
