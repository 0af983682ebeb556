/**
 * The offline basemap: a complete maplibre style built from GeoJSON committed under data/basemap/
 * (imported here, so it is part of the bundle and works from a single file) and fonts served by
 * the app. Nothing in it points off the app's origin: no tiles, no glyph server, no sprite.
 *
 * Cartography: quiet greys, so that the event marks (Okabe–Ito colours) are the only colour on
 * the map. Kazakhstan is the lightest land in the light theme and the lightest in the dark one
 * too; sea and the area outside the extract share one tone. The light theme's tones stay apart in
 * greyscale, so a black-and-white print keeps Kazakhstan, its neighbours and the sea distinct.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import borders from '../../../data/basemap/borders.json';
import cities from '../../../data/basemap/cities.json';
import countries from '../../../data/basemap/countries.json';
import oblasts from '../../../data/basemap/oblasts.json';
import type { Theme } from '../ui/theme';
import { basemapFontFaces, FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

export interface BasemapOptions {
  lang: string;
  theme: Theme;
  /** The credit line in the interface language (`map.credit`); English when not given. */
  credit?: string;
}

/** Initial view: Kazakhstan, [west, south, east, north] in degrees. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.5, 40.5, 87.4, 55.5];

/**
 * What the basemap data covers, [west, south, east, north] (REGION in
 * scripts/build-basemap.ts). Beyond it land ends in a straight cut: a good `maxBounds`.
 */
export const BASEMAP_EXTENT: [number, number, number, number] = [35, 28, 103, 62];

/** Natural Earth asks for no credit but gets it; GeoNames' CC BY 4.0 requires it. */
const BASEMAP_ATTRIBUTION =
  'Basemap: Natural Earth (public domain) · Cities: GeoNames (CC BY 4.0) · ' +
  'Fonts: Noto Sans, Noto Sans Arabic (SIL Open Font License 1.1)';

interface Palette {
  /** Sea and everything outside the extract. */
  outside: string;
  land: string;
  kazakhstan: string;
  border: string;
  kazakhstanBorder: string;
  oblast: string;
  cityDot: string;
  /** Halo around dots and labels: the land under them, so a label reads without a box. */
  halo: string;
  cityLabel: string;
  countryLabel: string;
  oblastLabel: string;
}

const PALETTES: Record<BasemapOptions['theme'], Palette> = {
  light: {
    outside: '#dbe1e6',
    land: '#ebe9e3',
    kazakhstan: '#fbfaf7',
    border: '#9d9a92',
    kazakhstanBorder: '#7d7a72',
    oblast: '#aeaba3',
    cityDot: '#4f4d48',
    halo: '#fbfaf7',
    cityLabel: '#3a3834',
    countryLabel: '#8e8b83',
    oblastLabel: '#a7a49b',
  },
  dark: {
    outside: '#121519',
    land: '#1f2226',
    kazakhstan: '#292c31',
    border: '#50545b',
    kazakhstanBorder: '#6b7078',
    oblast: '#43474e',
    cityDot: '#b3b7bd',
    halo: '#1a1c20',
    cityLabel: '#c8cbcf',
    countryLabel: '#747981',
    oblastLabel: '#565b62',
  },
};

/** The name in the chosen language, English where the source has none. */
function nameIn(lang: BasemapOptions['lang']): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/**
 * A value that grows linearly between zoom 3 (the whole region) and zoom 8 (a city and its
 * surroundings). Either end may be a data expression: maplibre allows zoom only at the top.
 */
function byZoom(
  at3: number | ExpressionSpecification,
  at8: number | ExpressionSpecification,
): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 3, at3, 8, at8];
}

/** For a country label: its size by the square degrees the country has in the extract. */
function byArea(small: number, medium: number, large: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['get', 'area'], 3, small, 100, medium, 400, large];
}

const isKazakhstan: ExpressionSpecification = ['==', ['get', 'iso'], 'KZ'];

function byRank(rank1: number, rank2: number, rank3: number): ExpressionSpecification {
  return ['match', ['get', 'rank'], 1, rank1, 2, rank2, rank3];
}

