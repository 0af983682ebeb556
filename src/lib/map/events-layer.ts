/**
 * The events drawn with WebGL2 into a context of their own (the overlay canvas over the map, see
 * marks-overlay.ts), never into maplibre's: every mapped event is one point sprite, its colour
 * and shape packed once per dataset; the visible set is one byte per event, re-sent with
 * bufferSubData on a brush step (no re-tiling, unlike setFilter/setData). Hover and selection are
 * uniforms, drawn in a pass of their own on top. City- and region-level events get a disc of
 * their possible extent underneath. The camera arrives as maplibre's mercator matrix.
 *
 * Only what is shown is drawn: on each visible-set change the drawn instances and discs are
 * listed in index buffers (drawList, discDrawList), so a brush step showing 1,000 of 100,000
 * events costs the vertex work of 1,000. Discs are also skipped where they say nothing: under
 * ~3 px on screen, wider than the canvas, or when more than DISC_LIMIT events are visible.
 */
import {
  ATLAS_CELL,
  ATLAS_RADIUS,
  DISC_FRAGMENT,
  DISC_VERTEX,
  MARK_ATLAS_FRAGMENT,
  MARK_FRAGMENT,
  MARK_VERTEX,
} from './shaders';
import { drawShapeAtlas } from './shape-atlas';
import {
  discDrawList,
  discsInBox,
  drawList,
  marksInBox,
  onScreen,
  PixelScratch,
  toPixel,
  type EventBuffers,
  type Frame,
  type PixelBox,
} from './event-buffers';
import { TILE_SIZE } from './mercator';
import { REGION } from './precision-radius';
import type { Theme } from '../ui/theme';

/** Colours of what is not a category: outlines, highlight rings, precision discs (premultiplied). */
const THEME: Record<Theme, { outline: number[]; ring: number[]; fill: number[]; edge: number[] }> =
  {
    light: {
      outline: [0.1, 0.1, 0.12, 0.85],
      ring: [0.07, 0.07, 0.09, 1],
      fill: [0.2, 0.3, 0.45, 0.1],
      edge: [0.2, 0.3, 0.45, 0.6],
    },
    dark: {
      outline: [0.96, 0.96, 0.96, 0.9],
      ring: [1, 1, 1, 1],
      fill: [0.75, 0.82, 0.95, 0.1],
      edge: [0.75, 0.82, 0.95, 0.6],
    },
  };

/** A disc is two triangles: six vertices, each with its corner of the square. */
const DISC_VERTICES = 6;
const DISC_CORNERS = new Float32Array([-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, 1]);

/** Repeats each item (of `size` numbers) once per disc vertex, into `out` when given. */
function perVertex<T extends Float32Array | Uint8Array>(
  src: T,
  size: number,
  out: T = new (src.constructor as new (n: number) => T)(src.length * DISC_VERTICES),
): T {
  for (let k = 0; k < src.length / size; k++)
    for (let v = 0; v < DISC_VERTICES; v++)
      for (let c = 0; c < size; c++) out[(k * DISC_VERTICES + v) * size + c] = src[k * size + c]!;
  return out;
}

function createAtlas(gl: WebGL2RenderingContext): WebGLTexture {
  const { width, height, data } = drawShapeAtlas();
  const tex = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, tex);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RG8, width, height, 0, gl.RG, gl.UNSIGNED_BYTE, data);
  gl.generateMipmap(gl.TEXTURE_2D);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  return tex;
}

function premultiply([r, g, b, a]: number[]): [number, number, number, number] {
  return [r! * a!, g! * a!, b! * a!, a!];
}

/** Mark radius in CSS pixels: small when zoomed out over many events, larger close up. */
function markRadius(zoom: number, visibleCount: number): number {
  const base = visibleCount > 20_000 ? 2.5 : visibleCount > 2_000 ? 3.5 : 4.5;
  return Math.min(7, base + 0.45 * Math.max(0, zoom - 2));
}

interface Program {
  program: WebGLProgram;
  uniforms: Record<string, WebGLUniformLocation | null>;
  attribs: Record<string, number>;
}

