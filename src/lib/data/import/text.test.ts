import { describe, expect, it } from 'vitest';
import { slugify } from './text';

describe('slugify', () => {
  it('makes readable ids from any script, transliterated as search folds it', () => {
    expect(slugify('Excessive force against protesters')).toBe(
      'excessive-force-against-protesters',
    );
    expect(slugify('Пытки')).toBe('pytki');
    expect(slugify('Қамауға алу')).toBe('kamauga-alu');
    expect(slugify('Détention arbitraire')).toBe('detention-arbitraire');
  });

  it('is empty when nothing id-like remains, and keeps to its length', () => {
    expect(slugify('2022 — 1')).toBe('');
    expect(slugify('a'.repeat(80), 10)).toBe('aaaaaaaaaa');
  });
});
