import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../../tests/support/storage';
import { recallMapping, rememberMapping } from './mapping-memory';

describe('mapping memory', () => {
  it('remembers a mapping by header fingerprint', () => {
    const s = memoryStorage();
    expect(recallMapping('abc', s)).toBeUndefined();
    rememberMapping('abc', { format: 'generic', columns: { date: 'When', title: 'What' } }, s);
    rememberMapping('def', { format: 'generic', columns: { date: 'D' } }, s);
    expect(recallMapping('abc', s)).toEqual({
      format: 'generic',
      columns: { date: 'When', title: 'What' },
    });
  });

  it('survives a corrupted store', () => {
    const s = memoryStorage();
    s.setItem('casemap.mappings', '{not json');
    expect(recallMapping('abc', s)).toBeUndefined();
  });
});
