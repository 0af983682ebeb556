/**
 * Category colours and shapes. Colours are the Okabe–Ito palette (safe for the common forms of
 * colour blindness); every category also has its own shape, so colour is never the only encoding
 * and a black-and-white print still tells categories apart.
 */
const CATEGORY_COLORS = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
  '#F0E442', // yellow (light: used last, always outlined)
] as const;

/** Shapes drawn by the map's WebGL layer, the timeline canvas and the legend's SVG alike. */
export const SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'hexagon',
  'triangle-down',
] as const;
export type Shape = (typeof SHAPES)[number];

export function categoryColor(index: number): string {
  return CATEGORY_COLORS[index % CATEGORY_COLORS.length]!;
}

/** Beyond 8 categories, colours repeat but shapes shift, so that no two of 64 look alike. */
export function categoryShape(index: number): Shape {
  return SHAPES[(index + Math.floor(index / CATEGORY_COLORS.length)) % SHAPES.length]!;
}

/** "#RRGGBB" -> [r, g, b] in 0..1, for WebGL. */
export function rgb01(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

/**
 * SVG path of a shape centred on 0,0 with the given radius, for the legend, the list and the
 * timeline (Path2D accepts the same string).
 */
export function shapePath(shape: Shape, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
  const ring = (k: number, rot: number, rr = r) =>
    Array.from({ length: k }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / k;
      return [rr * Math.cos(a), rr * Math.sin(a)] as [number, number];
    });
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
    case 'square':
      return poly([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'triangle':
      return poly(ring(3, -Math.PI / 2, r * 1.1));
    case 'triangle-down':
      return poly(ring(3, Math.PI / 2, r * 1.1));
    case 'diamond':
      return poly(ring(4, -Math.PI / 2, r * 1.1));
    case 'hexagon':
      return poly(ring(6, 0));
    case 'star':
      return poly(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const rr = i % 2 ? r * 0.5 : r * 1.15;
          return [rr * Math.cos(a), rr * Math.sin(a)] as [number, number];
        }),
      );
    case 'cross': {
      const w = r * 0.38;
      return poly([
        [-w, -r],
        [w, -r],
        [w, -w],
        [r, -w],
        [r, w],
        [w, w],
        [w, r],
        [-w, r],
        [-w, w],
        [-r, w],
        [-r, -w],
        [-w, -w],
      ]);
    }
  }
}
