/**
 * The offline world basemap: a complete maplibre style over GeoJSON committed under data/basemap/
 * and fonts served by the app. Nothing in it points off the app's origin: no tiles, no glyph
 * server, no sprite. Each data file is a Vite `?url` asset (emitted with the app, or inlined in a
 * single-file build) that maplibre fetches from the app itself.
 *
 * Detail grows with zoom: Natural Earth's 1:110m countries for the world, 1:50m for a country,
 * 1:10m closer in; first-level regions and cities from country zoom on. The coarsest level and
 * the country labels are in the style from the start; the others start empty and are loaded by
 * the map (basemap-loader.ts) once the view comes near the zoom that draws them (LAZY_SOURCES),
 * so that a first view loads what it shows and not the whole world.
 *
 * Cartography: quiet greys, so that the event marks (Okabe–Ito colours) are the only colour on
 * the map. The light theme's tones stay apart in greyscale, so a black-and-white print keeps
 * land, borders and the sea distinct.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import borders10m from '../../../data/basemap/borders-10m.json?url';
import borders110m from '../../../data/basemap/borders-110m.json?url';
import borders50m from '../../../data/basemap/borders-50m.json?url';
import cities from '../../../data/basemap/cities.json?url';
import countryLabels from '../../../data/basemap/country-labels.json?url';
import land10m from '../../../data/basemap/land-10m.json?url';
import land110m from '../../../data/basemap/land-110m.json?url';
import land50m from '../../../data/basemap/land-50m.json?url';
import regionLabels from '../../../data/basemap/region-labels.json?url';
import regions10m from '../../../data/basemap/regions-10m.json?url';
import regions from '../../../data/basemap/regions.json?url';
import towns from '../../../data/basemap/towns.json?url';
import type { Theme } from '../ui/theme';
import { absoluteUrl } from './asset-url';
import { basemapFontFaces, FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

export interface BasemapOptions {
  lang: 'en' | 'ru';
  theme: Theme;
}

/** The whole mapped world, [west, south, east, north]: the view when no event is located. */
export const WORLD_BOUNDS: [number, number, number, number] = [-170, -56, 180, 76];

/** Zooms at which the finer countries take over from the coarser (layers' minzoom/maxzoom). */
const AT_50M = 3;
const AT_10M = 6;
/** Cities from this zoom, towns from TOWNS_FROM. */
const CITIES_FROM = 3;
const TOWNS_FROM = 7;
/** First-level boundaries from this zoom, region names from REGION_LABELS. */
const REGIONS_FROM = 4;
const REGION_LABELS = 5;

/** The basemap's data files (URLs on the app's origin), for maps drawn without maplibre. */
export const BASEMAP_FILES = {
  land: { '110m': land110m, '50m': land50m, '10m': land10m },
  borders: { '110m': borders110m, '50m': borders50m, '10m': borders10m },
  regions,
  cities,
} as const;

/** A source loaded only when the view nears `zoom`: one zoom level early, so it is there in time. */
export interface LazySource {
  id: string;
  url: string;
  zoom: number;
  /** The zoom from which a finer source takes over: a view past it does not load this one. */
  maxzoom?: number;
}

/** The sources the style starts with empty, and the zoom from which each is drawn. */
export const LAZY_SOURCES: readonly LazySource[] = [
  { id: 'basemap-land-50m', url: land50m, zoom: AT_50M, maxzoom: AT_10M },
  { id: 'basemap-borders-50m', url: borders50m, zoom: AT_50M, maxzoom: AT_10M },
  { id: 'basemap-land-10m', url: land10m, zoom: AT_10M },
  { id: 'basemap-borders-10m', url: borders10m, zoom: AT_10M },
  { id: 'basemap-regions', url: regions, zoom: REGIONS_FROM, maxzoom: AT_10M },
  { id: 'basemap-region-labels', url: regionLabels, zoom: REGION_LABELS },
  { id: 'basemap-regions-10m', url: regions10m, zoom: AT_10M },
  { id: 'basemap-cities', url: cities, zoom: CITIES_FROM },
  { id: 'basemap-towns', url: towns, zoom: TOWNS_FROM },
];

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

const PALETTES: Record<BasemapOptions['theme'], Palette> = {
  light: {
    sea: '#dbe1e6',
    land: '#ebe9e3',
    border: '#8d8a82',
    region: '#b3b0a8',
    cityDot: '#4f4d48',
    halo: '#f4f3ef',
    cityLabel: '#3a3834',
    countryLabel: '#86837b',
    regionLabel: '#a29f96',
  },
  dark: {
    sea: '#121519',
    land: '#23262b',
    border: '#5d6168',
    region: '#43474e',
    cityDot: '#b3b7bd',
    halo: '#1a1c20',
    cityLabel: '#c8cbcf',
    countryLabel: '#7b8088',
    regionLabel: '#5d626a',
  },
};

