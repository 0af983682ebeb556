import { describe, expect, it } from 'vitest';
import { recallMapping, rememberMapping } from './mapping-memory';

class MemoryStorage {
  #m = new Map<string, string>();
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.#m.set(k, v);
  }
}

describe('mapping memory', () => {
  it('remembers a mapping by header fingerprint', () => {
    const s = new MemoryStorage() as unknown as Storage;
    expect(recallMapping('abc', s)).toBeUndefined();
    rememberMapping('abc', { format: 'generic', columns: { date: 'When', title: 'What' } }, s);
    rememberMapping('def', { format: 'generic', columns: { date: 'D' } }, s);
    expect(recallMapping('abc', s)).toEqual({
      format: 'generic',
      columns: { date: 'When', title: 'What' },
    });
  });

  it('survives a corrupted store', () => {
    const s = new MemoryStorage() as unknown as Storage;
    s.setItem('casemap.mappings', '{not json');
    expect(recallMapping('abc', s)).toBeUndefined();
  });
});
