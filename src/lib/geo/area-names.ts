/**
 * What the map and the filter panel say and draw of the regions: an area's name, the shapes a
 * dataset needs. Apart from regions.ts, which holds the point-in-polygon index (flatbush) and the
 * TopoJSON decoder, so that the first view's code carries neither.
 */
import type { RegionSet } from './regions';

const countryNames = new Map<string, Intl.DisplayNames>();

/**
 * An area's name in a language: a region's from Natural Earth (English where it has none in that
 * language), a country's from the browser's CLDR names; the code when neither is known.
 */
export function areaName(set: RegionSet, code: string, lang: string): string {
  const r = set.byCode.get(code);
  if (r !== undefined) {
    const names = set.regions[r]!.names;
    return names[`name_${lang}`] ?? names.name_en ?? code;
  }
  if (!/^[A-Z]{2}$/.test(code)) return code;
  let display = countryNames.get(lang);
  if (!display) {
    display = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    countryNames.set(lang, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The shapes of the given countries and of their regions: what the map needs for a dataset.
 * The whole world's regions are megabytes of coordinates for maplibre's worker to cut into tiles
 * (seconds on a modest machine); a dataset's countries are a small part of them.
 */
export function shapesIn(
  set: RegionSet,
  countries: readonly string[],
): Pick<RegionSet, 'regionShapes' | 'countryShapes'> {
  const wanted = new Set(countries);
  const regions = set.regionShapes.features.filter((f, k) => wanted.has(set.regions[k]!.iso));
  const shapes = set.countryShapes.features.filter((f) => wanted.has(f.properties.code));
  return {
    regionShapes: { type: 'FeatureCollection', features: regions },
    countryShapes: { type: 'FeatureCollection', features: shapes },
  };
}
