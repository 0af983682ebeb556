/**
 * The events on canvases of their own, layered over maplibre's: a 2D canvas for movement arrows,
 * a WebGL2 canvas above it for marks and precision discs, and a 2D canvas for count badges on
 * top. A visible-set change, a hover or
 * a highlight redraws only these, with the last camera maplibre used: maplibre redraws its whole
 * frame for any change (80-350 ms under software WebGL), the overlay a few milliseconds. A hover
 * or a selection redraws less still: the squares of the marks' canvas around the marks whose
 * highlight changed (at 100,000 events a full redraw of the marks is most of a frame's cost).
 *
 * The camera comes from a probe: a maplibre custom layer that draws nothing and records the
 * matrix maplibre renders with. The overlay redraws inside that call, so on every maplibre frame
 * (a pan, a zoom) the marks are drawn in the same frame as the basemap and cannot lag or swim.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MlMap } from 'maplibre-gl';
import type { ClusterReply } from './clusters';
import {
  badgeAt,
  badgesOf,
  drawBadges,
  placeBadges,
  type Badge,
  type PlacedBadge,
} from './count-badges';
import type { EventBuffers } from './event-buffers';
import { EventsRenderer } from './events-layer';
import type { Theme } from '../ui/theme';
import type { ArrowPath } from './arcs';
import { drawArrows, RouteCache } from './movement-arrows';

export const PROBE_LAYER = 'casemap-camera';

const ARROWS = 1;
const MARKS = 2;
const BADGES = 4;
/** The hovered and selected marks only: a patch of the marks' canvas (EventsRenderer.drawHighlight). */
const HIGHLIGHT = 8;
const ALL = ARROWS | MARKS | BADGES;
/** How long after a full frame of the marks the highlight's draw calls are readied. */
const WARM_DELAY_MS = 300;