function layers(p: Palette, lang: BasemapOptions['lang']): LayerSpecification[] {
  const name = nameIn(lang);
  return [
    { id: 'basemap-outside', type: 'background', paint: { 'background-color': p.outside } },
    {
      id: 'basemap-land',
      type: 'fill',
      source: 'basemap-countries',
      filter: ['==', ['get', 'kind'], 'land'],
      paint: { 'fill-color': ['case', isKazakhstan, p.kazakhstan, p.land], 'fill-antialias': true },
    },
    {
      // Boundaries of the city regions (Astana, Almaty, Baikonur) are a blot at the scale of
      // the country, so they appear only zoomed in.
      id: 'basemap-oblast-boundaries',
      type: 'line',
      source: 'basemap-oblasts',
      filter: [
        'all',
        ['==', ['get', 'kind'], 'boundary'],
        ['any', ['!', ['get', 'city']], ['>=', ['zoom'], 7]],
      ],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.oblast, 'line-width': byZoom(0.6, 1.2), 'line-dasharray': [4, 3] },
    },
    {
      id: 'basemap-borders',
      type: 'line',
      source: 'basemap-borders',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', ['get', 'kz'], p.kazakhstanBorder, p.border],
        'line-width': byZoom(['case', ['get', 'kz'], 1.1, 0.7], ['case', ['get', 'kz'], 2.2, 1.4]),
      },
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: 'basemap-countries',
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        'text-field': name,
        'text-font': [FONT_SEMIBOLD],
        // Kazakhstan's name is the largest; the others by the land they have in the extract.
        'text-size': byZoom(
          ['case', isKazakhstan, 15, byArea(10, 11.5, 13)],
          ['case', isKazakhstan, 22, byArea(13, 15, 17)],
        ),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.18,
        'text-max-width': 7,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
      },
      paint: {
        'text-color': p.countryLabel,
        'text-halo-color': ['case', isKazakhstan, p.kazakhstan, p.land],
        'text-halo-width': 1,
      },
    },
    {
      id: 'basemap-oblast-labels',
      type: 'symbol',
      source: 'basemap-oblasts',
      minzoom: 5,
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        'text-field': name,
        'text-font': [FONT_REGULAR],
        'text-size': byZoom(9, 12),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: { 'text-color': p.oblastLabel, 'text-halo-color': p.kazakhstan, 'text-halo-width': 1 },
    },
    {
      // Towns of rank 3 join from zoom 5, where there is room for them.
      id: 'basemap-city-dots',
      type: 'circle',
      source: 'basemap-cities',
      filter: ['any', ['<', ['get', 'rank'], 3], ['>=', ['zoom'], 5]],
      paint: {
        // Capitals: a ring (the cartographic convention), other cities: a dot.
        'circle-radius': ['case', ['get', 'capital'], 3.6, byRank(2.8, 2.4, 2)],
        'circle-color': ['case', ['get', 'capital'], p.halo, p.cityDot],
        'circle-stroke-color': ['case', ['get', 'capital'], p.cityDot, p.halo],
        'circle-stroke-width': ['case', ['get', 'capital'], 1.6, 0.8],
      },
    },
    {
      id: 'basemap-city-labels',
      type: 'symbol',
      source: 'basemap-cities',
      filter: ['any', ['<', ['get', 'rank'], 3], ['>=', ['zoom'], 5]],
      layout: {
        'text-field': name,
        'text-font': [
          'case',
          ['==', ['get', 'rank'], 1],
          ['literal', [FONT_SEMIBOLD]],
          ['literal', [FONT_REGULAR]],
        ],
        'text-size': byRank(13, 12, 11),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        // The order the build gave (capitals first): the labels kept when they collide.
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
    'font-faces': basemapFontFaces(),
    sources: {
      'basemap-countries': {
        type: 'geojson',
        data: countries as FeatureCollection,
        attribution: options.credit ?? BASEMAP_ATTRIBUTION,
      },
      'basemap-borders': { type: 'geojson', data: borders as FeatureCollection },
      'basemap-oblasts': { type: 'geojson', data: oblasts as FeatureCollection },
      'basemap-cities': { type: 'geojson', data: cities as FeatureCollection },
    },
    layers: layers(palette, options.lang),
  };
}
