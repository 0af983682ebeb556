/**
 * The map's counts by region, as classes of a sequential colour scheme: ColorBrewer's YlOrRd
 * (Cynthia Brewer, Apache 2.0, as d3-scale-chromatic gives it), safe for the common colour-vision deficiencies and distinct in greyscale
 * print, light to dark as counts grow. An area with no event is not filled. The legend says each
 * class's range in numbers, so the colour is never the only carrier of a count.
 */

/**
 * YlOrRd's schemes of 3, 4 and 5 colours, as d3-scale-chromatic's `schemeYlOrRd` (its test checks
 * them against it): the d3 bundle keeps all of its schemes and ramps when one is imported, 6 KiB
 * gzip before the first view for three arrays.
 */
export const YL_OR_RD: Readonly<Record<number, readonly string[]>> = {
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
};

/** Below this zoom the map counts by country (a world view), from it by first-level region. */
export const AREA_ZOOM = 3;

export type AreaLevel = 'regions' | 'countries';

export function areaLevel(zoom: number): AreaLevel {
  return zoom < AREA_ZOOM ? 'countries' : 'regions';
}

/** At most this many classes: more are not told apart by colour. */
const MAX_CLASSES = 5;

export interface AreaClass {
  /** The smallest and largest count in the class (equal for a class of one value). */
  from: number;
  to: number;
  colour: string;
}

/**
 * Classes of the counts, by quantiles of the areas' counts (each class holds about as many areas),
 * with whole-number bounds: a value of its own per class when there are few distinct counts.
 */
export function areaClasses(counts: Iterable<number>): AreaClass[] {
  const values = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  if (!values.length) return [];
  const distinct = [...new Set(values)];
  let uppers: number[];
  if (distinct.length <= MAX_CLASSES) uppers = distinct;
  else {
    uppers = [];
    for (let k = 1; k <= MAX_CLASSES; k++) {
      const upper = values[Math.ceil((k / MAX_CLASSES) * values.length) - 1]!;
      if (upper !== uppers.at(-1)) uppers.push(upper);
    }
  }
  // YlOrRd has schemes of 3 to 9 colours; fewer classes take the darker end of the 3-colour one.
  const scheme = YL_OR_RD[Math.max(3, uppers.length)]!;
  const colours = scheme.slice(scheme.length - uppers.length);
  return uppers.map((to, k) => ({
    from: k ? uppers[k - 1]! + 1 : values[0]!,
    to,
    colour: colours[k]!,
  }));
}

/** The class of a count, -1 for none (no event, or no classes). */
export function classOf(classes: readonly AreaClass[], count: number): number {
  if (count <= 0) return -1;
  return classes.findIndex((c) => count <= c.to);
}
