/**
 * The one owner of the maplibre instance. MapView.svelte creates it in an attachment, pushes
 * props into it from effects and destroys it on cleanup; nothing else touches the map.
 *
 * A brush step costs: packFlags (a typed-array loop), one bufferSubData and a redraw of the
 * overlay canvases (marks-overlay.ts: arrows, marks, badges), never a maplibre repaint. Count
 * badges, clustered in a worker, follow at most every CLUSTER_THROTTLE_MS.
 *
 * What the overlay last drew is written on the map's container after each of its frames:
 * data-map-painted (visible-set version), data-map-hover (hovered event) and data-map-highlight
 * (highlighted events drawn), the contract in docs/ARCHITECTURE.md; and data-map-badges (count
 * badges shown), for the map's own tests.
 */
import {
  AttributionControl,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type FontFacesSpecification,
  type LngLatBoundsLike,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import { prefersReducedMotion } from 'svelte/motion';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import ClusterWorker from './cluster.worker.ts?worker&inline';
import { OneAtATime } from '../ui/one-at-a-time';
import type KDBush from 'kdbush';
import type { EventIndex } from '../filter/event-index';
import { buildMovements, type ArrowPath } from './arcs';
import { prefetchTiles, registerBasemapProtocol } from './basemap-archive';
import { MAX_TILE_ZOOM, tilesCovering } from './tile-grid';
import { coincident, visibleInstances, type ClusterReply } from './clusters';
import { DIMMED, emptyBuffers, packFlags, VISIBLE, type EventBuffers } from './event-buffers';
import type { MapReport, MapTarget } from '../model/view';
import type { Picture } from '../ui/picture';
import type { Theme } from '../ui/theme';
import { buildHitIndex, pick } from './hit-test';
import { latFromMercatorY, lonFromMercatorX, mercatorX, mercatorY } from './mercator';
import { MarksOverlay, PROBE_LAYER } from './marks-overlay';
import { ResetControl } from './reset-control';
import { AreasLayer, type AreaFills } from './areas-layer';
import { fitPadding } from './fit-padding';
import { whenIdle } from '../ui/when-idle';

setWorkerUrl(workerUrl);
registerBasemapProtocol();

const CLUSTER_THROTTLE_MS = 150;
/** Pointer reach around a mark, in CSS pixels (a mark is 4-7 px in radius). */
const HIT_RADIUS_PX = 9;
/**
 * A map this wide or narrower folds its credit line: below it the line takes two lines over the
 * map (a tablet's 684 px map at 1024x768); a laptop's 726 px keeps it on one.
 */
const NARROW_MAP = 700;

export interface MapCallbacks {
  /** The pointer is over event i (-1: over none), at x, y in the container. */
  onpointer(i: number, x: number, y: number): void;
  onselect(i: number): void;
  /** A stack of events that never separates was clicked: offer them as a list. */
  onstack(events: number[], x: number, y: number): void;
  onviewchange(v: MapReport): void;
  /** The first idle after events were drawn. */
  onready(): void;
  /** Located visible events drawn, after each visible-set change. */
  ondrawn(count: number): void;
  /** Counts by region: the pointer is over an area (its code; null: over none), at x, y. */
  onarea(code: string | null, x: number, y: number): void;
  /** Counts by region: an area was clicked. */
  onareaclick(code: string): void;
}

export interface MapData {
  index: EventIndex;
  buffers: EventBuffers;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface MapLabels {
  reset: string;
  zoomIn: string;
  zoomOut: string;
  /** The button that folds and unfolds the credit line. */
  credits: string;
}

export class MapController {
  readonly map: MlMap;
  private readonly cb: MapCallbacks;
  private readonly overlay: MarksOverlay;
  /** The counts by region, when shown instead of the marks. */
  private readonly areas: AreasLayer;
  private data: MapData | null = null;
  private kd: KDBush | null = null;
  private cancelIdle = () => {};
  private movements: ArrowPath[] = [];
  private visible: Uint8Array = new Uint8Array(0);
  private highlight: Uint8Array | null = null;
  /** The credit line has been folded once, where the map is narrow (foldCredit). */
  private creditFolded = false;
  private version = -1;
  private highlightCount = 0;
  private hovered = -1;
  private selected = -1;
  private theme: Theme;
  private lang: string;
  private homeBounds: [number, number, number, number];
  /** The view when no event is located: the whole world. */
  private readonly worldBounds: [number, number, number, number];
  private readonly inset: () => number;
  private readonly worker: Worker;
  private seq = 0;
  private answered = 0;
  /** The badges' clusterings, one at a time (ui/one-at-a-time.ts). */
  private readonly clusterings = new OneAtATime(() => this.sendClusterRequest());
  /** The first request for the current data: an answer to one before it is of other events. */
  private dataFrom = 0;
  private clusters: ClusterReply | null = null;
  private clusterZoom = -1;
  private overlayTimer: ReturnType<typeof setTimeout> | null = null;
  private lastOverlayAt = 0;
  private pointerFrame = 0;
  private lastPointer: MapMouseEvent | null = null;
  private ready = false;
  private readonly reset: ResetControl;
  private readonly offs: (() => void)[] = [];

  constructor(
    container: HTMLElement,
    style: StyleSpecification,
    opts: {
      theme: Theme;
      lang: string;
      /** The names of the map's own buttons, in the interface language. */
      labels: MapLabels;
      /** The view before any data, and when no event is located. */
      home: [number, number, number, number];
      /** Width of the panels over the map's left side (legend, unlocated events), in pixels. */
      inset?: () => number;
    },
    cb: MapCallbacks,
  ) {
    this.cb = cb;
    this.theme = opts.theme;
    this.lang = opts.lang;
    this.homeBounds = this.worldBounds = opts.home;
    this.inset = opts.inset ?? (() => 0);
    this.map = new MlMap({
      container,
      style,
      bounds: opts.home,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      // A thematic map read north-up: rotation and pitch only disorient here.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      renderWorldCopies: false,
      // Labels appear at once: a fade is frames of the whole map redrawn, each costly without a
      // GPU, and motion that says nothing.
      fadeDuration: 0,
      minZoom: 0,
      maxZoom: 17,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.reset = new ResetControl(opts.labels.reset, () => this.resetView());
    this.map.addControl(this.reset, 'top-right');
    this.setLabels(opts.labels);
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    // Stacked above the credit in its corner: at the bottom left, the credit, open at first and
    // wrapping to two lines on a phone or in a longer language, covered the scale.
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.overlay = new MarksOverlay(this.map, emptyBuffers(), () => this.painted());
    this.overlay.setTheme(this.theme);
    this.areas = new AreasLayer(this.map, this.theme);

    this.worker = new ClusterWorker();
    const onReply = (e: MessageEvent<ClusterReply>) => this.receiveClusters(e.data);
    // A clustering that failed answers nothing: the next request must not wait for it.
    const onFailed = () => this.clusterings.done();
    this.worker.addEventListener('message', onReply);
    this.worker.addEventListener('error', onFailed);
    this.offs.push(() => {
      this.worker.removeEventListener('message', onReply);
      this.worker.removeEventListener('error', onFailed);
    });

    this.on('style.load', () => this.addLayers());
    this.on('moveend', () => this.moved());
    this.on('mousemove', (e: MapMouseEvent) => this.pointerMoved(e));
    this.on('mouseout', () => this.pointerLeft());
    this.on('click', (e: MapMouseEvent) => this.clicked(e));
    this.on('idle', () => this.idle());
    // maplibre fills the credit, unfolded, with the style's first data: folded then, once, so
    // that a person who opens it keeps it open across a change of theme.
    for (const type of ['styledata', 'sourcedata'])
      this.on(type, () => {
        if (!this.creditFolded) this.creditFolded = this.foldCredit();
      });
    this.on('resize', () => this.foldCredit());
  }

  /**
   * On a narrow map (a phone) the credit line takes two lines over the map: it starts folded to
   * its ⓘ button, which opens it (maplibre folds it only after a first drag). Wider, it stays open.
   * False while maplibre has not yet made it foldable (it has no credit before the style's data).
   */
  private foldCredit(): boolean {
    const credit = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    if (!credit?.classList.contains('maplibregl-compact')) return false;
    if (this.map.getContainer().offsetWidth <= NARROW_MAP)
      credit.classList.remove('maplibregl-compact-show');
    return true;
  }

  // Every listener is registered here, and its removal kept for destroy().
  private on(type: string, fn: (e: MapMouseEvent) => void): void {
    this.map.on(type as 'click', fn);
    this.offs.push(() => this.map.off(type as 'click', fn));
  }

  destroy(): void {
    if (this.overlayTimer) clearTimeout(this.overlayTimer);
    cancelAnimationFrame(this.pointerFrame);
    this.cancelIdle();
    for (const off of this.offs) off();
    this.worker.terminate();
    this.overlay.destroy();
    this.map.remove();
  }

  private addLayers(): void {
    // Under the basemap's boundaries and labels; added again after a new style.
    this.areas.addToStyle();
    // Last, so that it sees the camera of every frame maplibre draws.
    this.map.addLayer(this.overlay.probe());
    this.requestClusters();
  }

  /** After each overlay frame: what it drew, for tests and the benchmark. */
  private painted(): void {
    const el = this.map.getContainer();
    el.setAttribute('data-map-painted', String(this.version));
    el.setAttribute('data-map-hover', String(this.hovered));
    el.setAttribute('data-map-highlight', String(this.highlightCount));
    el.setAttribute('data-map-badges', String(this.overlay.badgeCount));
  }

  /**
   * The map as one picture: the basemap, the marks and the badges, copied within one frame
   * (neither WebGL canvas keeps its pixels after the frame is shown).
   */
  capture(): Promise<Picture> {
    this.map.redraw();
    const base = this.map.getCanvas();
    const out = document.createElement('canvas');
    out.width = base.width;
    out.height = base.height;
    const g = out.getContext('2d')!;
    // redraw() ran the probe, which drew the overlay with the same camera, in this same task.
    const marks = this.areas.shown ? [] : this.overlay.canvases();
    for (const c of [base, ...marks]) g.drawImage(c, 0, 0);
    return Promise.resolve({
      source: out,
      width: base.clientWidth || out.width,
      height: base.clientHeight || out.height,
    });
  }

  setData(data: MapData): void {
    this.data = data;
    const { buffers: b } = data;
    // The index for the pointer is not needed to draw: it is built when the page is idle, or
    // at the first pointer move before that.
    this.kd = null;
    this.cancelIdle();
    this.cancelIdle = whenIdle(() => this.hitIndex());
    this.movements = buildMovements(data.index);
    this.overlay.setBuffers(b);
    this.clusters = null;
    this.dataFrom = this.seq + 1;
    this.hovered = this.selected = -1;
    this.worker.postMessage({
      kind: 'points',
      lon: Float64Array.from(b.mx, lonFromMercatorX),
      lat: Float64Array.from(b.my, latFromMercatorY),
    });
    this.homeBounds = dataBounds(data) ?? this.worldBounds;
  }

  /** Fits the dataset's located events (the world when none is), for a first view and home. */
  fitData(animate = false): void {
    // A map started before its data (MapView's `waiting`) may have been laid out anew with it
    // (the timeline under it): fit to the size it has now, not the one maplibre last saw.
    const el = this.map.getContainer();
    const canvas = this.map.getCanvas();
    if (el.clientWidth !== canvas.clientWidth || el.clientHeight !== canvas.clientHeight)
      this.map.resize();
    this.map.fitBounds(this.homeBounds as LngLatBoundsLike, {
      padding: fitPadding(
        this.map.getContainer().clientWidth,
        this.inset(),
        getComputedStyle(this.map.getContainer()).direction === 'rtl',
      ),
      maxZoom: 8,
      duration: animate && !prefersReducedMotion.current ? 600 : 0,
    });
    // The first view: its tiles are read now, not after the frame that asks for them.
    if (!this.ready) this.prefetchView();
  }

  /** Reads the basemap tiles of the view now shown (maplibre's: 512-pixel tiles, zoom floored). */
  private prefetchView(): void {
    const b = this.map.getBounds();
    const z = Math.max(0, Math.min(MAX_TILE_ZOOM, Math.floor(this.map.getZoom())));
    prefetchTiles(tilesCovering([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], z));
  }

  resetView(): void {
    this.fitData(true);
  }

  /** A new visible set (`version` is what data-map-painted reports once it is drawn). */
  setVisible(visible: Uint8Array, highlight: Uint8Array | null, version: number): void {
    const data = this.data;
    if (!data || visible.length !== data.index.n) return;
    this.visible = visible;
    this.highlight = highlight;
    this.version = version;
    const b = data.buffers;
    const count = packFlags(b, visible, highlight);
    let lit = 0;
    if (highlight)
      for (let j = 0; j < b.m; j++) if ((b.flags[j]! & (VISIBLE | DIMMED)) === VISIBLE) lit++;
    this.highlightCount = lit;
    this.overlay.flagsChanged(count);
    this.cb.ondrawn(count);
    this.overlay.setArrows(this.movements.filter((a) => visible[a.i]));
    this.scheduleOverlays();
  }

  setHighlight(hovered: number, selected: number): void {
    const b = this.data?.buffers;
    if (!b) return;
    const rowOf = (i: number) => (i >= 0 && i < b.rowOf.length ? b.rowOf[i]! : -1);
    this.hovered = hovered;
    this.overlay.setHighlight(rowOf(hovered), rowOf(selected));
    if (selected !== this.selected) {
      this.selected = selected;
      if (selected >= 0) this.showEvent(selected);
    }
  }

  /** Brings a selected event into view, unless it is already well inside it. */
  private showEvent(i: number): void {
    const data = this.data!;
    const b = data.buffers;
    const points: [number, number][] = [];
    const j = b.rowOf[i]!;
    if (j >= 0) points.push([lonFromMercatorX(b.mx[j]!), latFromMercatorY(b.my[j]!)]);
    const place = data.index.events[i]?.properties.place;
    if (data.index.hasMovement[i] && place?.origin?.coordinates && place.destination?.coordinates)
      points.push(place.origin.coordinates, place.destination.coordinates);
    if (points.length === 0) return;
    const canvas = this.map.getCanvas();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    const inside = points.every(([lon, lat]) => {
      const p = this.map.project([lon, lat]);
      return p.x > w * 0.1 && p.x < w * 0.9 && p.y > h * 0.1 && p.y < h * 0.9;
    });
    if (inside) return;
    const duration = prefersReducedMotion.current ? 0 : 800;
    if (points.length === 1)
      this.map.easeTo({ center: points[0]!, zoom: Math.max(this.map.getZoom(), 5), duration });
    else {
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      this.map.fitBounds(
        [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
        { padding: 60, maxZoom: Math.max(this.map.getZoom(), 5), duration },
      );
    }
  }

  /** Applies a requested view unless the map already shows it (so reports do not echo back). */
  setView(v: MapTarget, animate: boolean): void {
    const duration = animate && !prefersReducedMotion.current ? 700 : 0;
    if ('bounds' in v) {
      this.map.fitBounds(v.bounds, { padding: 24, duration });
      return;
    }
    const c = this.map.getCenter();
    const same =
      Math.abs(c.lng - v.center[0]) < 1e-4 &&
      Math.abs(c.lat - v.center[1]) < 1e-4 &&
      Math.abs(this.map.getZoom() - v.zoom) < 0.01;
    if (!same) this.map.easeTo({ center: v.center, zoom: v.zoom, duration });
  }

  /**
   * Shows the counts by region instead of the marks (null: the marks again). The marks' canvases
   * are hidden, not emptied, so that switching back costs nothing.
   */
  setAreas(fills: AreaFills | null): void {
    this.areas.set(fills);
    for (const c of this.overlay.canvases()) c.style.visibility = fills ? 'hidden' : '';
    this.map.triggerRepaint();
  }

  setStyle(style: StyleSpecification, theme: Theme, lang: string): void {
    this.theme = theme;
    this.lang = lang;
    this.overlay.setTheme(theme);
    this.areas.setTheme(theme);
    if (this.clusters) this.overlay.setClusters(this.clusters, lang);
    // Without diff, maplibre rebuilds the style and fires style.load, where the layers return.
    this.map.setStyle(style, { diff: false });
  }

  /**
   * Replaces the style's font files (Noto Sans SC's arriving for Chinese labels) without rebuilding
   * the style: maplibre redraws only the labels. Before the style has loaded, once it has.
   */
  setFontFaces(faces: FontFacesSpecification): void {
    const apply = () => this.map.setFontFaces(faces);
    try {
      apply();
    } catch {
      this.map.once('style.load', apply);
    }
  }

  /** Names maplibre's zoom and credit buttons (English otherwise) and the home button in the interface language. */
  setLabels(labels: MapLabels): void {
    this.reset.setLabel(labels.reset);
    const container = this.map.getContainer();
    for (const [cls, label] of [
      ['maplibregl-ctrl-zoom-in', labels.zoomIn],
      ['maplibregl-ctrl-zoom-out', labels.zoomOut],
      ['maplibregl-ctrl-attrib-button', labels.credits],
    ] as const) {
      const button = container.querySelector<HTMLButtonElement>(`.${cls}`);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  }

  private moved(): void {
    const c = this.map.getCenter();
    const bb = this.map.getBounds();
    this.cb.onviewchange({
      center: [round(c.lng, 5), round(c.lat, 5)],
      zoom: round(this.map.getZoom(), 2),
      bounds: [
        round(bb.getWest(), 5),
        round(bb.getSouth(), 5),
        round(bb.getEast(), 5),
        round(bb.getNorth(), 5),
      ],
    });
    if (Math.floor(this.map.getZoom()) !== this.clusterZoom) this.requestClusters();
  }

  private idle(): void {
    if (this.ready || !this.data || !this.map.getLayer(PROBE_LAYER)) return;
    this.ready = true;
    this.cb.onready();
  }

  // Count badges, throttled after a visible-set change.
  private scheduleOverlays(): void {
    if (this.overlayTimer) return;
    const wait = Math.max(0, CLUSTER_THROTTLE_MS - (performance.now() - this.lastOverlayAt));
    this.overlayTimer = setTimeout(() => {
      this.overlayTimer = null;
      this.lastOverlayAt = performance.now();
      this.refreshOverlays();
    }, wait);
  }

  private refreshOverlays(): void {
    this.requestClusters();
  }

  /**
   * Asks the worker for the badges of the visible set at this zoom. One request at a time, and of
   * those asked for meanwhile only the last: at a million events a clustering takes the worker
   * 0.3-0.9 s, and a request every 150 ms of a drag queued up behind it, each worked out and then
   * thrown away while the page's frames waited for the same two cores.
   */
  private requestClusters(): void {
    if (!this.data || this.visible.length !== this.data.index.n) return;
    this.clusterings.request();
  }

  private sendClusterRequest(): void {
    if (!this.data || this.visible.length !== this.data.index.n) {
      this.clusterings.done();
      return;
    }
    const zoom = Math.floor(this.map.getZoom());
    this.clusterZoom = zoom;
    const visible = visibleInstances(this.data.buffers.rows, this.visible);
    this.worker.postMessage({ kind: 'cluster', seq: ++this.seq, zoom, visible }, [visible.buffer]);
  }

  private receiveClusters(reply: ClusterReply): void {
    this.clusterings.done();
    if (reply.seq < this.answered || reply.seq < this.dataFrom) return;
    this.answered = reply.seq;
    this.clusters = reply;
    this.overlay.setClusters(reply, this.lang);
  }

  // Pointer: one hit test per frame at most.
  private pointerMoved(e: MapMouseEvent): void {
    this.lastPointer = e;
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const ev = this.lastPointer;
      if (!ev) return;
      if (this.areas.shown) {
        const code = this.areas.areaAt(ev.point);
        this.map.getCanvas().style.cursor = code ? 'pointer' : '';
        this.cb.onarea(code, ev.point.x, ev.point.y);
        return;
      }
      const i = this.hit(ev);
      const onBadge = i < 0 && this.badgeAt(ev) !== null;
      this.map.getCanvas().style.cursor = i >= 0 || onBadge ? 'pointer' : '';
      this.cb.onpointer(i, ev.point.x, ev.point.y);
    });
  }

  private pointerLeft(): void {
    this.lastPointer = null;
    cancelAnimationFrame(this.pointerFrame);
    this.pointerFrame = 0;
    this.map.getCanvas().style.cursor = '';
    this.cb.onpointer(-1, 0, 0);
    this.cb.onarea(null, 0, 0);
  }

  private hit(e: MapMouseEvent): number {
    const data = this.data;
    if (!data || this.visible.length !== data.index.n) return -1;
    return pick(
      this.hitIndex(),
      data.buffers,
      mercatorX(e.lngLat.lng),
      mercatorY(e.lngLat.lat),
      HIT_RADIUS_PX,
      this.map.getZoom(),
      this.visible,
      [this.selected, this.hovered].filter((i) => i >= 0),
    );
  }

  /** The marks' index for the pointer, of the dataset drawn (setData). */
  private hitIndex(): KDBush {
    return (this.kd ??= buildHitIndex(this.data!.buffers));
  }

  private badgeAt(e: MapMouseEvent): number | null {
    return this.clusters ? this.overlay.badgeAt(e.point.x, e.point.y) : null;
  }

  private clicked(e: MapMouseEvent): void {
    if (this.areas.shown) {
      const code = this.areas.areaAt(e.point);
      if (code) this.cb.onareaclick(code);
      return;
    }
    const k = this.badgeAt(e);
    const data = this.data;
    if (k !== null && this.clusters && data) {
      const { offsets, members } = this.clusters;
      const js = members.subarray(offsets[k], offsets[k + 1]);
      const b = data.buffers;
      if (coincident(b.mx, b.my, js) || this.map.getZoom() >= this.map.getMaxZoom() - 0.5) {
        this.cb.onstack(
          Array.from(js, (j) => b.rows[j]!),
          e.point.x,
          e.point.y,
        );
      } else {
        let [w, s, east, n] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const j of js) {
          const lon = lonFromMercatorX(b.mx[j]!);
          const lat = latFromMercatorY(b.my[j]!);
          w = Math.min(w, lon);
          east = Math.max(east, lon);
          s = Math.min(s, lat);
          n = Math.max(n, lat);
        }
        const camera = this.map.cameraForBounds([w, s, east, n], { padding: 80 });
        this.map.easeTo({
          center: camera?.center,
          // Always at least one level closer, so a click never does nothing.
          zoom: Math.max(camera?.zoom ?? 0, this.map.getZoom() + 1),
          duration: prefersReducedMotion.current ? 0 : 500,
        });
      }
      return;
    }
    const i = this.hit(e);
    this.cb.onselect(i);
  }
}

/** The extent of the mapped events and movement endpoints, or null when there are none. */
function dataBounds(data: MapData): [number, number, number, number] | null {
  const { buffers: b, index } = data;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let j = 0; j < b.m; j++) {
    minX = Math.min(minX, b.mx[j]!);
    maxX = Math.max(maxX, b.mx[j]!);
    minY = Math.min(minY, b.my[j]!);
    maxY = Math.max(maxY, b.my[j]!);
  }
  if (b.m) {
    add(lonFromMercatorX(minX), latFromMercatorY(maxY));
    add(lonFromMercatorX(maxX), latFromMercatorY(minY));
  }
  const m = index.movement;
  for (let i = 0; i < index.n; i++) {
    if (!index.hasMovement[i]) continue;
    add(m[4 * i]!, m[4 * i + 1]!);
    add(m[4 * i + 2]!, m[4 * i + 3]!);
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
