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
import { LOCATION_PRECISIONS } from '../model/event-columns';
import { groupsByPlace } from './point-groups';
import { isMapped, precisionRadius, UNSTATED } from './precision-radius';

/** Bits of a flags byte (per instance and per disc). */
export const VISIBLE = 1;
/** A narrative highlights other events: this one is drawn faint. */
export const DIMMED = 2;
/**
 * Visible, but under an identical mark at the same coordinates: not drawn. Thousands of events
 * coded to one city centre would otherwise be painted over one another, all but the top one for
 * nothing (software WebGL pays for every covered pixel). The count badge says how many there are.
 */
export const STACKED = 4;
/**
 * Added to the shape byte of `style`: the file gave this event's coordinates but not their
 * precision. Its mark is drawn hollow (a ring of its category's colour and shape), a look of its
 * own that does not rest on colour, and the legend says "precision not stated".
 */
export const HOLLOW = 8;

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
  /** Per instance: red, green, blue (0-255), shape index into SHAPES (+ HOLLOW). */
  style: Uint8Array;
  /**
   * Per instance: which look (colour and shape) it has, numbered from 0 in order of first use;
   * marks of one look on one pixel hide each other (see onScreen).
   */
  look: Uint8Array;
  /** Per instance: VISIBLE | DIMMED, rewritten by packFlags. */
  flags: Uint8Array;
  /** Disc of instance j, or -1 for an exact place. */
  discOf: Int32Array;
  discs: DiscBuffers;
  /** Events not drawn at coordinates (no geometry, or withheld), in index order. */
  unmapped: Int32Array;
  /**
   * Instances sharing exact coordinates: stack k is stackMembers[stackStart[k] ..
   * stackStart[k + 1]), in drawing order. Instances alone at their place are in no stack.
   */
  stackStart: Int32Array;
  stackMembers: Int32Array;
}

export function buildEventBuffers(index: EventIndex): EventBuffers {
  const { n, lon, lat, locationPrecision, category } = index;
  const rowOf = new Int32Array(n).fill(-1);
  const rowsTmp: number[] = [];
  const unmappedTmp: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isMapped(lon[i]!, lat[i]!)) {
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
  const look = new Uint8Array(m);
  const colours = new Map<number, [number, number, number, number]>();
  const looks = new Map<number, number>();
  const discOf = new Int32Array(m).fill(-1);
  // Instances by place; one disc per place and precision, numbered in order of first use.
  const at = groupsByPlace(rows, lon, lat);
  const discOfPlace = new Int32Array(at.count * LOCATION_PRECISIONS.length).fill(-1);
  const discPos: number[] = [];
  const discRadius: number[] = [];
  const discPrecision: number[] = [];
  for (let j = 0; j < m; j++) {
    const i = rows[j]!;
    pos[2 * j] = mx[j]! - origin[0];
    pos[2 * j + 1] = my[j]! - origin[1];
    const c = category[i]!;
    const hollow = locationPrecision[i] === UNSTATED ? HOLLOW : 0;
    // A look is a category drawn solid or hollow.
    const key = 2 * c + (hollow ? 1 : 0);
    let rgbs = colours.get(key);
    if (!rgbs) {
      const [r, g, b] = rgb01(categoryColor(c));
      rgbs = [
        Math.round(r * 255),
        Math.round(g * 255),
        Math.round(b * 255),
        SHAPES.indexOf(categoryShape(c)) + hollow,
      ];
      colours.set(key, rgbs);
      looks.set(key, Math.min(255, looks.size));
    }
    style.set(rgbs, 4 * j);
    look[j] = looks.get(key)!;
    const p = locationPrecision[i]!;
    const radius = precisionRadius(p);
    if (radius > 0) {
      const g = at.group[j]! * LOCATION_PRECISIONS.length + p;
      let d = discOfPlace[g]!;
      if (d < 0) {
        d = discRadius.length;
        discOfPlace[g] = d;
        discPos.push(pos[2 * j]!, pos[2 * j + 1]!);
        discRadius.push(radius * mercatorPerMetre(lat[i]!));
        discPrecision.push(p);
      }
      discOf[j] = d;
    }
  }
  // Stacks in order of their place's first instance, each's instances in drawing order.
  const size = new Int32Array(at.count);
  for (let j = 0; j < m; j++) size[at.group[j]!]!++;
  const next = new Int32Array(at.count);
  const stackStart = [0];
  let members = 0;
  for (let g = 0; g < at.count; g++) {
    if (size[g]! < 2) continue;
    next[g] = members;
    members += size[g]!;
    stackStart.push(members);
  }
  const stackMembers = new Int32Array(members);
  for (let j = 0; j < m; j++) {
    const g = at.group[j]!;
    if (size[g]! >= 2) stackMembers[next[g]!++] = j;
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
    look,
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
    stackStart: Int32Array.from(stackStart),
    stackMembers,
  };
}

