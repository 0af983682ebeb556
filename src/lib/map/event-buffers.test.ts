import { describe, expect, it } from 'vitest';
import {
  buildEventBuffers,
  DIMMED,
  DISC_LIMIT,
  discDrawList,
  discsInBox,
  drawList,
  HOLLOW,
  marksInBox,
  onScreen,
  packFlags,
  PixelScratch,
  STACKED,
  toPixel,
  VISIBLE,
  visibleUnmapped,
  type EventBuffers,
} from './event-buffers';
import { indexOf, seedLikeEvents } from '../../../tests/support/map-events';
import { SHAPES } from '../ui/palette';

describe('event buffers', () => {
  const index = indexOf(seedLikeEvents());
  const b = buildEventBuffers(index);

  it('makes instances of the events drawn at coordinates only', () => {
    // 7 in Almaty, 1 region, 1 exact, 1 extradition drawn at its origin city.
    expect(b.m).toBe(10);
    const unmappedIds = [...b.unmapped].map((i) => index.ids[i]);
    expect(unmappedIds).toEqual([
      'deportation-uz',
      'nationwide-0',
      'nationwide-1',
      'nationwide-2',
      'withheld',
    ]);
    for (let j = 0; j < b.m; j++) expect(b.rowOf[b.rows[j]!]).toBe(j);
  });

  it('packs colour and shape per instance, positions relative to an origin', () => {
    const j = b.rowOf[index.byId.get('almaty-1')!]!;
    // Category 1 is vermillion #D55E00 drawn as a square.
    expect([...b.style.subarray(4 * j, 4 * j + 4)]).toEqual([
      0xd5,
      0x5e,
      0x00,
      SHAPES.indexOf('square'),
    ]);
    expect(b.pos[2 * j]! + b.origin[0]).toBeCloseTo(b.mx[j]!, 6);
  });

  it('shares one disc among the events on the same city centre, none for exact places', () => {
    const almaty = ['almaty-0', 'almaty-3', 'extradition-cn'].map(
      (id) => b.discOf[b.rowOf[index.byId.get(id)!]!],
    );
    expect(new Set(almaty).size).toBe(1);
    expect(b.discOf[b.rowOf[index.byId.get('taldykorgan-exact')!]!]).toBe(-1);
    expect(b.discs.d).toBe(2);
    const region = b.discOf[b.rowOf[index.byId.get('almaty-region')!]!]!;
    expect(b.discs.radius[region]!).toBeGreaterThan(10 * b.discs.radius[almaty[0]!]!);
  });

  it('groups instances at identical coordinates into stacks', () => {
    expect(b.stackStart.length).toBe(2);
    const members = [...b.stackMembers].map((j) => index.ids[b.rows[j]!]);
    expect(members).toEqual([
      ...Array.from({ length: 7 }, (_, k) => `almaty-${k}`),
      'extradition-cn',
    ]);
  });

  it('writes the visible set and a highlight into flags and counts what is drawn', () => {
    const visible = new Uint8Array(index.n);
    visible[index.byId.get('almaty-0')!] = 1;
    visible[index.byId.get('almaty-1')!] = 1;
    visible[index.byId.get('nationwide-1')!] = 1;
    expect(packFlags(b, visible, null)).toBe(2);
    const j0 = b.rowOf[index.byId.get('almaty-0')!]!;
    const j1 = b.rowOf[index.byId.get('almaty-1')!]!;
    // Same coordinates: the later one is drawn on top, the other is left undrawn under it.
    expect(b.flags[j0]).toBe(VISIBLE | STACKED);
    expect(b.flags[j1]).toBe(VISIBLE);
    expect(b.discs.flags[b.discOf[j0]!]).toBe(VISIBLE);
    const region = b.discOf[b.rowOf[index.byId.get('almaty-region')!]!]!;
    expect(b.discs.flags[region]).toBe(0);

    const highlight = new Uint8Array(index.n);
    highlight[index.byId.get('almaty-1')!] = 1;
    packFlags(b, visible, highlight);
    expect(b.flags[j0]).toBe(VISIBLE | DIMMED | STACKED);
    expect(b.flags[j1]).toBe(VISIBLE);
    // A highlighted event is drawn on top of its stack even when a dimmed one comes later.
    highlight.fill(0);
    highlight[index.byId.get('almaty-0')!] = 1;
    packFlags(b, visible, highlight);
    expect(b.flags[j0]).toBe(VISIBLE);
    expect(b.flags[j1]).toBe(VISIBLE | DIMMED | STACKED);
    highlight.fill(0);
    highlight[index.byId.get('almaty-1')!] = 1;
    packFlags(b, visible, highlight);
    // The disc holds one highlighted event, so it is not dimmed.
    expect(b.discs.flags[b.discOf[j0]!]).toBe(VISIBLE);
    expect(visibleUnmapped(b, visible).map((i) => index.ids[i])).toEqual(['nationwide-1']);
  });

  it('lists only the drawn instances and the vertices of the visible discs', () => {
    const visible = new Uint8Array(index.n);
    visible[index.byId.get('almaty-0')!] = 1;
    visible[index.byId.get('almaty-1')!] = 1;
    visible[index.byId.get('taldykorgan-exact')!] = 1;
    const count = packFlags(b, visible, null);
    const marks = new Uint32Array(b.m);
    const n = drawList(b, marks);
    // almaty-0 is stacked under almaty-1: not listed.
    const drawn = [...marks.subarray(0, n)].map((j) => index.ids[b.rows[j]!]);
    expect(drawn.sort()).toEqual(['almaty-1', 'taldykorgan-exact']);
    const verts = new Uint32Array(6 * b.discs.d);
    const d = b.discOf[b.rowOf[index.byId.get('almaty-0')!]!]!;
    expect(discDrawList(b, count, verts)).toBe(6);
    expect([...verts.subarray(0, 6)]).toEqual([0, 1, 2, 3, 4, 5].map((v) => 6 * d + v));
    // Over the limit, no discs at all.
    expect(discDrawList(b, DISC_LIMIT + 1, verts)).toBe(0);
  });
});

