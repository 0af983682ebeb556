/**
 * The maplibre sources and layers drawn around the WebGL events layer: movement arrows beneath
 * the marks, count badges above them. Few features each, so GeoJSON sources are cheap here; they
 * are refreshed at most every ~150 ms, never on the brush frame itself.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { CATEGORY_COLORS } from '../ui/palette';
import { FONT_SEMIBOLD } from './fonts';
import type { Theme } from './events-layer';

export const ARC_SOURCE = 'casemap-arcs';
export const HEAD_SOURCE = 'casemap-arrowheads';
export const BADGE_SOURCE = 'casemap-badges';
export const BADGE_LAYERS = ['casemap-badges'];

/** Where a badge sits relative to its stack: on the upper-right shoulder, so the marks show. */
const BADGE_OFFSET: [number, number] = [9, -9];

const INK: Record<Theme, { badge: string; text: string; halo: string }> = {
  light: { badge: '#1f2328', text: '#ffffff', halo: '#ffffff' },
  dark: { badge: '#f2f2f2', text: '#111111', halo: '#1b1e22' },
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The arrowhead image per category colour, drawn here (no sprite is ever fetched). */
function arrowImage(color: string): ImageData {
  const size = 28;
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const g = c.getContext('2d')!;
  // Pointing up with its tip at the top centre: icon-anchor "top" puts the tip on the destination.
  g.beginPath();
  g.moveTo(size / 2, 1.5);
  g.lineTo(size - 4, size - 3);
  g.lineTo(size / 2, size - 9);
  g.lineTo(4, size - 3);
  g.closePath();
  g.fillStyle = color;
  g.strokeStyle = 'rgba(255,255,255,0.9)';
  g.lineWidth = 2;
  g.lineJoin = 'round';
  g.stroke();
  g.fill();
  return g.getImageData(0, 0, size, size);
}

/** Adds the sources, images and layers; `beforeId` is the events layer, which arrows go under. */
export function addOverlays(map: MlMap, theme: Theme, eventsLayerId: string): void {
  CATEGORY_COLORS.forEach((color, k) => {
    const id = `casemap-arrow-${k}`;
    if (!map.hasImage(id)) map.addImage(id, arrowImage(color), { pixelRatio: 2 });
  });
  map.addSource(ARC_SOURCE, { type: 'geojson', data: EMPTY });
  map.addSource(HEAD_SOURCE, { type: 'geojson', data: EMPTY });
  map.addSource(BADGE_SOURCE, { type: 'geojson', data: EMPTY });
  const ink = INK[theme];
  const layers: LayerSpecification[] = [
    {
      id: 'casemap-arc-casing',
      type: 'line',
      source: ARC_SOURCE,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': ink.halo, 'line-width': 4, 'line-opacity': 0.7 },
    },
    {
      id: 'casemap-arcs',
      type: 'line',
      source: ARC_SOURCE,
      filter: ['!', ['get', 'dashed']],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 2 },
    },
    {
      id: 'casemap-arcs-dashed',
      type: 'line',
      source: ARC_SOURCE,
      filter: ['get', 'dashed'],
      paint: { 'line-color': ['get', 'color'], 'line-width': 2, 'line-dasharray': [2.5, 2] },
    },
    {
      id: 'casemap-arrowheads',
      type: 'symbol',
      source: HEAD_SOURCE,
      layout: {
        'icon-image': ['concat', 'casemap-arrow-', ['to-string', ['get', 'colorIndex']]],
        'icon-rotate': ['get', 'rotate'],
        'icon-rotation-alignment': 'map',
        'icon-anchor': 'top',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
  for (const layer of layers) map.addLayer(layer, eventsLayerId);
  // One symbol per badge, a pill behind the count: symbols collide, so where badges would
  // overlap only the largest counts are shown, and the map stays legible at 100,000 events.
  const pill = `casemap-badge-${theme}`;
  if (!map.hasImage(pill)) map.addImage(pill, badgeImage(ink.badge, ink.halo), { pixelRatio: 2 });
  map.addLayer({
    id: BADGE_LAYERS[0]!,
    type: 'symbol',
    source: BADGE_SOURCE,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [FONT_SEMIBOLD],
      'text-size': 10.5,
      'icon-image': pill,
      'icon-text-fit': 'both',
      'icon-text-fit-padding': [2, 5, 2, 5],
      'symbol-sort-key': ['-', 0, ['get', 'count']],
      'text-padding': 1,
    },
    paint: {
      'text-color': ink.text,
      'text-translate': BADGE_OFFSET,
      'icon-translate': BADGE_OFFSET,
    },
  });
}

/** A rounded badge background (stretched to fit its count by icon-text-fit). */
function badgeImage(fill: string, stroke: string): ImageData {
  const size = 40;
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const g = c.getContext('2d')!;
  g.beginPath();
  g.arc(size / 2, size / 2, size / 2 - 2, 0, 2 * Math.PI);
  g.fillStyle = fill;
  g.fill();
  g.lineWidth = 3;
  g.strokeStyle = stroke;
  g.stroke();
  return g.getImageData(0, 0, size, size);
}

export function setSourceData(map: MlMap, id: string, data: FeatureCollection): void {
  const source = map.getSource(id);
  if (source && 'setData' in source)
    (source as { setData(d: FeatureCollection): void }).setData(data);
}