function compile(gl: WebGL2RenderingContext, vs: string, fs: string): Program {
  const shader = (type: number, src: string) => {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, src);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost())
      throw new Error(`events layer shader: ${gl.getShaderInfoLog(s)}`);
    return s;
  };
  const program = gl.createProgram()!;
  const v = shader(gl.VERTEX_SHADER, vs);
  const f = shader(gl.FRAGMENT_SHADER, fs);
  gl.attachShader(program, v);
  gl.attachShader(program, f);
  gl.linkProgram(program);
  gl.deleteShader(v);
  gl.deleteShader(f);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost())
    throw new Error(`events layer program: ${gl.getProgramInfoLog(program)}`);
  const uniforms: Program['uniforms'] = {};
  const nu = gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS) as number;
  for (let k = 0; k < nu; k++) {
    const name = gl.getActiveUniform(program, k)!.name;
    uniforms[name] = gl.getUniformLocation(program, name);
  }
  const attribs: Program['attribs'] = {};
  const na = gl.getProgramParameter(program, gl.ACTIVE_ATTRIBUTES) as number;
  for (let k = 0; k < na; k++) {
    const name = gl.getActiveAttrib(program, k)!.name;
    attribs[name] = gl.getAttribLocation(program, name);
  }
  return { program, uniforms, attribs };
}

interface GlState {
  gl: WebGL2RenderingContext;
  /** The main pass, sampling the shape atlas. */
  marks: Program;
  /** The hovered and selected marks, with distance functions for their rings. */
  highlighted: Program;
  discs: Program;
  atlas: WebGLTexture;
  vao: WebGLVertexArrayObject;
  discCorner: WebGLBuffer;
  pos: WebGLBuffer;
  style: WebGLBuffer;
  flags: WebGLBuffer;
  discPos: WebGLBuffer;
  discRadius: WebGLBuffer;
  discPrecision: WebGLBuffer;
  discFlags: WebGLBuffer;
  /** Element buffers: the instances of the main pass, the vertices of the drawn discs. */
  markIndex: WebGLBuffer;
  discIndex: WebGLBuffer;
  /** The same for a hover's patch: what touches one square (drawHighlight). */
  patchMarkIndex: WebGLBuffer;
  patchDiscIndex: WebGLBuffer;
}

export class EventsRenderer {
  private b: EventBuffers;
  private readonly g: GlState;
  private hovered = -1;
  private selected = -1;
  private visibleCount = 0;
  private theme: Theme = 'light';
  private matrix = new Float32Array(16);
  /** Visible, unstacked instances (drawList), and of those the ones a frame shows (onScreen). */
  private markList = new Uint32Array(0);
  private markCount = 0;
  private screenList = new Uint32Array(0);
  private readonly pixels = new PixelScratch();
  private discList = new Uint32Array(0);
  private discCount = 0;
  /** The lists of a hover's patch (drawHighlight). */
  private patchMarks = new Uint32Array(0);
  private patchDiscs = new Uint32Array(0);
  /** The discs' flags once per vertex, rewritten on each brush step (not allocated). */
  private discFlags: Uint8Array = new Uint8Array(0);
  /**
   * What the last full frame drew with: the highlighted instances, the mark radius and the
   * number of marks in the element buffer; null when there is none to patch (a new dataset).
   */
  private drawn: {
    hovered: number;
    selected: number;
    radius: number;
    /** screenList[start, start + count) is in the marks' element buffer. */
    start: number;
    count: number;
  } | null = null;
  private zoom = 0;
  private dpr = 1;

  constructor(gl: WebGL2RenderingContext, buffers: EventBuffers) {
    this.b = buffers;
    const buffer = () => gl.createBuffer()!;
    this.g = {
      gl,
      marks: compile(gl, MARK_VERTEX, MARK_ATLAS_FRAGMENT),
      highlighted: compile(gl, MARK_VERTEX, MARK_FRAGMENT),
      discs: compile(gl, DISC_VERTEX, DISC_FRAGMENT),
      atlas: createAtlas(gl),
      vao: gl.createVertexArray()!,
      discCorner: buffer(),
      pos: buffer(),
      style: buffer(),
      flags: buffer(),
      discPos: buffer(),
      discRadius: buffer(),
      discPrecision: buffer(),
      discFlags: buffer(),
      markIndex: buffer(),
      discIndex: buffer(),
      patchMarkIndex: buffer(),
      patchDiscIndex: buffer(),
    };
    this.upload(this.g);
  }

