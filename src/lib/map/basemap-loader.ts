/**
 * Loads the basemap's finer sources when the view comes near the zoom that draws them
 * (LAZY_SOURCES in basemap-style.ts): a world view never downloads city-level geometry, and a
 * source once loaded stays for the life of the style. A new style (theme, language) starts its
 * sources empty again; they come back from the browser's cache.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { absoluteUrl } from './asset-url';
import type { LazySource } from './basemap-style';

/** How far ahead of its zoom a source is loaded, so that it is there when the zoom arrives. */
export const LOAD_AHEAD = 0.5;

/** The sources a zoom needs that are not loaded yet: those drawn at it or half a level away. */
export function dueSources(
  zoom: number,
  sources: readonly LazySource[],
  loaded: ReadonlySet<string>,
): LazySource[] {
  return sources.filter(
    (s) =>
      !loaded.has(s.id) &&
      zoom >= s.zoom - LOAD_AHEAD &&
      zoom < (s.maxzoom ?? Infinity) + LOAD_AHEAD,
  );
}

export class BasemapLoader {
  private loaded = new Set<string>();

  constructor(
    private readonly map: MlMap,
    private readonly sources: readonly LazySource[],
  ) {}

  /** After a new style: its lazy sources are empty again. */
  styleLoaded(): void {
    this.loaded = new Set();
    this.update();
  }

  /** After the camera moved: loads what the new zoom needs. */
  update(): void {
    for (const s of dueSources(this.map.getZoom(), this.sources, this.loaded)) {
      const source = this.map.getSource<GeoJSONSource>(s.id);
      if (!source) continue;
      source.setData(absoluteUrl(s.url));
      this.loaded.add(s.id);
    }
  }
}
