/**
 * The map's counts by region: two GeoJSON fills (countries below AREA_ZOOM, first-level regions
 * from it) drawn over the land and under the basemap's boundaries, borders and labels, so that
 * every label stays on top of the colour. Counts change on every brush step, so the colours are
 * feature states (a colour and two flags per area), never new data or a new style: maplibre then
 * repaints without cutting tiles again.
 */
import type {
  FilterSpecification,
  GeoJSONSource,
  Map as MlMap,
  PointLike,
  FeatureIdentifier,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from '../ui/theme';
import { AREA_ZOOM, type AreaLevel } from './choropleth';

/** What the fills show: the shapes, each area's colour by code, the areas filtered to. */
export interface AreaFills {
  regions: FeatureCollection;
  countries: FeatureCollection;
  /** Fill colour by area code; an area absent here is not filled. */
  colours: ReadonlyMap<string, string>;
  /** Areas the events are filtered to: outlined, the others faded. */
  selected: readonly string[];
}

interface AreaState {
  colour?: string;
  selected?: boolean;
  faded?: boolean;
}

const SOURCES: Record<AreaLevel, string> = {
  regions: 'casemap-areas-regions',
  countries: 'casemap-areas-countries',
};
const fillId = (level: AreaLevel) => `${SOURCES[level]}-fill`;
const lineId = (level: AreaLevel) => `${SOURCES[level]}-selected`;
/** The first basemap layer drawn over the fills (boundaries, borders and labels follow it). */
const BEFORE = 'basemap-region-boundaries';

export class AreasLayer {
  private fills: AreaFills | null = null;
  /** The states set on each source, to clear those no longer wanted. */
  private states: Record<AreaLevel, Map<string, AreaState>> = {
    regions: new Map(),
    countries: new Map(),
  };
  private theme: Theme;
  /** The style is loaded and the layers can be added (false again while a new style loads). */
  private styled = false;

  constructor(
    private readonly map: MlMap,
    theme: Theme,
  ) {
    this.theme = theme;
  }

  get shown(): boolean {
    return this.fills !== null;
  }

  /** A new style is loading: the layers return with it (addToStyle on its style.load). */
  setTheme(theme: Theme): void {
    this.theme = theme;
    this.styled = false;
  }

  /** New fills (null: the marks are shown instead). */
  set(fills: AreaFills | null): void {
    const shapesChanged =
      fills?.regions !== this.fills?.regions || fills?.countries !== this.fills?.countries;
    this.fills = fills;
    if (!this.styled) return;
    if (shapesChanged || !fills) this.addToStyle();
    else this.applyStates();
  }

  /**
   * Adds the sources and layers (again after a style change, which removes them), or hides them
   * when there are no fills.
   */
  addToStyle(): void {
    this.styled = true;
    const fills = this.fills;
    for (const level of ['regions', 'countries'] as const) {
      const id = SOURCES[level];
      const source = this.map.getSource(id) as GeoJSONSource | undefined;
      if (source) this.map.removeFeatureState({ source: id });
      this.states[level].clear();
      if (!fills) {
        for (const layer of [fillId(level), lineId(level)])
          if (this.map.getLayer(layer)) this.map.setLayoutProperty(layer, 'visibility', 'none');
        continue;
      }
      if (source) source.setData(fills[level]);
      else this.map.addSource(id, { type: 'geojson', data: fills[level], promoteId: 'code' });
      this.addLayers(level);
    }
    this.applyStates();
  }

  private addLayers(level: AreaLevel): void {
    const zoom = level === 'regions' ? { minzoom: AREA_ZOOM } : { maxzoom: AREA_ZOOM };
    const before = this.map.getLayer(BEFORE) ? BEFORE : undefined;
    const outline = this.theme === 'dark' ? '#f4f4f4' : '#1b1f24';
    const filter: FilterSpecification = ['all'];
    if (!this.map.getLayer(fillId(level)))
      this.map.addLayer(
        {
          id: fillId(level),
          type: 'fill',
          source: SOURCES[level],
          ...zoom,
          filter,
          paint: {
            'fill-color': ['coalesce', ['feature-state', 'colour'], 'rgba(0,0,0,0)'],
            'fill-opacity': ['case', ['boolean', ['feature-state', 'faded'], false], 0.3, 0.85],
            'fill-antialias': true,
          },
        },
        before,
      );
    if (!this.map.getLayer(lineId(level)))
      this.map.addLayer(
        {
          id: lineId(level),
          type: 'line',
          source: SOURCES[level],
          ...zoom,
          layout: { 'line-join': 'round' },
          paint: {
            'line-color': outline,
            'line-width': 2.5,
            'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
          },
        },
        before,
      );
    this.map.setPaintProperty(lineId(level), 'line-color', outline);
    for (const layer of [fillId(level), lineId(level)])
      this.map.setLayoutProperty(layer, 'visibility', 'visible');
  }

  /** Sets each area's colour and flags, and clears those of areas that lost them. */
  private applyStates(): void {
    const fills = this.fills;
    if (!fills) return;
    const anySelected = fills.selected.length > 0;
    for (const level of ['regions', 'countries'] as const) {
      const source = SOURCES[level];
      if (!this.map.getSource(source)) continue;
      const next = new Map<string, AreaState>();
      for (const [code, colour] of fills.colours) next.set(code, { colour, faded: anySelected });
      for (const code of fills.selected)
        next.set(code, { ...next.get(code), selected: true, faded: false });
      const before = this.states[level];
      for (const code of before.keys())
        if (!next.has(code)) this.map.removeFeatureState({ source, id: code } as FeatureIdentifier);
      for (const [code, state] of next) {
        const had = before.get(code);
        if (
          had &&
          had.colour === state.colour &&
          had.selected === state.selected &&
          had.faded === state.faded
        )
          continue;
        // A state absent from `state` keeps its old value: say every key.
        this.map.setFeatureState(
          { source, id: code },
          {
            colour: state.colour ?? null,
            selected: state.selected ?? false,
            faded: state.faded ?? false,
          },
        );
      }
      this.states[level] = next;
    }
  }

  /** The code of the area under a point of the map (at the level the zoom shows), or null. */
  areaAt(point: PointLike): string | null {
    if (!this.fills) return null;
    const layer = fillId(this.map.getZoom() < AREA_ZOOM ? 'countries' : 'regions');
    if (!this.map.getLayer(layer)) return null;
    const [f] = this.map.queryRenderedFeatures(point, { layers: [layer] });
    const code = f?.properties?.code;
    return typeof code === 'string' ? code : null;
  }
}