describe('event buffers: coarse and unstated precision', () => {
  // The seed, plus an event whose file gave coordinates but no precision, and a country-level
  // event placed at a point inside its country (as the gazetteer places a country name).
  const events = seedLikeEvents();
  const exact = events.find((e) => e.id === 'taldykorgan-exact')!;
  const unstated = structuredClone(exact);
  unstated.id = 'unstated';
  unstated.geometry = { type: 'Point', coordinates: [31.24, 30.04] };
  unstated.properties.place = { name: 'Cairo', precision: 'unknown' };
  const country = structuredClone(exact);
  country.id = 'country-point';
  country.geometry = { type: 'Point', coordinates: [67.0, 48.0] };
  country.properties.place = { name: 'Kazakhstan', country: 'KZ', precision: 'country' };
  const index = indexOf([...events, unstated, country]);
  const b = buildEventBuffers(index);
  const j = (id: string) => b.rowOf[index.byId.get(id)!]!;

  it('draws both at their coordinates; nationwide events without a point stay unmapped', () => {
    expect(b.m).toBe(12);
    expect(j('unstated')).toBeGreaterThanOrEqual(0);
    expect(j('country-point')).toBeGreaterThanOrEqual(0);
    expect([...b.unmapped].map((i) => index.ids[i])).toEqual([
      'deportation-uz',
      'nationwide-0',
      'nationwide-1',
      'nationwide-2',
      'withheld',
    ]);
  });

  it('flags the unstated one hollow in its shape byte, a look apart from its solid category', () => {
    const shapeOf = (id: string) => b.style[4 * j(id) + 3]!;
    expect(shapeOf('unstated')).toBe(shapeOf('taldykorgan-exact') + HOLLOW);
    for (let k = 0; k < b.m; k++)
      if (k !== j('unstated')) expect(b.style[4 * k + 3]!).toBeLessThan(HOLLOW);
    expect([...b.style.subarray(4 * j('unstated'), 4 * j('unstated') + 3)]).toEqual([
      ...b.style.subarray(4 * j('taldykorgan-exact'), 4 * j('taldykorgan-exact') + 3),
    ]);
    expect(b.look[j('unstated')]).not.toBe(b.look[j('taldykorgan-exact')]);
    expect(b.discOf[j('unstated')]).toBe(-1);
  });

  it('gives the country-level one a disc larger than a region’s', () => {
    const region = b.discOf[j('almaty-region')]!;
    const disc = b.discOf[j('country-point')]!;
    expect(disc).toBeGreaterThanOrEqual(0);
    expect(b.discs.radius[disc]!).toBeGreaterThan(b.discs.radius[region]!);
  });
});