/** The name in the chosen language, English where the source has none. */
function nameIn(lang: BasemapOptions['lang']): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
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

/** Land and borders at one scale, drawn between minzoom and maxzoom. */
function scaleLayers(
  p: Palette,
  scale: '110m' | '50m' | '10m',
  zooms: { minzoom?: number; maxzoom?: number },
): { land: LayerSpecification; borders: LayerSpecification } {
  return {
    land: {
      id: `basemap-land-${scale}`,
      type: 'fill',
      source: `basemap-land-${scale}`,
      ...zooms,
      paint: { 'fill-color': p.land, 'fill-antialias': true },
    },
    borders: {
      id: `basemap-borders-${scale}`,
      type: 'line',
      source: `basemap-borders-${scale}`,
      ...zooms,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 3, 0.9, 8, 1.8],
      },
    },
  };
}

function layers(p: Palette, lang: BasemapOptions['lang']): LayerSpecification[] {
  const name = nameIn(lang);
  const world = scaleLayers(p, '110m', { maxzoom: AT_50M });
  const country = scaleLayers(p, '50m', { minzoom: AT_50M, maxzoom: AT_10M });
  const close = scaleLayers(p, '10m', { minzoom: AT_10M });
  return [
    { id: 'basemap-sea', type: 'background', paint: { 'background-color': p.sea } },
    world.land,
    country.land,
    close.land,
    ...regionBoundaries(p, 'basemap-regions', { minzoom: REGIONS_FROM, maxzoom: AT_10M }),
    ...regionBoundaries(p, 'basemap-regions-10m', { minzoom: AT_10M }),
    world.borders,
    country.borders,
    close.borders,
    {
      id: 'basemap-region-labels',
      type: 'symbol',
      source: 'basemap-region-labels',
      minzoom: REGION_LABELS,
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        'text-field': name,
        'text-font': [FONT_REGULAR],
        'text-size': byZoom(9, 12),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: { 'text-color': p.regionLabel, 'text-halo-color': p.land, 'text-halo-width': 1 },
    },
    // Towns below cities: symbols of a higher layer are placed first, so cities win collisions.
    ...places(p, 'basemap-towns', 'basemap-town', TOWNS_FROM, true, lang),
    ...places(p, 'basemap-cities', 'basemap-city', CITIES_FROM, CITY_SHOWN, lang),
    // Country names on top: placed first, they keep their place among the cities' names.
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: 'basemap-country-labels',
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
      paint: { 'text-color': p.countryLabel, 'text-halo-color': p.land, 'text-halo-width': 1 },
    },
  ];
}

/**
 * First-level boundaries from one source. Those around a city region (a capital and its
 * district) are a blot at the scale of a country, so they appear only zoomed in.
 */
function regionBoundaries(
  p: Palette,
  source: string,
  zooms: { minzoom: number; maxzoom?: number },
): LayerSpecification[] {
  return [
    {
      id: source.replace('basemap-regions', 'basemap-region-boundaries'),
      type: 'line',
      source,
      ...zooms,
      filter: [
        'all',
        ['==', ['get', 'kind'], 'boundary'],
        ['any', ['!', ['get', 'city']], ['>=', ['zoom'], 7]],
      ],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.region, 'line-width': byZoom(0.6, 1.2), 'line-dasharray': [4, 3] },
    },
  ];
}

/** Dots and names of places from one source, from minzoom, where `shown` holds. */
function places(
  p: Palette,
  source: string,
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
      source,
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
      source,
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

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function geojson(data: string | FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data: typeof data === 'string' ? absoluteUrl(data) : data };
}

/** The basemap style for a language and theme; event layers are added above it by MapView. */
export function basemapStyle(options: BasemapOptions): StyleSpecification {
  const palette = PALETTES[options.theme];
  return {
    version: 8,
    name: `Casemap basemap (${options.theme}, ${options.lang})`,
    'font-faces': basemapFontFaces(),
    sources: {
      'basemap-land-110m': { ...geojson(land110m), attribution: BASEMAP_ATTRIBUTION },
      'basemap-borders-110m': geojson(borders110m),
      'basemap-country-labels': geojson(countryLabels),
      ...Object.fromEntries(LAZY_SOURCES.map((s) => [s.id, geojson(EMPTY)])),
    },
    layers: layers(palette, options.lang),
  };
}
