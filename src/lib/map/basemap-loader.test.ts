import { describe, expect, it } from 'vitest';
import { dueSources, LOAD_AHEAD } from './basemap-loader';

const SOURCES = [
  { id: 'country', url: '/c.json', zoom: 3, maxzoom: 6 },
  { id: 'close', url: '/z.json', zoom: 6 },
];

describe('dueSources', () => {
  it('loads nothing finer at world zoom', () => {
    expect(dueSources(1.5, SOURCES, new Set())).toEqual([]);
  });

  it('loads a source one zoom before it is drawn, and only once', () => {
    expect(dueSources(3 - LOAD_AHEAD, SOURCES, new Set()).map((s) => s.id)).toEqual(['country']);
    expect(dueSources(6, SOURCES, new Set()).map((s) => s.id)).toEqual(['country', 'close']);
    expect(dueSources(6, SOURCES, new Set(['country'])).map((s) => s.id)).toEqual(['close']);
  });

  it('does not load a coarse source for a view past its zooms', () => {
    expect(dueSources(10, SOURCES, new Set()).map((s) => s.id)).toEqual(['close']);
  });
});
