import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Position } from 'geojson';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import borders10m from '../../../data/basemap/borders-10m.json';
import borders110m from '../../../data/basemap/borders-110m.json';
import borders50m from '../../../data/basemap/borders-50m.json';
import cities from '../../../data/basemap/cities.json';
import countryLabels from '../../../data/basemap/country-labels.json';
import land10m from '../../../data/basemap/land-10m.json';
import land110m from '../../../data/basemap/land-110m.json';
import land50m from '../../../data/basemap/land-50m.json';
import regionLabels from '../../../data/basemap/region-labels.json';
import regions10m from '../../../data/basemap/regions-10m.json';
import regions from '../../../data/basemap/regions.json';
import towns from '../../../data/basemap/towns.json';
import { basemapStyle, LAZY_SOURCES } from './basemap-style';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

const VARIANTS = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'ru', theme: 'light' },
  { lang: 'ru', theme: 'dark' },
] as const;

/** Every string anywhere in a value, with the path that leads to it. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
  }
}

/**
 * A URL that stays on the app's origin: relative, root-relative (but not protocol-relative
 * `//host`), data: or blob:. Anything with another scheme or a host is off-origin.
 */
function staysOnOrigin(url: string): boolean {
  if (/^(data|blob):/i.test(url)) return true;
  if (url.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/**
 * Looks like a URL or a path to a file: the strings the origin check must see. (Not every
 * "word:" is a scheme: the attribution reads "Basemap: Natural Earth".)
 */
function looksLikeUrl(s: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\/|^(data|blob|file|javascript):|^\/\/|^\.{0,2}\//i.test(s) ||
    /\.(woff2?|ttf|otf|pbf|png|json|mjs|js)(\?|#|$)/i.test(s)
  );
}

function textField(lang: 'en' | 'ru', id: string): unknown {
  const layer = basemapStyle({ lang, theme: 'light' }).layers.find((l) => l.id === id) as
    SymbolLayerSpecification | undefined;
  return layer?.layout?.['text-field'];
}

describe('basemapStyle', () => {
  it.each(VARIANTS)('is a valid maplibre style ($lang, $theme)', (options) => {
    expect(validateStyleMin(basemapStyle(options))).toEqual([]);
  });

  it.each(VARIANTS)('points nowhere off the app origin ($lang, $theme)', (options) => {
    const style = basemapStyle(options);
    // No glyph server, no sprite, no tiles: labels come from font-faces, data from the app's
    // own files (checked with the other URLs below) or inline.
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(['object', 'string']).toContain(typeof (source as { data: unknown }).data);
    }
    for (const s of LAZY_SOURCES) expect(staysOnOrigin(s.url), s.url).toBe(true);
    const urls = [...strings(style)].filter(([, s]) => looksLikeUrl(s));
    // The fonts are URLs, so the walk does see some (it is not vacuous).
    expect(urls.length).toBeGreaterThanOrEqual(13);
    for (const [path, url] of urls) expect(staysOnOrigin(url), `${path}: ${url}`).toBe(true);
  });

  it('tells off-origin URLs from on-origin ones', () => {
    for (const url of [
      '/assets/a.woff2',
      './assets/a.woff2',
      'assets/a.woff2',
      'data:font/woff2;base64,AA',
      'blob:x',
    ]) {
      expect(staysOnOrigin(url), url).toBe(true);
    }
    for (const url of [
      'https://cdn.example/a.woff2',
      'http://127.0.0.2/x',
      '//cdn.example/a',
      'ftp://x',
    ]) {
      expect(staysOnOrigin(url), url).toBe(false);
    }
  });

  it('maps every text-font it uses to local files covering Latin, Cyrillic, Kazakh and Arabic', () => {
    const style = basemapStyle({ lang: 'ru', theme: 'light' });
    const used = new Set(JSON.stringify(style.layers).match(/Noto Sans \w+/g));
    expect([...used].sort()).toEqual([FONT_REGULAR, FONT_SEMIBOLD].sort());
    for (const name of used) {
      const faces = style['font-faces']?.[name];
      expect(Array.isArray(faces)).toBe(true);
      const ranges = (faces as { 'unicode-range'?: string[] }[]).flatMap(
        (f) => f['unicode-range'] ?? [],
      );
      // Ә Қ Ң Ө Ұ Ү І Һ, Latin, and Arabic letters in their shaped (presentation) forms too.
      for (const ch of 'ӘҚҢӨҰҮІҺAzعﻉﺏ') {
        const cp = ch.codePointAt(0)!;
        const covered = ranges.some((r) => {
          const [lo, hi] = r.replace('U+', '').split('-');
          const [a, b] = [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
          return cp >= a && cp <= b;
        });
        expect(covered, `${ch} in ${name}`).toBe(true);
      }
    }
  });

  it('labels in the chosen language, falling back to English', () => {
    for (const id of ['basemap-city-labels', 'basemap-country-labels', 'basemap-region-labels']) {
      expect(textField('ru', id)).toEqual(['coalesce', ['get', 'name_ru'], ['get', 'name_en']]);
      expect(textField('en', id)).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_en']]);
    }
  });

  it('draws no city-level data at world zoom, and starts without it', () => {
    const style = basemapStyle({ lang: 'en', theme: 'light' });
    const lazy = new Map(LAZY_SOURCES.map((s) => [s.id, s.zoom]));
    for (const layer of style.layers) {
      if (!('source' in layer) || !lazy.has(layer.source)) continue;
      // A layer of a lazily loaded source is drawn only from the zoom its source is loaded for.
      expect(layer.minzoom ?? 0, layer.id).toBeGreaterThanOrEqual(lazy.get(layer.source)!);
      const data = (style.sources[layer.source] as { data: FeatureCollection }).data;
      expect(data.features, layer.source).toEqual([]);
    }
    for (const id of ['basemap-land-10m', 'basemap-region-boundaries', 'basemap-city-labels']) {
      expect(style.layers.find((l) => l.id === id)?.minzoom, id).toBeGreaterThanOrEqual(3);
    }
    expect(style.layers.find((l) => l.id === 'basemap-land-110m')?.maxzoom).toBe(3);
  });
});

describe('basemap data', () => {
  const all = {
    land110m,
    land50m,
    land10m,
    borders110m,
    borders50m,
    borders10m,
    countryLabels,
    regions,
    regionLabels,
    regions10m,
    cities,
    towns,
  } as Record<string, FeatureCollection>;

  function* positions(c: unknown): Generator<Position> {
    if (Array.isArray(c) && typeof c[0] === 'number') yield c as Position;
    else if (Array.isArray(c)) for (const x of c) yield* positions(x);
  }

  function extent(collection: FeatureCollection): [number, number, number, number] {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of collection.features) {
      for (const [x, y] of positions((f.geometry as { coordinates: unknown }).coordinates)) {
        [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
      }
    }
    return [w, s, e, n];
  }

  it.each(Object.keys(all))('%s lies on the globe', (name) => {
    const [w, s, e, n] = extent(all[name]!);
    expect(w).toBeGreaterThanOrEqual(-180);
    expect(e).toBeLessThanOrEqual(180);
    expect(s).toBeGreaterThanOrEqual(-90);
    expect(n).toBeLessThanOrEqual(90);
  });

  it.each(['land110m', 'land50m', 'land10m'])(
    '%s covers the whole world, both sides of the antimeridian and the Arctic',
    (name) => {
      const [w, s, e, n] = extent(all[name]!);
      expect(w).toBeLessThan(-179.9);
      expect(e).toBeGreaterThan(179.9);
      expect(s).toBeLessThan(-80);
      expect(n).toBeGreaterThan(80);
      const isos = new Set(all[name]!.features.map((f) => f.properties?.iso));
      // Fiji straddles the antimeridian, Russia (Norilsk) reaches past 70° north.
      for (const iso of ['FJ', 'RU', 'KZ', 'BR', 'AU', 'ZA', 'US', 'FR']) {
        expect(isos.has(iso), iso).toBe(true);
      }
    },
  );

  it('names every country in the interface languages, and more', () => {
    const labels = (countryLabels as FeatureCollection).features;
    expect(labels.length).toBeGreaterThan(200);
    for (const f of labels) {
      expect(f.properties?.name_en).toMatch(/\S/);
      expect(f.properties?.name_ru).toMatch(/[А-яЁё]/);
      expect(f.properties?.name_ar).toMatch(/[\u0600-\u06ff]/);
      expect(f.properties?.name_zh).toMatch(/\S/);
    }
    const kz = labels.find((f) => f.properties?.iso === 'KZ');
    expect(kz?.properties?.name_kk).toBe('Қазақстан');
  });

  it('names every city and region label at least in English', () => {
    const named = [
      ...(cities as FeatureCollection).features,
      ...(towns as FeatureCollection).features,
      ...(regionLabels as FeatureCollection).features,
    ];
    expect(named.length).toBeGreaterThan(8000);
    for (const f of named)
      expect(f.properties?.name_en, JSON.stringify(f.properties)).toMatch(/\S/);
  });

  it('keeps the hand-named cities of Kazakhstan first, in English and Russian', () => {
    const byName = new Map(
      [...(cities as FeatureCollection).features, ...(towns as FeatureCollection).features].map(
        (f) => [f.properties?.name_en, f],
      ),
    );
    for (const [name, ru] of [
      ['Astana', 'Астана'],
      ['Almaty', 'Алматы'],
      ['Shymkent', 'Шымкент'],
      ['Zhanaozen', 'Жанаозен'],
      ['Aktau', 'Актау'],
      ['Oskemen', 'Усть-Каменогорск'],
    ]) {
      const f = byName.get(name);
      expect(f?.properties?.name_ru, name).toBe(ru);
      expect(f?.properties?.priority).toBeLessThan(60);
    }
    expect(byName.get('Astana')?.properties?.capital).toBe(true);
    for (const name of ['Suva', 'Norilsk', 'Buenos Aires', 'Nairobi', 'Sydney', 'Ottawa']) {
      expect(byName.has(name), name).toBe(true);
    }
  });

  it('draws the first-level boundaries of countries on every continent', () => {
    const labels = (regionLabels as FeatureCollection).features;
    expect(labels.every((f) => f.properties?.kind === 'label')).toBe(true);
    const countries = new Set(labels.map((f) => String(f.properties?.code).split('-')[0]));
    for (const iso of ['KZ', 'RU', 'CN', 'US', 'BR', 'NG', 'AU', 'FJ', 'FR']) {
      expect(countries.has(iso), iso).toBe(true);
    }
  });
});
