/**
 * The offline world basemap: a complete maplibre style over one vector-tile archive committed
 * under data/basemap/ (world.pmtiles, read by basemap-archive.ts) and fonts served by the app.
 * Nothing in it points off the app's origin: no tile server, no glyph server, no sprite.
 *
 * Detail grows with zoom, cut at build time (scripts/build-basemap.ts): the tiles of a world view
 * hold Natural Earth's 1:110m countries, those of a continent 1:50m, closer in 1:10m; first-level
 * regions and cities from a country's zoom on. A view decodes only the tiles it shows.
 *
 * Cartography: quiet greys, so that the event marks (Okabe–Ito colours) are the only colour on
 * the map. The light theme's tones stay apart in greyscale, so a black-and-white print keeps
 * land, borders and the sea distinct. Every label's text has a contrast of at least 4.5:1 with
 * the land, the sea and its halo (WCAG AA for text), in both themes.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../ui/theme';
import { BASEMAP_TILES } from './basemap-archive';
import { basemapFontFaces, FONT_REGULAR, FONT_SEMIBOLD } from './fonts';
import type { CjkFace } from '../ui/cjk-fonts';

export interface BasemapOptions {
  lang: string;
  theme: Theme;
  /** The credit line in the interface language (`map.credit`); English when not given. */
  credit?: string;
  /** Noto Sans SC's files, once the page has loaded them (ui/fonts.ts, `loadCjkFonts`). */
  cjk?: readonly CjkFace[];
}

/** The whole mapped world, [west, south, east, north]: the view when no event is located. */
export const WORLD_BOUNDS: [number, number, number, number] = [-170, -56, 180, 76];

/** Cities from this zoom, towns from TOWNS_FROM (the tiles carry them from one zoom less). */
const CITIES_FROM = 3;
const TOWNS_FROM = 7;
/** First-level boundaries from this zoom, region names from REGION_LABELS. */
const REGIONS_FROM = 4;
const REGION_LABELS = 5;

/** The style's one source: the archive's vector tiles. */
const SOURCE = 'basemap';

/** Natural Earth asks for no credit but gets it; GeoNames' CC BY 4.0 requires it. */
const BASEMAP_ATTRIBUTION =
  'Basemap: Natural Earth (public domain) · Cities: GeoNames (CC BY 4.0) · ' +
  'Fonts: Noto Sans (SIL Open Font License 1.1)';

interface Palette {
  sea: string;
  land: string;
  border: string;
  region: string;
  cityDot: string;
  /** Halo around dots and labels: the land under them, so a label reads without a box. */
  halo: string;
  cityLabel: string;
  countryLabel: string;
  regionLabel: string;
}

export const PALETTES: Record<BasemapOptions['theme'], Palette> = {
  light: {
    sea: '#dbe1e6',
    land: '#ebe9e3',
    border: '#8d8a82',
    region: '#b3b0a8',
    cityDot: '#4f4d48',
    halo: '#f4f3ef',
    cityLabel: '#3a3834',
    countryLabel: '#57554f',
    regionLabel: '#625f58',
  },
  dark: {
    sea: '#121519',
    land: '#23262b',
    border: '#5d6168',
    region: '#43474e',
    cityDot: '#b3b7bd',
    halo: '#1a1c20',
    cityLabel: '#c8cbcf',
    countryLabel: '#9a9fa6',
    regionLabel: '#8f949b',
  },
};

/**
 * Languages whose readers get another language's name before English where the source has none
 * in theirs: Kazakh the Russian one (the same script, and the other language of Kazakhstan's
 * signs; Natural Earth's regions and most of GeoNames' towns have no Kazakh name).
 */
const FALLBACKS: Partial<Record<string, string[]>> = { kk: ['ru'] };

/**
 * The name properties a label tries, in order, for an interface language: its own, its fallbacks,
 * then English (the sources' own). The printed brief's map names its cities the same way.
 */
export function labelKeys(lang: BasemapOptions['lang']): string[] {
  return [lang, ...(FALLBACKS[lang] ?? []), 'en'].map((l) => `name_${l}`);
}

/** The name in the chosen language, else in its fallbacks, else English. */
function nameIn(lang: BasemapOptions['lang']): ExpressionSpecification {
  return ['coalesce', ...labelKeys(lang).map((k): ExpressionSpecification => ['get', k])];
}

/**
 * A value that grows linearly between zoom 3 (a large country) and zoom 8 (a city and its
 * surroundings). Either end may be a data expression: maplibre allows zoom only at the top.
 */
function byZoom(
  at3: number | ExpressionSpecification,
  at8: number | ExpressionSpecification,
): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 3, at3, 8, at8];
}

/** For a country label: its size by the square degrees of its largest part. */
function byArea(small: number, medium: number, large: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['get', 'area'], 3, small, 100, medium, 1000, large];
}

function byRank(...sizes: [number, number, number, number]): ExpressionSpecification {
  return ['match', ['get', 'rank'], 1, sizes[0], 2, sizes[1], 3, sizes[2], sizes[3]];
}