describe('onScreen', () => {
  // Positions in clip space (identity matrix) on a 10 × 10 pixel canvas: (0, 0) is pixel (5, 5).
  const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  const marks = (xy: number[], look: number[], flags: number[]) =>
    ({
      pos: Float32Array.from(xy),
      look: Uint8Array.from(look),
      flags: Uint8Array.from(flags),
    }) as EventBuffers;
  const kept = (b: EventBuffers, n: number, margin = 0) => {
    const out = new Uint32Array(n);
    const list = Uint32Array.from({ length: n }, (_, j) => j);
    const start = onScreen(b, list, n, IDENTITY, 10, 10, margin, 1, new PixelScratch(), out);
    return [...out.subarray(start)];
  };

  it('keeps, of the marks of one look on one pixel, the last one drawn, in drawing order', () => {
    // 0 and 2 share a pixel and a look; 1 is another look there; 3 is elsewhere.
    const b = marks([0, 0, 0.02, -0.02, 0.05, -0.05, 0.5, 0.5], [0, 1, 0, 0], [1, 1, 1, 1]);
    expect(kept(b, 4)).toEqual([1, 2, 3]);
  });

  it('keeps a dimmed mark and a full one on the same pixel: they look different', () => {
    const b = marks([0, 0, 0, 0], [0, 0], [VISIBLE | DIMMED, VISIBLE]);
    expect(kept(b, 2)).toEqual([0, 1]);
  });

  it('leaves out marks off the canvas, but not those whose edge reaches into it', () => {
    // Pixel x of 1.3 is 11.5: off a 10-pixel canvas, inside a margin of 2.
    const b = marks([1.3, 0, 3, 0, -0.5, 0], [0, 0, 0], [1, 1, 1]);
    expect(kept(b, 3)).toEqual([2]);
    expect(kept(b, 3, 2)).toEqual([0, 2]);
  });

  it('starts every frame with empty pixels', () => {
    const b = marks([0, 0, 0, 0], [0, 0], [1, 1]);
    const scratch = new PixelScratch();
    const list = Uint32Array.from([0, 1]);
    const out = new Uint32Array(2);
    for (let frame = 0; frame < 3; frame++)
      expect(onScreen(b, list, 2, IDENTITY, 10, 10, 0, 1, scratch, out)).toBe(1);
    expect(out[1]).toBe(1);
  });

  it('merges by cells of a CSS pixel on a dense screen', () => {
    // Pixels (5, 5) and (4, 4) of a 10-pixel canvas: one cell of 2 × 2 device pixels.
    const b = marks([0, 0, -0.15, 0.15], [0, 0], [1, 1]);
    expect(kept(b, 2)).toEqual([0, 1]);
    const out = new Uint32Array(2);
    const list = Uint32Array.from([0, 1]);
    const start = onScreen(b, list, 2, IDENTITY, 10, 10, 0, 2, new PixelScratch(), out);
    expect([...out.subarray(start)]).toEqual([1]);
  });
});

describe('a hover patch: what touches a part of the canvas', () => {
  // Clip space (identity matrix) on a 100 × 100 canvas: (0, 0) is pixel (50, 50), y up in clip.
  const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  const frame = { matrix: IDENTITY, w: 100, h: 100 };
  const box = { x0: 40, y0: 40, x1: 60, y1: 60 };

  it('projects with the y axis pointing down the canvas', () => {
    expect(toPixel(frame, 0, 0)).toEqual([50, 50]);
    expect(toPixel(frame, 0.5, 0.5)).toEqual([75, 25]);
  });

  it('keeps the marks that reach into the part, in the order they are drawn', () => {
    // Pixels 50, 65 (reaches 60 within 6 px), 90 (too far), 45.
    const b = { pos: Float32Array.from([0, 0, 0.3, 0, 0.8, 0, -0.1, 0]) } as EventBuffers;
    const list = Uint32Array.from([3, 2, 1, 0]);
    const out = new Uint32Array(4);
    const n = marksInBox(b, list, 0, 4, frame, box, 6, out);
    expect([...out.subarray(0, n)]).toEqual([3, 1, 0]);
    // Only the drawn part of the list is read.
    expect(marksInBox(b, list, 2, 1, frame, box, 6, out)).toBe(1);
    expect(out[0]).toBe(1);
  });

  it('keeps the discs whose radius reaches into the part, six vertices each', () => {
    // Disc 0 at pixel 90 with a radius of 40 px reaches the part; disc 1 at pixel 90 of 5 px does not.
    const b = {
      discs: { pos: Float32Array.from([0.8, 0, 0.8, 0.8]), radius: Float32Array.from([0.4, 0.05]) },
    } as unknown as EventBuffers;
    const list = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const out = new Uint32Array(12);
    const n = discsInBox(b, list, 12, frame, box, 100, 0, out);
    expect([...out.subarray(0, n)]).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
