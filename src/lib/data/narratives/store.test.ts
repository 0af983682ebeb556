import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Narrative } from '../../model/schema';
import { loadNarratives, saveNarratives } from './store';

const n = (id: string): Narrative => ({
  id,
  title: id,
  steps: [{ id: 's', title: 'S', text: 'T', events: ['gone'] }],
});

describe('IndexedDB store of written narratives', () => {
  it('keeps each dataset its own narratives, in order, and forgets them when emptied', async () => {
    expect(await loadNarratives('a')).toEqual([]);
    await saveNarratives('a', [n('x'), n('y')]);
    await saveNarratives('b', [n('z')]);
    expect((await loadNarratives('a')).map((x) => x.id)).toEqual(['x', 'y']);
    expect(await loadNarratives('b')).toEqual([n('z')]);
    await saveNarratives('a', []);
    expect(await loadNarratives('a')).toEqual([]);
    expect(await loadNarratives('b')).toHaveLength(1);
  });
});