/** The cities a zoom shows: capitals and large cities first, towns of 150,000 from zoom 5. */
const CITY_SHOWN: ExpressionSpecification = [
  'any',
  ['<=', ['get', 'rank'], 2],
  ['>=', ['zoom'], 5],
];

function layers(p: Palette, lang: BasemapOptions['lang']): LayerSpecification[] {
  const name = nameIn(lang);
  return [
    { id: 'basemap-sea', type: 'background', paint: { 'background-color': p.sea } },
    {
      id: 'basemap-land',
      type: 'fill',
      source: SOURCE,
      'source-layer': 'land',
      paint: { 'fill-color': p.land, 'fill-antialias': true },
    },
    {
      id: 'basemap-region-boundaries',
      type: 'line',
      source: SOURCE,
      'source-layer': 'regions',
      minzoom: REGIONS_FROM,
      // Boundaries around a city region (a capital and its district) are a blot at the scale of
      // a country: they appear only zoomed in.
      filter: ['any', ['!', ['get', 'city']], ['>=', ['zoom'], 7]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.region, 'line-width': byZoom(0.6, 1.2), 'line-dasharray': [4, 3] },
    },
    {
      id: 'basemap-borders',
      type: 'line',
      source: SOURCE,
      'source-layer': 'borders',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 3, 0.9, 8, 1.8],
      },
    },
    {
      id: 'basemap-region-labels',
      type: 'symbol',
      source: SOURCE,
      'source-layer': 'region_labels',
      minzoom: REGION_LABELS,
      layout: {
        'text-field': name,
        'text-font': [FONT_REGULAR],
        'text-size': byZoom(9, 12),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: { 'text-color': p.regionLabel, 'text-halo-color': p.halo, 'text-halo-width': 1.2 },
    },
    // Towns below cities: symbols of a higher layer are placed first, so cities win collisions.
    ...places(p, 'towns', 'basemap-town', TOWNS_FROM, true, lang),
    ...places(p, 'cities', 'basemap-city', CITIES_FROM, CITY_SHOWN, lang),
    // Country names on top: placed first, they keep their place among the cities' names.
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: SOURCE,
      'source-layer': 'country_labels',
      // The smallest countries are named only once there is room for them.
      filter: ['>=', ['get', 'area'], ['step', ['zoom'], 8, 3, 0.5, 5, 0]],
      layout: {
        'text-field': name,
        'text-font': [FONT_SEMIBOLD],
        // By the size of the country: its name ranks and grows with its area.
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          1,
          byArea(9, 10, 11),
          8,
          byArea(13, 16, 20),
        ],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.14,
        'text-max-width': 7,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
      },
      paint: { 'text-color': p.countryLabel, 'text-halo-color': p.halo, 'text-halo-width': 1.2 },
    },
  ];
}

/** Dots and names of places from one source, from minzoom, where `shown` holds. */
function places(
  p: Palette,
  sourceLayer: string,
  prefix: string,
  minzoom: number,
  shown: ExpressionSpecification | true,
  lang: BasemapOptions['lang'],
): LayerSpecification[] {
  const filter = shown === true ? {} : { filter: shown };
  return [
    {
      id: `${prefix}-dots`,
      type: 'circle',
      source: SOURCE,
      'source-layer': sourceLayer,
      minzoom,
      ...filter,
      paint: {
        // Capitals: a ring (the cartographic convention), other cities: a dot.
        'circle-radius': ['case', ['get', 'capital'], 3.6, byRank(2.8, 2.6, 2.2, 1.8)],
        'circle-color': ['case', ['get', 'capital'], p.halo, p.cityDot],
        'circle-stroke-color': ['case', ['get', 'capital'], p.cityDot, p.halo],
        'circle-stroke-width': ['case', ['get', 'capital'], 1.6, 0.8],
      },
    },
    {
      id: `${prefix}-labels`,
      type: 'symbol',
      source: SOURCE,
      'source-layer': sourceLayer,
      minzoom,
      ...filter,
      layout: {
        'text-field': nameIn(lang),
        'text-font': [
          'case',
          ['==', ['get', 'rank'], 1],
          ['literal', [FONT_SEMIBOLD]],
          ['literal', [FONT_REGULAR]],
        ],
        'text-size': byRank(13, 12, 11, 10.5),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        // The order the build gave (named and capital cities first): the labels kept when they
        // collide.
        'symbol-sort-key': ['get', 'priority'],
      },
      paint: { 'text-color': p.cityLabel, 'text-halo-color': p.halo, 'text-halo-width': 1.3 },
    },
  ];
}

/** The basemap style for a language and theme; event layers are added above it by MapView. */
export function basemapStyle(options: BasemapOptions): StyleSpecification {
  const palette = PALETTES[options.theme];
  return {
    version: 8,
    name: `Casemap basemap (${options.theme}, ${options.lang})`,
    'font-faces': basemapFontFaces(options.cjk),
    sources: {
      [SOURCE]: {
        type: 'vector',
        url: BASEMAP_TILES,
        attribution: options.credit ?? BASEMAP_ATTRIBUTION,
      },
    },
    layers: layers(palette, options.lang),
  };
}
