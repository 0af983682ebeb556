/**
 * The typed arrays the WebGL events layer draws from, built once per dataset, and the packing of
 * the visible set into them, run on every brush step. Kept apart from the layer so that both are
 * tested in node: shader sources cannot be, the bytes they read can.
 *
 * Only events drawn at their coordinates become instances (see isMapped); instance j is event
 * rows[j]. Positions are stored relative to an origin near the data, in 32-bit floats: absolute
 * mercator in float32 would wobble by metres at street zoom.
 */
import type { EventIndex } from '../filter/event-index';
import { categoryColor, categoryShape, rgb01, SHAPES } from '../ui/palette';
import { mercatorPerMetre, mercatorX, mercatorY } from './mercator';
import { isMapped, precisionRadius } from './precision-radius';

/** Bits of a flags byte (per instance and per disc). */
export const VISIBLE = 1;
/** A narrative highlights other events: this one is drawn faint. */
export const DIMMED = 2;

/** The precision discs, one per distinct (place, precision): many events share a city centre. */
export interface DiscBuffers {
  d: number;
  /** Centre relative to the origin (x, y per disc). */
  pos: Float32Array;
  /** Radius in mercator units (depends on the latitude). */
  radius: Float32Array;
  /** Location precision index, to draw regions dashed and cities solid. */
  precision: Uint8Array;
  /** VISIBLE when any of its events is visible; DIMMED when all of those are dimmed. */
  flags: Uint8Array;
}

export interface EventBuffers {
  /** Number of instances (mapped events). */
  m: number;
  /** Event index of instance j. */
  rows: Int32Array;
  /** Instance of event i, or -1 when it is not drawn at coordinates. */
  rowOf: Int32Array;
  /** Absolute mercator coordinates per instance, for hit testing and clustering. */
  mx: Float64Array;
  my: Float64Array;
  /** The mercator point positions are relative to. */
  origin: [number, number];
  /** Per instance: x, y relative to origin. */
  pos: Float32Array;
  /** Per instance: red, green, blue (0-255), shape index into SHAPES. */
  style: Uint8Array;
  /** Per instance: VISIBLE | DIMMED, rewritten by packFlags. */
  flags: Uint8Array;
  /** Disc of instance j, or -1 for an exact place. */
  discOf: Int32Array;
  discs: DiscBuffers;
  /** Events not drawn at coordinates (nationwide, unknown, withheld), in index order. */
  unmapped: Int32Array;
}

export function buildEventBuffers(index: EventIndex): EventBuffers {
  const { n, lon, lat, locationPrecision, category } = index;
  const rowOf = new Int32Array(n).fill(-1);
  const rowsTmp: number[] = [];
  const unmappedTmp: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isMapped(lon[i]!, lat[i]!, locationPrecision[i]!)) {
      rowOf[i] = rowsTmp.length;
      rowsTmp.push(i);
    } else unmappedTmp.push(i);
  }
  const m = rowsTmp.length;
  const rows = Int32Array.from(rowsTmp);
  const mx = new Float64Array(m);
  const my = new Float64Array(m);
  let sx = 0;
  let sy = 0;
  for (let j = 0; j < m; j++) {
    const i = rows[j]!;
    mx[j] = mercatorX(lon[i]!);
    my[j] = mercatorY(lat[i]!);
    sx += mx[j]!;
    sy += my[j]!;
  }
  const origin: [number, number] = m ? [sx / m, sy / m] : [0.5, 0.5];

  const pos = new Float32Array(2 * m);
  const style = new Uint8Array(4 * m);
  const colours = new Map<number, [number, number, number, number]>();
  const discOf = new Int32Array(m).fill(-1);
  const discKey = new Map<string, number>();
  const discPos: number[] = [];
  const discRadius: number[] = [];
  const discPrecision: number[] = [];
  for (let j = 0; j < m; j++) {
    const i = rows[j]!;
    pos[2 * j] = mx[j]! - origin[0];
    pos[2 * j + 1] = my[j]! - origin[1];
    const c = category[i]!;
    let rgbs = colours.get(c);
    if (!rgbs) {
      const [r, g, b] = rgb01(categoryColor(c));
      rgbs = [
        Math.round(r * 255),
        Math.round(g * 255),
        Math.round(b * 255),
        SHAPES.indexOf(categoryShape(c)),
      ];
      colours.set(c, rgbs);
    }
    style.set(rgbs, 4 * j);
    const p = locationPrecision[i]!;
    const radius = precisionRadius(p);
    if (radius > 0) {
      const key = `${p}:${lon[i]}:${lat[i]}`;
      let d = discKey.get(key);
      if (d === undefined) {
        d = discRadius.length;
        discKey.set(key, d);
        discPos.push(pos[2 * j]!, pos[2 * j + 1]!);
        discRadius.push(radius * mercatorPerMetre(lat[i]!));
        discPrecision.push(p);
      }
      discOf[j] = d;
    }
  }
  const d = discRadius.length;
  return {
    m,
    rows,
    rowOf,
    mx,
    my,
    origin,
    pos,
    style,
    flags: new Uint8Array(m),
    discOf,
    discs: {
      d,
      pos: Float32Array.from(discPos),
      radius: Float32Array.from(discRadius),
      precision: Uint8Array.from(discPrecision),
      flags: new Uint8Array(d),
    },
    unmapped: Int32Array.from(unmappedTmp),
  };
}

/**
 * Writes the visible set (and a narrative's highlight, if any) into the instance and disc flags.
 * Returns how many instances are visible. A loop over typed arrays: about a millisecond at
 * 100,000 events, so it runs on every brush step.
 */
export function packFlags(
  b: EventBuffers,
  visible: Uint8Array,
  highlight: Uint8Array | null | undefined,
): number {
  const { m, rows, flags, discOf, discs } = b;
  // Disc bits are built as "any visible" and "any visible and not dimmed", then folded.
  const discAny = discs.flags;
  discAny.fill(0);
  let count = 0;
  for (let j = 0; j < m; j++) {
    const i = rows[j]!;
    if (!visible[i]) {
      flags[j] = 0;
      continue;
    }
    count++;
    const dim = highlight && !highlight[i] ? DIMMED : 0;
    flags[j] = VISIBLE | dim;
    const d = discOf[j]!;
    if (d >= 0) discAny[d]! |= dim ? VISIBLE : VISIBLE | 4;
  }
  for (let d = 0; d < discs.d; d++) {
    const f = discAny[d]!;
    discAny[d] = f === 0 ? 0 : f & 4 ? VISIBLE : VISIBLE | DIMMED;
  }
  return count;
}

/** The visible events that are not on the map, in index order. */
export function visibleUnmapped(b: EventBuffers, visible: Uint8Array): number[] {
  const out: number[] = [];
  for (const i of b.unmapped) if (visible[i]) out.push(i);
  return out;
}