/** Buffers of no events, for a layer that exists before its dataset. */
export function emptyBuffers(): EventBuffers {
  return {
    m: 0,
    rows: new Int32Array(0),
    rowOf: new Int32Array(0),
    mx: new Float64Array(0),
    my: new Float64Array(0),
    origin: [0.5, 0.5],
    pos: new Float32Array(0),
    style: new Uint8Array(0),
    look: new Uint8Array(0),
    flags: new Uint8Array(0),
    discOf: new Int32Array(0),
    discs: {
      d: 0,
      pos: new Float32Array(0),
      radius: new Float32Array(0),
      precision: new Uint8Array(0),
      flags: new Uint8Array(0),
    },
    unmapped: new Int32Array(0),
    stackStart: new Int32Array(1),
    stackMembers: new Int32Array(0),
  };
}

/**
 * Writes the visible set (and a narrative's highlight, if any) into the instance and disc flags.
 * In each stack of identical places only the top visible mark is drawn (a highlighted one before
 * a dimmed one); the rest are marked STACKED. Returns how many instances are visible. A loop over typed arrays: about a millisecond at
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
  const { stackStart, stackMembers } = b;
  for (let k = 0; k + 1 < stackStart.length; k++) {
    let top = -1;
    for (let s = stackStart[k]!; s < stackStart[k + 1]!; s++) {
      const j = stackMembers[s]!;
      const f = flags[j]!;
      if (!(f & VISIBLE)) continue;
      if (top < 0 || !(f & DIMMED) || flags[top]! & DIMMED) top = j;
    }
    for (let s = stackStart[k]!; s < stackStart[k + 1]!; s++) {
      const j = stackMembers[s]!;
      if (j !== top && flags[j]! & VISIBLE) flags[j]! |= STACKED;
    }
  }
  return count;
}

/** The visible events that are not on the map, in index order. */
export function visibleUnmapped(b: EventBuffers, visible: Uint8Array): number[] {
  const out: number[] = [];
  for (const i of b.unmapped) if (visible[i]) out.push(i);
  return out;
}

/**
 * Above this many visible located events the precision discs are not drawn. At that density they
 * overlap into one tint over whole countries (a haze that says nothing about any one event) and,
 * under software WebGL, their translucent quads stacked under thousands of marks cost most of a
 * frame. The legend explains the discs; zoom in or narrow the brush and they come back. The
 * hovered or selected event's own disc is still drawn.
 */
export const DISC_LIMIT = 1_500;

/**
 * The instances the main pass draws (visible and not stacked), in instance order, into `out`
 * (length m); returns how many. Drawn with drawElements, so hidden and stacked instances cost no
 * vertex work, and gl_VertexID is still the instance.
 */
export function drawList(b: EventBuffers, out: Uint32Array): number {
  const { m, flags } = b;
  let n = 0;
  for (let j = 0; j < m; j++) if ((flags[j]! & (VISIBLE | STACKED)) === VISIBLE) out[n++] = j;
  return n;
}

/** Scratch of onScreen: a stamp and a bit set of looks per cell, kept between frames. */
export class PixelScratch {
  size = 0;
  stamp = new Uint16Array(0);
  bits = new Uint32Array(0);
  generation = 0;

