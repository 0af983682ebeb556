/**
 * The offline basemap: a complete maplibre style built from GeoJSON committed under data/basemap/
 * (imported here, so it is part of the bundle) and fonts served by the app. Nothing in it points
 * off the app's origin: no tiles, no glyph server, no sprite.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import borders from '../../../data/basemap/borders.json';
import cities from '../../../data/basemap/cities.json';
import countries from '../../../data/basemap/countries.json';
import oblasts from '../../../data/basemap/oblasts.json';
import { basemapFontFaces, FONT_REGULAR, FONT_SEMIBOLD } from './fonts';

export interface BasemapOptions {
  lang: 'en' | 'ru';
  theme: 'light' | 'dark';
}

/** Initial view: Kazakhstan, [west, south, east, north] in degrees. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.5, 40.5, 87.4, 55.5];

export const BASEMAP_ATTRIBUTION =
  'Basemap: Natural Earth (public domain) · Fonts: Noto Sans (SIL Open Font License 1.1)';

interface Palette {
  outside: string;
  land: string;
  kazakhstan: string;
  border: string;
  oblast: string;
  city: string;
  cityHalo: string;
  label: string;
  countryLabel: string;
}

const PALETTES: Record<BasemapOptions['theme'], Palette> = {
  light: {
    outside: '#dfe3e6',
    land: '#efeeea',
    kazakhstan: '#fbfaf7',
    border: '#9a9890',
    oblast: '#b9b6ad',
    city: '#5c5a55',
    cityHalo: '#fbfaf7',
    label: '#45433f',
    countryLabel: '#85827a',
  },
  dark: {
    outside: '#15181c',
    land: '#23262b',
    kazakhstan: '#2d3036',
    border: '#5d6168',
    oblast: '#464a51',
    city: '#a9adb3',
    cityHalo: '#1b1e22',
    label: '#c5c8cc',
    countryLabel: '#7d8188',
  },
};

function nameIn(lang: BasemapOptions['lang']): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

export function basemapStyle(options: BasemapOptions): StyleSpecification {
  const p = PALETTES[options.theme];
  const name = nameIn(options.lang);
  return {
    version: 8,
    name: `Casemap basemap (${options.theme}, ${options.lang})`,
    'font-faces': basemapFontFaces(),
    sources: {
      countries: {
        type: 'geojson',
        data: countries as FeatureCollection,
        attribution: BASEMAP_ATTRIBUTION,
      },
      borders: { type: 'geojson', data: borders as FeatureCollection },
      oblasts: { type: 'geojson', data: oblasts as FeatureCollection },
      cities: { type: 'geojson', data: cities as FeatureCollection },
    },
    layers: [
      { id: 'outside', type: 'background', paint: { 'background-color': p.outside } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        filter: ['==', ['get', 'kind'], 'land'],
        paint: {
          'fill-color': ['case', ['==', ['get', 'iso'], 'KZ'], p.kazakhstan, p.land],
        },
      },
      {
        id: 'oblast-boundaries',
        type: 'line',
        source: 'oblasts',
        filter: ['==', ['get', 'kind'], 'boundary'],
        paint: { 'line-color': p.oblast, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': p.border, 'line-width': 1 },
      },
      {
        id: 'city-points',
        type: 'circle',
        source: 'cities',
        paint: {
          'circle-radius': 2.5,
          'circle-color': p.city,
          'circle-stroke-color': p.cityHalo,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'cities',
        layout: {
          'text-field': name,
          'text-font': [FONT_REGULAR],
          'text-size': 12,
          'text-anchor': 'left',
          'text-offset': [0.5, 0],
          'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'pop'], 0]],
        },
        paint: { 'text-color': p.label, 'text-halo-color': p.cityHalo, 'text-halo-width': 1.2 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'countries',
        filter: ['==', ['get', 'kind'], 'label'],
        layout: {
          'text-field': name,
          'text-font': [FONT_SEMIBOLD],
          'text-size': 13,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.12,
        },
        paint: { 'text-color': p.countryLabel, 'text-halo-color': p.land, 'text-halo-width': 1 },
      },
    ],
  };
}
