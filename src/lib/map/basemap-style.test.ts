import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from './basemap-style';

const VARIANTS = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'ru', theme: 'light' },
  { lang: 'ru', theme: 'dark' },
] as const;

describe('basemapStyle', () => {
  it.each(VARIANTS)('is a valid maplibre style ($lang, $theme)', (options) => {
    expect(validateStyleMin(basemapStyle(options))).toEqual([]);
  });
});
