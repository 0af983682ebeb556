/**
 * The marks' shapes as a texture: one 64-texel cell per shape of palette.ts, drawn with the very
 * path the legend uses (shapePath), so map and legend cannot disagree. Red holds the interior,
 * green the whole shape with its outline ring; the layer mixes category colour and outline colour
 * from the two.
 */
import { shapePath, SHAPES } from '../ui/palette';
import { ATLAS_CELL, ATLAS_RADIUS } from './shaders';

/** Outline width in atlas texels: about 0.85 px at a 4.5 px mark, 1.3 px at 7 px. */
const OUTLINE = 4.5;

/** Interleaves two alpha masks (RGBA pixels) into red-green pairs. */
export function interleaveMasks(inner: Uint8ClampedArray, whole: Uint8ClampedArray): Uint8Array {
  const n = inner.length / 4;
  const out = new Uint8Array(2 * n);
  for (let k = 0; k < n; k++) {
    out[2 * k] = inner[4 * k + 3]!;
    out[2 * k + 1] = whole[4 * k + 3]!;
  }
  return out;
}

/** The atlas pixels (RG, 8 bits each), width SHAPES.length cells, height one cell. */
export function drawShapeAtlas(): { width: number; height: number; data: Uint8Array } {
  const width = ATLAS_CELL * SHAPES.length;
  const height = ATLAS_CELL;
  const layer = (inner: boolean) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d', { willReadFrequently: true })!;
    SHAPES.forEach((shape, k) => {
      g.setTransform(1, 0, 0, 1, ATLAS_CELL * k + ATLAS_CELL / 2, ATLAS_CELL / 2);
      const path = new Path2D(shapePath(shape, ATLAS_RADIUS));
      g.fillStyle = '#fff';
      g.fill(path);
      g.lineJoin = 'round';
      if (inner) {
        // The interior: the shape less a band along its edge.
        g.globalCompositeOperation = 'destination-out';
        g.lineWidth = 2 * OUTLINE;
        g.stroke(path);
        g.globalCompositeOperation = 'source-over';
      } else {
        g.strokeStyle = '#fff';
        g.lineWidth = 1;
        g.stroke(path);
      }
    });
    return g.getImageData(0, 0, width, height).data;
  };
  return { width, height, data: interleaveMasks(layer(true), layer(false)) };
}
