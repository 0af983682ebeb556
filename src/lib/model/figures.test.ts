import { describe, expect, it } from 'vitest';
import { figureMessage, groupFigures } from './figures';

describe('figures', () => {
  it('groups by kind and gives the range where sources differ', () => {
    const g = groupFigures([
      { kind: 'killed', min: 227, qualifier: 'more-than', source: 'fn3' },
      { kind: 'killed', value: 238, source: 'other' },
      { kind: 'detained', value: 10000, qualifier: 'about', source: 'fn3' },
    ]);
    expect(g.map((x) => [x.kind, x.figures.length, x.range])).toEqual([
      ['killed', 2, [227, 238]],
      ['detained', 1, null],
    ]);
  });

  it('states each figure with its qualifier', () => {
    expect(
      figureMessage({ kind: 'killed', min: 227, qualifier: 'more-than', source: 's' }),
    ).toEqual({
      key: 'figure.more-than',
      params: { value: 227 },
    });
    expect(figureMessage({ kind: 'k', value: 9, source: 's' })).toEqual({
      key: 'figure.value',
      params: { value: 9 },
    });
    expect(figureMessage({ kind: 'k', value: 10000, qualifier: 'about', source: 's' }).key).toBe(
      'figure.about',
    );
    expect(figureMessage({ kind: 'k', min: 10, max: 12, source: 's' })).toEqual({
      key: 'figure.range',
      params: { min: 10, max: 12 },
    });
    expect(figureMessage({ kind: 'k', max: 5, source: 's' }).key).toBe('figure.fewer-than');
  });
});
