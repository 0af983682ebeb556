import { translate } from '../i18n/translate';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Position } from 'geojson';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import borders from '../../../data/basemap/borders.json';
import cities from '../../../data/basemap/cities.json';
import countries from '../../../data/basemap/countries.json';
import oblasts from '../../../data/basemap/oblasts.json';
import { BASEMAP_EXTENT, basemapStyle, KAZAKHSTAN_BOUNDS } from './basemap-style';
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
    // No glyph server, no sprite, no tiles: labels come from font-faces, data is inline.
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
    const urls = [...strings(style)].filter(([, s]) => looksLikeUrl(s));
    // The fonts are URLs, so the walk does see some (it is not vacuous).
    expect(urls.length).toBeGreaterThanOrEqual(8);
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

  it('credits its sources in the interface language', () => {
    const credit = translate('fr', 'map.credit');
    const style = basemapStyle({ lang: 'fr', theme: 'light', credit });
    expect(JSON.stringify(style.sources)).toContain(JSON.stringify(credit));
    expect(credit).toMatch(/^Fond de carte : Natural Earth/);
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
      // Ә Қ Ң Ө Ұ Ү І Һ, Latin, and Arabic (ت ع ذ ي ب).
      for (const ch of 'ӘҚҢӨҰҮІҺAzتعذيب') {
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
    for (const id of ['basemap-city-labels', 'basemap-country-labels', 'basemap-oblast-labels']) {
      expect(textField('ru', id)).toEqual(['coalesce', ['get', 'name_ru'], ['get', 'name_en']]);
      expect(textField('en', id)).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_en']]);
    }
  });
});

describe('basemap data', () => {
  const all = { borders, cities, countries, oblasts } as Record<string, FeatureCollection>;

  function* positions(c: unknown): Generator<Position> {
    if (Array.isArray(c) && typeof c[0] === 'number') yield c as Position;
    else if (Array.isArray(c)) for (const x of c) yield* positions(x);
  }

  it.each(Object.keys(all))('%s lies inside BASEMAP_EXTENT', (name) => {
    const [w, s, e, n] = BASEMAP_EXTENT;
    let count = 0;
    for (const f of all[name]!.features) {
      for (const [x, y] of positions((f.geometry as { coordinates: unknown }).coordinates)) {
        count++;
        expect(x! >= w && x! <= e && y! >= s && y! <= n, `${name}: ${x},${y}`).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('names every city and labelled country in English and Russian', () => {
    const named = [
      ...(cities as FeatureCollection).features,
      ...(countries as FeatureCollection).features.filter((f) => f.properties?.kind === 'label'),
      ...(oblasts as FeatureCollection).features.filter((f) => f.properties?.kind === 'label'),
    ];
    for (const f of named) {
      expect(f.properties?.name_en).toMatch(/\S/);
      expect(f.properties?.name_ru).toMatch(/[А-яЁё]/);
    }
  });

  it('has the main cities of Kazakhstan inside its initial view', () => {
    const [w, s, e, n] = KAZAKHSTAN_BOUNDS;
    const byName = new Map(
      (cities as FeatureCollection).features.map((f) => [f.properties?.name_en, f]),
    );
    for (const name of ['Astana', 'Almaty', 'Shymkent', 'Zhanaozen', 'Aktau', 'Oskemen']) {
      const f = byName.get(name);
      expect(f, name).toBeDefined();
      const [x, y] = (f!.geometry as { coordinates: Position }).coordinates;
      expect(x! >= w && x! <= e && y! >= s && y! <= n, name).toBe(true);
      expect(f!.properties?.kz).toBe(true);
    }
    expect(byName.get('Astana')?.properties?.capital).toBe(true);
  });
});