  /** Starts a frame of `size` cells: every cell empty, without clearing the arrays. */
  next(size: number): number {
    if (size !== this.size) {
      this.size = size;
      this.stamp = new Uint16Array(size);
      this.bits = new Uint32Array(size);
      this.generation = 0;
    }
    if (++this.generation > 0xffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/**
 * Of the listed instances (list[0..count), in drawing order), those that show on a canvas of
 * w × h device pixels: inside it (give or take `margin` pixels), and not under a later mark of
 * the same look, dimmed or not, in the same cell of `cell` × `cell` pixels (a CSS pixel), which
 * is drawn over it less than a cell away. Dense data piles thousands of marks onto few pixels (100,000 synthetic events cover
 * about 18,000 pixel-and-look cells at the country's scale), and software WebGL pays for every
 * covered pixel of every one. `matrix` maps positions (relative to the origin) to clip space,
 * column-major. Writes the kept instances, still in drawing order, to out[start..count) and
 * returns start.
 */
export function onScreen(
  b: EventBuffers,
  list: Uint32Array,
  count: number,
  matrix: ArrayLike<number>,
  w: number,
  h: number,
  margin: number,
  cell: number,
  scratch: PixelScratch,
  out: Uint32Array,
): number {
  const { pos, look, flags } = b;
  const [m0, m1, m3, m4, m5, m7] = [
    matrix[0]!,
    matrix[1]!,
    matrix[3]!,
    matrix[4]!,
    matrix[5]!,
    matrix[7]!,
  ];
  const [m12, m13, m15] = [matrix[12]!, matrix[13]!, matrix[15]!];
  const cols = Math.ceil(w / cell);
  const gen = scratch.next(cols * Math.ceil(h / cell));
  const { stamp, bits } = scratch;
  let start = count;
  // Backwards: the mark drawn last on a pixel is the one seen there.
  for (let t = count - 1; t >= 0; t--) {
    const j = list[t]!;
    const x = pos[2 * j]!;
    const y = pos[2 * j + 1]!;
    const cw = m3 * x + m7 * y + m15;
    const px = ((m0 * x + m4 * y + m12) / cw + 1) * 0.5 * w;
    const py = (1 - (m1 * x + m5 * y + m13) / cw) * 0.5 * h;
    if (!(px > -margin && px < w + margin && py > -margin && py < h + margin)) continue;
    const bit = 2 * look[j]! + (flags[j]! & DIMMED ? 1 : 0);
    if (bit < 32 && px >= 0 && px < w && py >= 0 && py < h) {
      const c = Math.floor(py / cell) * cols + Math.floor(px / cell);
      if (stamp[c] !== gen) {
        stamp[c] = gen;
        bits[c] = 0;
      }
      const mask = 1 << bit;
      if (bits[c]! & mask) continue;
      bits[c]! |= mask;
    }
    out[--start] = j;
  }
  return start;
}

/**
 * The vertices of the visible discs (six per disc, see events-layer.ts) into `out` (length 6d);
 * returns how many. None when more than DISC_LIMIT located events are visible.
 */
export function discDrawList(b: EventBuffers, visibleCount: number, out: Uint32Array): number {
  if (visibleCount > DISC_LIMIT) return 0;
  const { d, flags } = b.discs;
  let n = 0;
  for (let k = 0; k < d; k++) {
    if (!(flags[k]! & VISIBLE)) continue;
    for (let v = 0; v < 6; v++) out[n++] = 6 * k + v;
  }
  return n;
}

/** A part of the canvas in device pixels, from its top left: x0 <= x < x1, y0 <= y < y1. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A frame's camera: `matrix` (positions to clip space, column-major) on a w x h canvas. */
export interface Frame {
  matrix: ArrayLike<number>;
  w: number;
  h: number;
}

/** Where point (x, y), relative to the origin, falls in a frame (device px from the top left). */
export function toPixel({ matrix: m, w, h }: Frame, x: number, y: number): [number, number] {
  const cw = m[3]! * x + m[7]! * y + m[15]!;
  return [
    ((m[0]! * x + m[4]! * y + m[12]!) / cw + 1) * 0.5 * w,
    (1 - (m[1]! * x + m[5]! * y + m[13]!) / cw) * 0.5 * h,
  ];
}

/**
 * Of the instances list[from, from + count), in their order, those whose mark (reaching `reach`
 * px from its centre) touches `box`, written to `out`; returns how many. A hover draws only these
 * again, in the same order, so the pixels in the box come out as a full frame would draw them.
 */
export function marksInBox(
  b: EventBuffers,
  list: Uint32Array,
  from: number,
  count: number,
  frame: Frame,
  box: PixelBox,
  reach: number,
  out: Uint32Array,
): number {
  let n = 0;
  for (let t = from; t < from + count; t++) {
    const j = list[t]!;
    const [px, py] = toPixel(frame, b.pos[2 * j]!, b.pos[2 * j + 1]!);
    if (
      px + reach >= box.x0 &&
      px - reach <= box.x1 &&
      py + reach >= box.y0 &&
      py - reach <= box.y1
    )
      out[n++] = j;
  }
  return n;
}

/**
 * The same for the discs' vertex list (six vertices a disc, see discDrawList): the discs whose
 * radius (`pxPerUnit` device px a mercator unit) plus `edge` px touches `box`.
 */
export function discsInBox(
  b: EventBuffers,
  list: Uint32Array,
  count: number,
  frame: Frame,
  box: PixelBox,
  pxPerUnit: number,
  edge: number,
  out: Uint32Array,
): number {
  const { pos, radius } = b.discs;
  let n = 0;
  for (let t = 0; t < count; t += 6) {
    const k = list[t]! / 6;
    const [px, py] = toPixel(frame, pos[2 * k]!, pos[2 * k + 1]!);
    const r = radius[k]! * pxPerUnit + edge;
    if (px + r >= box.x0 && px - r <= box.x1 && py + r >= box.y0 && py - r <= box.y1)
      for (let v = 0; v < 6; v++) out[n++] = list[t + v]!;
  }
  return n;
}