export class MarksOverlay {
  readonly canvas: HTMLCanvasElement;
  readonly badgeCanvas: HTMLCanvasElement;
  readonly arrowCanvas: HTMLCanvasElement;
  private readonly map: MlMap;
  private readonly gl: WebGL2RenderingContext;
  /** One pixel's worth of buffer the marks' canvas is read into after a draw (see submit). */
  private readonly submitted: WebGLBuffer;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly arrowCtx: CanvasRenderingContext2D;
  private arrows: readonly ArrowPath[] = [];
  /** Each movement's route under the camera the arrows were last drawn with, and that camera. */
  private readonly routeCache = new RouteCache();
  private routeCamera: unknown[] = [];
  private readonly renderer: EventsRenderer;
  private readonly onpainted: () => void;
  /** The last camera: maplibre's mercator-to-clip matrix, its zoom and pixel ratio. */
  private matrix: Float64Array | null = null;
  private zoom = 0;
  private frame = 0;
  /** Layers (ARROWS | MARKS | BADGES) waiting for the next frame. */
  private dirty = 0;
  private theme: Theme = 'light';
  private badges: Badge[] = [];
  private placed: PlacedBadge[] = [];
  private font = '600 10.5px sans-serif';
  /** Whether the highlight's draw calls were readied (EventsRenderer.warm), and its timer. */
  private warmed = false;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(map: MlMap, buffers: EventBuffers, onpainted: () => void) {
    this.map = map;
    this.onpainted = onpainted;
    const make = (cls: string) => {
      const c = document.createElement('canvas');
      c.className = cls;
      c.setAttribute('aria-hidden', 'true');
      // Under the controls, over the map; the pointer goes through to maplibre.
      c.style.cssText =
        'position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;';
      return c;
    };
    this.canvas = make('casemap-marks');
    this.badgeCanvas = make('casemap-badges');
    this.arrowCanvas = make('casemap-arrows');
    map.getCanvasContainer().after(this.arrowCanvas, this.canvas, this.badgeCanvas);
    // The drawing buffer is kept between frames: a hover redraws a few squares of it, not all.
    const gl = this.canvas.getContext('webgl2', {
      antialias: false,
      depth: false,
      stencil: false,
      preserveDrawingBuffer: true,
    });
    if (!gl) throw new Error('WebGL2 is not available for the events overlay');
    this.gl = gl;
    this.submitted = gl.createBuffer()!;
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, this.submitted);
    gl.bufferData(gl.PIXEL_PACK_BUFFER, 4, gl.STREAM_READ);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    // CPU-backed 2D canvases: with software WebGL, GPU raster of a 2D canvas is the slow path.
    this.ctx = this.badgeCanvas.getContext('2d', { willReadFrequently: true })!;
    this.arrowCtx = this.arrowCanvas.getContext('2d', { willReadFrequently: true })!;
    this.renderer = new EventsRenderer(gl, buffers);
    const family = getComputedStyle(map.getContainer()).fontFamily || 'sans-serif';
    this.font = `600 10.5px ${family}`;
  }

  /** The maplibre layer that hands over the camera; add it to every style (after a restyle too). */
  probe(): CustomLayerInterface {
    return {
      id: PROBE_LAYER,
      type: 'custom',
      renderingMode: '2d',
      render: (_gl: WebGL2RenderingContext, o: CustomRenderMethodInput) => {
        const m = o.defaultProjectionData.mainMatrix;
        // maplibre also draws frames for its own reasons (a tile arriving, a label placed): with
        // the same camera, the overlay's pictures still stand, and only what is dirty is drawn.
        if (this.matrix && this.matrix.every((x, k) => x === m[k])) {
          if (this.dirty) this.draw(0);
          return;
        }
        this.matrix = Float64Array.from(m);
        this.zoom = this.map.getZoom();
        this.draw();
      },
    };
  }

  setBuffers(b: EventBuffers): void {
    this.renderer.setBuffers(b);
    this.routeCache.clear();
    this.warmed = false;
    this.badges = [];
    this.invalidate();
  }

  /**
   * A new visible set is drawn at once, not on the next frame: a brush step's pointer event is
   * handled at the start of the frame, and what the page's script does after this call (the
   * timeline, the list's bookkeeping, then the frame's callbacks) then runs while the GPU draws.
   */
  flagsChanged(visibleCount: number): void {
    this.renderer.flagsChanged(visibleCount);
    this.draw(MARKS);
  }

  /**
   * Always paints a frame: the hovered index is reported even when it has no mark (an unlocated
   * row). Only the squares around the marks whose highlight changed are drawn again.
   */
  setHighlight(hovered: number, selected: number): void {
    this.renderer.setHighlight(hovered, selected);
    this.invalidate(HIGHLIGHT);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.renderer.setTheme(theme);
    this.invalidate();
  }

  setClusters(reply: ClusterReply | null, lang: string): void {
    this.badges = reply ? badgesOf(reply, lang) : [];
    this.invalidate(BADGES);
  }

  /** Count badges on the map after the last frame (those that did not collide). */
  get badgeCount(): number {
    return this.placed.length;
  }

  /** The visible movements. */
  setArrows(arrows: readonly ArrowPath[]): void {
    this.arrows = arrows;
    this.invalidate(ARROWS);
  }

  /** The cluster whose badge is under a point (CSS pixels in the map's box), or null. */
  badgeAt(x: number, y: number): number | null {
    return badgeAt(this.placed, x, y);
  }

  /**
   * Redraws `layers` on the next frame with the last camera; maplibre is not asked to repaint.
   * Only what changed is drawn again: a cluster reply redraws the badges, not 100,000 marks.
   */
  invalidate(layers: number = ALL): void {
    this.dirty |= layers;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw(0);
    });
  }

  /**
   * Draws now: from the probe (in maplibre's frame), from invalidate's frame, or for a new
   * visible set (flagsChanged).
   */
  draw(layers: number = ALL): void {
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    const dirty = this.dirty | layers;
    this.dirty = 0;
    const mapCanvas = this.map.getCanvas();
    const w = mapCanvas.width;
    const h = mapCanvas.height;
    const dpr = this.map.getPixelRatio();
    for (const c of this.canvases()) {
      if (c.width !== w || c.height !== h) {
        // Resizing clears a canvas: all of them are drawn again.
        c.width = w;
        c.height = h;
        return this.draw(ALL);
      }
    }
    const m = this.matrix;
    const cssW = w / dpr;
    const cssH = h / dpr;
    // Column-major: clip = m * (x, y, 0, 1).
    const project = (x: number, y: number): [number, number] => {
      const cw = m![3]! * x + m![7]! * y + m![15]!;
      const cx = (m![0]! * x + m![4]! * y + m![12]!) / cw;
      const cy = (m![1]! * x + m![5]! * y + m![13]!) / cw;
      return [((cx + 1) / 2) * cssW, ((1 - cy) / 2) * cssH];
    };
    const { gl } = this;
    if (dirty & MARKS || (dirty & HIGHLIGHT && !this.renderer.drawHighlight())) {
      gl.viewport(0, 0, w, h);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      if (m) this.renderer.draw(m, this.zoom, dpr);
      if (!this.warmed && this.warmTimer === undefined)
        // Once the first view is on screen, when the page is likely idle.
        this.warmTimer = setTimeout(() => {
          this.warmTimer = undefined;
          // Not over a full frame still to come (its lists are already new): after it, then.
          this.warmed = !(this.dirty & MARKS) && this.renderer.warm();
        }, WARM_DELAY_MS);
    }
    if (dirty & (MARKS | HIGHLIGHT)) this.submit();
    if (dirty & ARROWS) {
      const g = this.arrowCtx;
      g.setTransform(1, 0, 0, 1, 0, 0);
      g.clearRect(0, 0, w, h);
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      const camera = [m, w, h, dpr];
      if (camera.some((x, k) => x !== this.routeCamera[k])) {
        this.routeCache.clear();
        this.routeCamera = camera;
      }
      if (m) drawArrows(g, this.arrows, project, this.theme, this.routeCache);
    }
    if (dirty & BADGES) {
      const { ctx } = this;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, w, h);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.font = this.font;
      const widths = new Map<string, number>();
      const measure = (s: string) => {
        let x = widths.get(s);
        if (x === undefined) widths.set(s, (x = ctx.measureText(s).width));
        return x;
      };
      this.placed = m ? placeBadges(this.badges, project, measure, cssW, cssH) : [];
      drawBadges(ctx, this.badges, this.placed, this.theme, this.font);
    }
    this.onpainted();
  }

  /**
   * Sets the GPU drawing what was just drawn. Without a GPU compositor, the page's commit reads
   * the canvas back and waits there for software WebGL to draw the marks: most of a brush step
   * at 100,000 events, and a quarter of one at 1,000 (a trace of the bench's drag). Submitted
   * here, the marks are drawn while this thread strokes the arrows and lays the page out, and
   * the readback finds them drawn. A flush alone does not submit: ANGLE holds it while the
   * render pass is open. Reading a pixel into a buffer, which waits for nothing, closes the pass.
   */
  private submit(): void {
    const { gl } = this;
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, this.submitted);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, 0);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    gl.flush();
  }

  /** Bottom to top, as composed on screen (and in a captured picture). */
  canvases(): HTMLCanvasElement[] {
    return [this.arrowCanvas, this.canvas, this.badgeCanvas];
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    clearTimeout(this.warmTimer);
    this.renderer.destroy();
    this.gl.deleteBuffer(this.submitted);
    for (const c of this.canvases()) c.remove();
  }
}
