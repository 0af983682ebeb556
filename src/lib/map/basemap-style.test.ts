import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_TILES } from './basemap-archive';
import { basemapStyle, labelKeys, PALETTES } from './basemap-style';
import { FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import { unicodeRanges } from '../../../tests/support/unicode-range';

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

function textField(lang: string, id: string): unknown {
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
    // No glyph server, no sprite, no tile server: labels come from font-faces, tiles from the
    // app's own archive through the pmtiles protocol (basemap-archive.ts), which names no host.
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources)).toEqual([
      expect.objectContaining({ type: 'vector', url: BASEMAP_TILES }),
    ]);
    expect(BASEMAP_TILES).toMatch(/^pmtiles:\/\/[a-z-]+$/);
    const urls = [...strings(style)].filter(([, s]) => s !== BASEMAP_TILES && looksLikeUrl(s));
    // The fonts are URLs, so the walk does see some (it is not vacuous).
    expect(urls.length).toBeGreaterThanOrEqual(10);
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
        expect(unicodeRanges(ranges)(ch.codePointAt(0)!), `${ch} in ${name}`).toBe(true);
      }
    }
  });

  it('draws Chinese labels from Noto Sans SC once the page has its files, after Noto Sans', () => {
    const cjk = [
      {
        url: '/assets/sc-1.woff2',
        semibold: '/assets/sc-1-600.woff2',
        range: 'U+4e2d,U+56fd,U+20-7e',
      },
    ];
    const style = basemapStyle({ lang: 'zh', theme: 'light', cjk });
    for (const name of [FONT_REGULAR, FONT_SEMIBOLD]) {
      const faces = style['font-faces']![name] as { url: string; 'unicode-range': string[] }[];
      const sc = faces.findIndex((f) => f.url.endsWith('/assets/sc-1.woff2'));
      expect(sc, name).toBeGreaterThan(0);
      expect(faces[sc]!['unicode-range']).toContain('U+4e2d');
      // Listed last: maplibre takes the first file that covers a letter, so Latin stays Noto Sans.
      expect(sc).toBe(faces.length - 1);
    }
    expect(JSON.stringify(basemapStyle({ lang: 'zh', theme: 'light' }))).not.toContain('sc-1');
  });

  it('labels in the chosen language, falling back to English', () => {
    for (const id of ['basemap-city-labels', 'basemap-country-labels', 'basemap-region-labels']) {
      expect(textField('ru', id)).toEqual(['coalesce', ['get', 'name_ru'], ['get', 'name_en']]);
      expect(textField('en', id)).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_en']]);
    }
  });

  it('tries the interface language, then (Kazakh) Russian, then English', () => {
    expect(labelKeys('ar')).toEqual(['name_ar', 'name_en']);
    expect(labelKeys('kk')).toEqual(['name_kk', 'name_ru', 'name_en']);
  });

  /** The label a layer's text-field gives a feature with these properties, in a language. */
  function label(lang: string, id: string, properties: Record<string, string>): unknown {
    const parsed = createExpression(textField(lang, id), {
      type: 'string',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
    } as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never);
  }

  it.each(['basemap-city-labels', 'basemap-town-labels'])(
    'names a place in the interface language when the tiles carry it (%s)',
    (id) => {
      const cairo = {
        name_en: 'Cairo',
        name_ru: 'Каир',
        name_ar: 'القاهرة',
        name_zh: '开罗',
        name_fr: 'Le Caire',
        name_es: 'El Cairo',
      };
      for (const lang of ['en', 'ru', 'ar', 'zh', 'fr', 'es'])
        expect(label(lang, id, cairo), lang).toBe(cairo[`name_${lang}` as keyof typeof cairo]);
      // No Kazakh name: the Russian one, in the same script; none in Russian either: English.
      expect(label('kk', id, cairo)).toBe('Каир');
      expect(label('kk', id, { ...cairo, name_kk: 'Каир қаласы' })).toBe('Каир қаласы');
      expect(label('kk', id, { name_en: 'Zahle' })).toBe('Zahle');
      // A town with only its own name keeps it in every language.
      for (const lang of ['en', 'ru', 'ar', 'zh', 'fr', 'es'])
        expect(label(lang, id, { name_en: 'Zahle' }), lang).toBe('Zahle');
    },
  );

  it('draws regions and places only from a country zoom on', () => {
    const style = basemapStyle({ lang: 'en', theme: 'light' });
    const minzoom = (id: string) => style.layers.find((l) => l.id === id)?.minzoom ?? 0;
    expect(minzoom('basemap-region-boundaries')).toBeGreaterThanOrEqual(4);
    expect(minzoom('basemap-region-labels')).toBeGreaterThanOrEqual(5);
    expect(minzoom('basemap-city-labels')).toBeGreaterThanOrEqual(3);
    expect(minzoom('basemap-town-labels')).toBeGreaterThanOrEqual(7);
  });

  /** WCAG 2 contrast ratio of two '#rrggbb' colours. */
  function contrast(a: string, b: string): number {
    const lum = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => {
        const v = parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  }

  it.each(['light', 'dark'] as const)(
    'writes every label at 4.5:1 or more on land, sea and its halo (%s)',
    (theme) => {
      expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
      const style = basemapStyle({ lang: 'en', theme });
      const p = PALETTES[theme];
      const labels = style.layers.filter((l) => l.type === 'symbol') as SymbolLayerSpecification[];
      expect(labels.length).toBeGreaterThanOrEqual(4);
      for (const layer of labels) {
        const text = layer.paint?.['text-color'] as string;
        const halo = layer.paint?.['text-halo-color'] as string;
        expect(layer.paint?.['text-halo-width'], layer.id).toBeGreaterThanOrEqual(1);
        for (const ground of [p.land, p.sea, halo]) {
          expect(contrast(text, ground), `${layer.id} on ${ground}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );
});