  /** A new dataset: everything is uploaded again. */
  setBuffers(b: EventBuffers): void {
    this.b = b;
    this.hovered = this.selected = -1;
    this.drawn = null;
    this.upload(this.g);
  }

  /**
   * After packFlags rewrote the flags: one small upload per brush step. The discs' flags, six
   * per disc, only when discs are drawn: over DISC_LIMIT visible events none is, and the
   * highlighted event's own disc does not read them (at 100,000 events, 2.6 ms a step spent
   * repeating flags no frame would read).
   */
  flagsChanged(visibleCount: number): void {
    this.visibleCount = visibleCount;
    const g = this.g;
    const { gl } = g;
    gl.bindBuffer(gl.ARRAY_BUFFER, g.flags);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, this.b.flags);
    this.uploadLists();
    if (this.discCount) {
      gl.bindBuffer(gl.ARRAY_BUFFER, g.discFlags);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, perVertex(this.b.discs.flags, 1, this.discFlags));
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /**
   * Lists what the flags say is drawn and sends the discs' list (element buffers are VAO state);
   * the marks' list is sent by each frame, which knows the camera.
   */
  private uploadLists(): void {
    const g = this.g;
    const { gl } = g;
    this.markCount = drawList(this.b, this.markList);
    this.discCount = discDrawList(this.b, this.visibleCount, this.discList);
    gl.bindVertexArray(g.vao);
    if (this.discCount) {
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, g.discIndex);
      gl.bufferSubData(gl.ELEMENT_ARRAY_BUFFER, 0, this.discList, 0, this.discCount);
    }
    gl.bindVertexArray(null);
  }

  /** Instances (not event indices) to draw highlighted, -1 for none (drawn by drawHighlight). */
  setHighlight(hovered: number, selected: number): void {
    this.hovered = hovered;
    this.selected = selected;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
  }

  destroy(): void {
    const g = this.g;
    const { gl } = g;
    gl.deleteProgram(g.marks.program);
    gl.deleteProgram(g.highlighted.program);
    gl.deleteTexture(g.atlas);
    gl.deleteProgram(g.discs.program);
    gl.deleteVertexArray(g.vao);
    for (const b of [
      g.discCorner,
      g.pos,
      g.style,
      g.flags,
      g.discPos,
      g.discRadius,
      g.discPrecision,
      g.discFlags,
      g.markIndex,
      g.discIndex,
      g.patchMarkIndex,
      g.patchDiscIndex,
    ])
      gl.deleteBuffer(b);
  }

  private upload(g: GlState): void {
    const { gl } = g;
    const put = (buf: WebGLBuffer, data: ArrayBufferView, usage: number) => {
      gl.bindBuffer(gl.ARRAY_BUFFER, buf);
      // An empty buffer would make attribute setup invalid; one spare byte keeps it legal.
      gl.bufferData(gl.ARRAY_BUFFER, data.byteLength ? data : new Uint8Array(4), usage);
    };
    const { b } = this;
    put(g.pos, b.pos, gl.STATIC_DRAW);
    put(g.style, b.style, gl.STATIC_DRAW);
    put(g.flags, b.flags, gl.DYNAMIC_DRAW);
    const corners = new Float32Array(2 * DISC_VERTICES * b.discs.d);
    for (let d = 0; d < b.discs.d; d++) corners.set(DISC_CORNERS, 2 * DISC_VERTICES * d);
    put(g.discCorner, corners, gl.STATIC_DRAW);
    put(g.discPos, perVertex(b.discs.pos, 2), gl.STATIC_DRAW);
    put(g.discRadius, perVertex(b.discs.radius, 1), gl.STATIC_DRAW);
    put(g.discPrecision, perVertex(b.discs.precision, 1), gl.STATIC_DRAW);
    this.discFlags = perVertex(b.discs.flags, 1);
    put(g.discFlags, this.discFlags, gl.DYNAMIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.markList = new Uint32Array(b.m);
    this.screenList = new Uint32Array(b.m);
    this.discList = new Uint32Array(DISC_VERTICES * b.discs.d);
    gl.bindVertexArray(g.vao);
    this.patchMarks = new Uint32Array(b.m);
    this.patchDiscs = new Uint32Array(DISC_VERTICES * b.discs.d);
    for (const [buf, list] of [
      [g.markIndex, this.markList],
      [g.discIndex, this.discList],
      [g.patchMarkIndex, this.patchMarks],
      [g.patchDiscIndex, this.patchDiscs],
    ] as const) {
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, buf);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, Math.max(4, list.byteLength), gl.DYNAMIC_DRAW);
    }
    gl.bindVertexArray(null);
    this.uploadLists();
  }

  private attrib(
    p: Program,
    name: string,
    buf: WebGLBuffer,
    size: number,
    type: number,
    normalized: boolean,
    stride: number,
    offset: number,
  ): void {
    const loc = p.attribs[name];
    if (loc === undefined || loc < 0) return;
    const { gl } = this.g!;
    gl.bindBuffer(gl.ARRAY_BUFFER, buf);
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, size, type, normalized, stride, offset);
  }

  private bindMarks(p: Program): void {
    const g = this.g!;
    const { gl } = g;
    this.attrib(p, 'a_pos', g.pos, 2, gl.FLOAT, false, 8, 0);
    this.attrib(p, 'a_color', g.style, 3, gl.UNSIGNED_BYTE, true, 4, 0);
    this.attrib(p, 'a_shape', g.style, 1, gl.UNSIGNED_BYTE, false, 4, 3);
    this.attrib(p, 'a_flags', g.flags, 1, gl.UNSIGNED_BYTE, false, 1, 0);
  }

  private bindDiscs(): void {
    const g = this.g!;
    const { gl, discs: p } = g;
    this.attrib(p, 'a_corner', g.discCorner, 2, gl.FLOAT, false, 8, 0);
    this.attrib(p, 'a_pos', g.discPos, 2, gl.FLOAT, false, 8, 0);
    this.attrib(p, 'a_radius', g.discRadius, 1, gl.FLOAT, false, 4, 0);
    this.attrib(p, 'a_precision', g.discPrecision, 1, gl.UNSIGNED_BYTE, false, 1, 0);
    this.attrib(p, 'a_flags', g.discFlags, 1, gl.UNSIGNED_BYTE, false, 1, 0);
  }

  /**
   * Draws into the bound framebuffer (cleared by the caller). `mm` is maplibre's matrix from
   * mercator units (0..1) to clip space, for a canvas of the map canvas's size.
   */
  draw(mm: ArrayLike<number>, zoom: number, dpr: number): void {
    const g = this.g;
    const { gl } = g;
    this.drawn = null;
    if (this.b.m === 0) return;
    const { b } = this;
    // Positions are relative to b.origin: fold the translation into the matrix in float64.
    const [ox, oy] = b.origin;
    for (let k = 0; k < 12; k++) this.matrix[k] = mm[k]!;
    for (let r = 0; r < 4; r++) this.matrix[12 + r] = mm[r]! * ox + mm[4 + r]! * oy + mm[12 + r]!;
    this.zoom = zoom;
    this.dpr = dpr;
    const radius = markRadius(zoom, this.visibleCount) * dpr;
    const start = onScreen(
      b,
      this.markList,
      this.markCount,
      this.matrix,
      gl.drawingBufferWidth,
      gl.drawingBufferHeight,
      2 * radius + 4 * dpr,
      dpr,
      this.pixels,
      this.screenList,
    );
    const count = this.markCount - start;
    if (count > 0) {
      gl.bindVertexArray(g.vao);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, g.markIndex);
      gl.bufferSubData(gl.ELEMENT_ARRAY_BUFFER, 0, this.screenList, start, count);
      gl.bindVertexArray(null);
    }
    this.drawn = { hovered: this.hovered, selected: this.selected, radius, start, count };
    this.paint(g.markIndex, count, g.discIndex, this.discCount);
  }

  /**
   * After a hover or a selection changed, with the camera and the visible set of the last full
   * frame: draws again only the squares around the marks (and discs) whose highlight came or went,
   * the same draw calls clipped by the scissor, so every other pixel of the canvas (which keeps
   * its drawing buffer) stays as it was and nothing is uploaded. False when there is no such
   * frame: the caller draws in full.
   */
  drawHighlight(): boolean {
    const drawn = this.drawn;
    if (!drawn) return this.b.m === 0;
    const g = this.g;
    const { gl } = g;
    const { b, dpr } = this;
    const changed = new Set<number>();
    if (drawn.hovered !== this.hovered) changed.add(drawn.hovered).add(this.hovered);
    if (drawn.selected !== this.selected) changed.add(drawn.selected).add(this.selected);
    changed.delete(-1);
    drawn.hovered = this.hovered;
    drawn.selected = this.selected;
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    const frame = { matrix: this.matrix, w, h };
    const pxPerUnit = TILE_SIZE * 2 ** this.zoom * dpr;
    // An unhighlighted mark's sprite reaches this far from its centre (MARK_VERTEX), plus a pixel.
    const reach = (drawn.radius * ATLAS_CELL) / 2 / ATLAS_RADIUS + 1;
    gl.enable(gl.SCISSOR_TEST);
    gl.clearColor(0, 0, 0, 0);
    for (const j of changed) {
      const box = this.highlightBox(j, drawn.radius, frame, pxPerUnit);
      if (!box) continue;
      // Only what touches the square is drawn, in the full frame's order: SwiftShader pays for
      // every vertex of a draw call, even those the scissor then cuts away.
      const marks = marksInBox(
        b,
        this.screenList,
        drawn.start,
        drawn.count,
        frame,
        box,
        reach,
        this.patchMarks,
      );
      const discs = discsInBox(
        b,
        this.discList,
        this.discCount,
        frame,
        box,
        pxPerUnit,
        4 * dpr + 1,
        this.patchDiscs,
      );
      gl.bindVertexArray(g.vao);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, g.patchMarkIndex);
      if (marks) gl.bufferSubData(gl.ELEMENT_ARRAY_BUFFER, 0, this.patchMarks, 0, marks);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, g.patchDiscIndex);
      if (discs) gl.bufferSubData(gl.ELEMENT_ARRAY_BUFFER, 0, this.patchDiscs, 0, discs);
      gl.bindVertexArray(null);
      gl.scissor(box.x0, h - box.y1, box.x1 - box.x0, box.y1 - box.y0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      this.paint(g.patchMarkIndex, marks, g.patchDiscIndex, discs);
    }
    gl.disable(gl.SCISSOR_TEST);
    return true;
  }

  /**
   * Readies the highlight's draw calls before a person hovers: SwiftShader compiles a pipeline
   * the first time one is used (the highlighted marks' distance functions, the scissored clear),
   * which cost the first hover about 80 ms more than the next ones at 100,000 events. A patch
   * that highlights a drawn mark and one that takes it away again, in one task: the canvas
   * ends as it was. False when there is no frame to patch yet.
   */
  warm(): boolean {
    const drawn = this.drawn;
    if (!drawn || drawn.count === 0 || this.hovered >= 0) return false;
    this.hovered = this.screenList[drawn.start]!;
    this.drawHighlight();
    this.hovered = -1;
    this.drawHighlight();
    return true;
  }

  /**
   * The part of the canvas (device px, from the top left) that instance j's mark, highlighted or
   * not, and its precision disc cover; null when it is off the canvas.
   */
  private highlightBox(
    j: number,
    radius: number,
    frame: Frame,
    pxPerUnit: number,
  ): PixelBox | null {
    const { b, dpr } = this;
    if (j < 0 || j >= b.m) return null;
    const { w, h } = frame;
    const [px, py] = toPixel(frame, b.pos[2 * j]!, b.pos[2 * j + 1]!);
    // The selected mark's extent (the largest: MARK_VERTEX), and the unhighlighted atlas sprite's.
    let half = Math.max(1.5 * radius + 5 * dpr, (radius * ATLAS_CELL) / 2 / ATLAS_RADIUS);
    const d = b.discOf[j]!;
    if (d >= 0) half = Math.max(half, b.discs.radius[d]! * pxPerUnit + 4 * dpr);
    // A margin for the smoothing of the edges.
    half += 2 * dpr + 1;
    const box = {
      x0: Math.max(0, Math.floor(px - half)),
      y0: Math.max(0, Math.floor(py - half)),
      x1: Math.min(w, Math.ceil(px + half)),
      y1: Math.min(h, Math.ceil(py + half)),
    };
    return box.x1 > box.x0 && box.y1 > box.y0 ? box : null;
  }

  /**
   * The draw calls of a frame with the camera of the last full draw: the marks and discs of the
   * given element buffers, then the highlighted ones.
   */
  private paint(
    markIndex: WebGLBuffer,
    markCount: number,
    discIndex: WebGLBuffer,
    discCount: number,
  ): void {
    const g = this.g;
    const { gl } = g;
    const { b } = this;
    const drawn = this.drawn!;
    const dpr = this.dpr;
    const zoom = this.zoom;
    const t = THEME[this.theme];
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(g.vao);

    // Discs: every visible one, then the highlighted events' own, in their category colour.
    if (b.discs.d > 0) {
      const p = g.discs;
      gl.useProgram(p.program);
      gl.uniformMatrix4fv(p.uniforms.u_matrix!, false, this.matrix);
      gl.uniform1f(p.uniforms.u_px_per_unit!, TILE_SIZE * 2 ** zoom * dpr);
      gl.uniform1f(p.uniforms.u_dpr!, dpr);
      gl.uniform1f(p.uniforms.u_region!, REGION);
      gl.uniform4fv(p.uniforms.u_fill!, premultiply(t.fill));
      gl.uniform4fv(p.uniforms.u_edge!, premultiply(t.edge));
      gl.uniform1f(p.uniforms.u_single!, 0);
      // Discs under ~3 px are a speck under their mark; wider than the canvas, a tint of all of it.
      gl.uniform2f(
        p.uniforms.u_rpx_range!,
        3 * dpr,
        Math.max(gl.drawingBufferWidth, gl.drawingBufferHeight),
      );
      this.bindDiscs();
      if (discCount) {
        // Overlapping discs take the maximum, not the sum: hundreds of them around one city read
        // as one tinted area instead of saturating to a dark blot.
        gl.blendEquation(gl.MAX);
        gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, discIndex);
        gl.drawElements(gl.TRIANGLES, discCount, gl.UNSIGNED_INT, 0);
        gl.blendEquation(gl.FUNC_ADD);
      }
      for (const j of [this.hovered, this.selected]) {
        const d = j >= 0 ? b.discOf[j]! : -1;
        if (d < 0) continue;
        const c = b.style.subarray(4 * j, 4 * j + 3);
        const rgb = [c[0]! / 255, c[1]! / 255, c[2]! / 255];
        gl.uniform4fv(p.uniforms.u_fill!, premultiply([...rgb, 0.14]));
        gl.uniform4fv(p.uniforms.u_edge!, premultiply([...rgb, 0.95]));
        gl.uniform1f(p.uniforms.u_single!, 1);
        gl.drawArrays(gl.TRIANGLES, DISC_VERTICES * d, DISC_VERTICES);
      }
    }

    const marks = (p: Program) => {
      gl.useProgram(p.program);
      gl.uniformMatrix4fv(p.uniforms.u_matrix!, false, this.matrix);
      gl.uniform1f(p.uniforms.u_radius!, drawn.radius);
      gl.uniform1f(p.uniforms.u_dpr!, dpr);
      gl.uniform1i(p.uniforms.u_hovered!, this.hovered);
      gl.uniform1i(p.uniforms.u_selected!, this.selected);
      gl.uniform4fv(p.uniforms.u_outline!, premultiply(t.outline));
      this.bindMarks(p);
    };
    marks(g.marks);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, g.atlas);
    gl.uniform1i(g.marks.uniforms.u_atlas!, 0);
    gl.uniform1f(g.marks.uniforms.u_state!, 0);
    if (markCount > 0) {
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, markIndex);
      gl.drawElements(gl.POINTS, markCount, gl.UNSIGNED_INT, 0);
    }
    // The hovered mark, then the selected one on top of everything.
    marks(g.highlighted);
    gl.uniform4fv(g.highlighted.uniforms.u_ring!, premultiply(t.ring));
    for (const [j, state] of [
      [this.hovered, 1],
      [this.selected, 2],
    ] as const) {
      if (j < 0 || j >= b.m || (state === 1 && j === this.selected)) continue;
      gl.uniform1f(g.highlighted.uniforms.u_state!, state);
      gl.drawArrays(gl.POINTS, j, 1);
    }
    gl.bindTexture(gl.TEXTURE_2D, null);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }
}
