/**
 * The app's shared state: the dataset, the filters, hover, selection and the view. One derived
 * visible set drives the map, the timeline, the list and every count. Components read the
 * fields and call the named mutations; nothing else writes here.
 */
import { createContext } from 'svelte';
import type { LoadedDataset } from '../data/types';
import { buildAreaIndex, countAreas, type AreaIndex } from '../filter/areas';
import { buildEventIndex, type EventIndex } from '../filter/event-index';
import {
  applyTime,
  combine,
  exceptArea,
  facetCounts,
  facetMasks,
  type MaskInputs,
  timeMask,
  visibleInTimeOrder,
  type FacetContext,
  type Filters,
} from '../filter/visible';
import { Locale } from '../i18n/locale.svelte';
import { Announcer } from './announcer.svelte';
import { localText, textLang } from '../i18n/text';
import type { Text } from '../model/schema';
import type { Narrative } from '../model/schema';
import type { RegionSet } from '../geo/regions';
import type { Bounds, Camera, MapMode, MapReport, MapTarget } from '../model/view';
import { focusWindow, initialWindow } from '../filter/windows';
import { endWindow } from '../time/playback';
import { clampStep, findNarrative, stepView, type StepView } from './narrative';
import type { ViewSnapshot } from './narrative-editor';
import { Player } from './player.svelte';
import { DEFAULT_URL_STATE, type LaneMode, type UrlState, type ViewMode } from './url';

/** How long a brush drag rests before the list and the counts follow it. */
const SETTLE_MS = 150;

const EMPTY_CONTEXT: FacetContext = { articles: [], categories: [] };

/** A message for the reader about the state (a stale link, say), as an i18n key and params. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

type FilterState = Pick<
  AppState,
  'articles' | 'categories' | 'places' | 'areas' | 'text' | 'time' | 'window' | 'inView'
>;

/** The list with `v` removed if it was there, added if it was not. */
function toggled<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export class AppState {
  readonly locale = new Locale();
  /** The one polite live region's message (explorer/Announcements.svelte shows it). */
  readonly announcer = new Announcer();

  #dataset = $state.raw<LoadedDataset | null>(null);
  get dataset() {
    return this.#dataset;
  }
  index: EventIndex = $derived(
    buildEventIndex(
      this.dataset?.events ?? [],
      this.dataset?.description ?? { articles: [], categories: [], sources: [] },
    ),
  );
  /**
   * The region polygons (geo/regions.ts): loaded the first time the map counts by region or a
   * link filters by region, never for the first view.
   */
  #regions = $state.raw<RegionSet | null>(null);
  #regionsLoading = false;
  /** Each event's region and country, computed once per dataset once the regions are loaded. */
  areaIndex: AreaIndex | null = $derived(
    this.#regions ? buildAreaIndex(this.index, this.#regions) : null,
  );
  #ctx: FacetContext = $derived({
    ...(this.dataset?.description ?? EMPTY_CONTEXT),
    areas: this.areaIndex,
  });

  /** Time played: moves the brushed window through the data (or a narrative step's dates). */
  readonly player = new Player(this, () => this.index.extent);

  // Filters.
  #articles = $state.raw<number[]>([]);
  get articles() {
    return this.#articles;
  }
  #categories = $state.raw<string[]>([]);
  get categories() {
    return this.#categories;
  }
  #places = $state.raw<string[]>([]);
  get places() {
    return this.#places;
  }
  /** Regions and countries by code (filter/areas.ts), chosen on the map. */
  #areas = $state.raw<string[]>([]);
  get areas() {
    return this.#areas;
  }
  #text = $state('');
  get text() {
    return this.#text;
  }
  /** The brushed time window [start, end) in ms. */
  get time(): [number, number] | null {
    return this.#time;
  }
  set time(range: [number, number] | null) {
    this.#stopSettling();
    this.#time = range;
    this.#settledTime = range;
  }
  #time = $state.raw<[number, number] | null>(null);
  /**
   * The time window the list and the facet counts follow: `time` itself, except during a brush
   * drag, when they catch up once the pointer rests (SETTLE_MS). A drag step then redraws the
   * map and the timeline, not the list's rows and every count (about half of a step's layout).
   */
  #settledTime = $state.raw<[number, number] | null>(null);
  #settling: ReturnType<typeof setTimeout> | undefined;
  #settleFrame = 0;
  /** Limit the timeline and list to the map's view. */
  #inView = $state(false);
  get inView() {
    return this.#inView;
  }
  /** The map's current bounds, reported by the map. */
  #mapBounds = $state.raw<Bounds | null>(null);
  get mapBounds() {
    return this.#mapBounds;
  }

  // Views.
  /** The map's marks, or its counts by region. */
  #mapMode = $state<MapMode>('marks');
  get mapMode() {
    return this.#mapMode;
  }
  #laneMode = $state<LaneMode>('article');
  get laneMode() {
    return this.#laneMode;
  }
  /** The timeline's detail window. */
  #window = $state.raw<[number, number] | null>(null);
  get window() {
    return this.#window;
  }
  /** The map's current view, reported by the map on moveend. */
  #mapView = $state.raw<Camera | null>(null);
  get mapView() {
    return this.#mapView;
  }
  /**
   * A view the map should move to: from a link ({zoom, lat, lon}) or a narrative step (bounds,
   * or centre and zoom); null once applied.
   */
  #requestedMapView = $state.raw<MapTarget | null>(null);
  get requestedMapView() {
    return this.#requestedMapView;
  }
  #hovered = $state(-1);
  get hovered() {
    return this.#hovered;
  }
  #selected = $state(-1);
  get selected() {
    return this.#selected;
  }
  #view = $state<ViewMode>('explore');
  get view() {
    return this.#view;
  }
  #narrative = $state<string | null>(null);
  get narrative() {
    return this.#narrative;
  }
  #step = $state<number | null>(null);
  get step() {
    return this.#step;
  }
  /** Events the current narrative step highlights on the map and timeline; null otherwise. */
  get highlight(): Uint8Array | null {
    return this.currentStep?.highlight ?? null;
  }
  /**
   * The current narrative step's time [start, end) in ms, marked on the timeline; not when the
   * step brushes dates of its own, which the brush shows.
   */
  get stepMarker(): [number, number] | null {
    const s = this.currentStep;
    return s && !s.brush ? s.time : null;
  }
  /** The explorer's filters and view from before a presentation, restored on leaving it. */
  #beforePresenting: Pick<
    AppState,
    | 'articles'
    | 'categories'
    | 'places'
    | 'areas'
    | 'text'
    | 'time'
    | 'window'
    | 'inView'
    | 'selected'
    | 'mapView'
    | 'mapMode'
  > | null = null;
  /**
   * Show the names of persons flagged sensitive, in the explorer's detail, the presentation and
   * the brief. Off by default, even for a dataset whose names are public in its sources.
   */
  #names = $state(false);
  get names() {
    return this.#names;
  }
  #notices = $state.raw<Notice[]>([]);
  get notices() {
    return this.#notices;
  }

  /** Bumped by mutations that deserve their own history entry (back/forward). */
  #historyMark = $state(0);
  get historyMark() {
    return this.#historyMark;
  }

  /** Every filter but time: a brush step changes none of these, so nothing below it re-runs. */
  #facets: Filters = $derived({
    articles: this.articles,
    categories: this.categories,
    places: this.places,
    areas: this.areas,
    text: this.text,
    time: null,
    bounds: this.inView ? this.mapBounds : null,
  });
  filters: Filters = $derived({ ...this.#facets, time: this.time });

  /** Each facet's mask; a facet whose filter did not change keeps its mask (visible.ts). */
  #masks = $derived.by(() => {
    const inputs = { ix: this.index, f: this.#facets, ctx: this.#ctx };
    const masks = facetMasks(inputs.ix, inputs.f, inputs.ctx, this.#maskInputs);
    this.#maskInputs = { ...inputs, masks };
    return masks;
  });
  #maskInputs: MaskInputs | null = null;
  #base = $derived(combine(this.#masks));

  /**
   * Every filter but the time window: what the timeline draws. A chart is not filtered by its own
   * brush (the crossfilter convention): the events around the brushed window stay in view, dimmed,
   * and a brush step redraws nothing there but the brush.
   */
  context = $derived.by(() => ({ mask: this.#base, version: ++this.#contextVersion }));
  #contextVersion = 0;

  /** The visible set: 1 for each visible event, with a version that changes with it. */
  visible = $derived.by(() => {
    const mask = new Uint8Array(this.index.n);
    const count = applyTime(this.index, this.#base, this.time, mask);
    return { mask, count, version: ++this.#version };
  });
  #version = 0;

  /** The settled window's mask: a filter other than time does not change it. */
  #settledMask = $derived(timeMask(this.index, this.#settledTime));

  counts = $derived(facetCounts(this.index, this.#masks, this.#settledMask, this.#ctx));

  /**
   * What `counts` and `listed` are worked out from, at hand once the visible set is: it changes
   * whenever they may (a filter's masks, the settled window). The list and the filter panel watch
   * it, and work them out a frame later (ui/after-frame.svelte.ts).
   */
  settledInputs = $derived({ masks: this.#masks, settled: this.#settledMask });

  /** Visible events in time order, for the brief, the export and keyboard stepping. */
  ordered = $derived(visibleInTimeOrder(this.index, this.visible.mask));

  /**
   * The same for the list, once a brush drag rests (see #settledTime). It reads neither `time`
   * nor `visible`, so a drag step does not touch it.
   */
  listed = $derived.by(() => {
    const mask = new Uint8Array(this.index.n);
    applyTime(this.index, this.#base, this.#settledTime, mask);
    return visibleInTimeOrder(this.index, mask);
  });

  /**
   * The events by region and by country under every filter but the area filter, in the brushed
   * window (it follows a brush drag: one pass); null until the regions are loaded.
   */
  areaCounts = $derived.by(() => {
    const areas = this.areaIndex;
    return areas ? countAreas(areas, exceptArea(this.index, this.#masks, this.time)) : null;
  });

  selectedEvent = $derived(this.selected >= 0 ? (this.index.events[this.selected] ?? null) : null);

  get description() {
    return this.dataset?.description ?? null;
  }

  /** A data text (title, label, summary) in the reader's language, else the original. */
  localized = (t: Text | undefined): string =>
    localText(t, this.locale.lang, this.description?.language);

  /** The language of that wording, for the `lang` attribute of the element that shows it. */
  langOf = (t: Text | undefined): string =>
    textLang(t, this.locale.lang, this.description?.language);

  /** The dataset's articles and categories with their labels in the reader's language. */
  articleLabels = $derived(
    (this.dataset?.description.articles ?? []).map((a) => ({
      number: a.number,
      title: this.localized(a.title),
    })),
  );
  categoryLabels = $derived(
    (this.dataset?.description.categories ?? []).map((c) => ({
      id: c.id,
      label: this.localized(c.label),
    })),
  );

  /** Narratives written in the app for this dataset (kept in the browser), after its own. */
  #written = $state.raw<Narrative[]>([]);
  get written(): readonly Narrative[] {
    return this.#written;
  }

  /** The dataset's narratives, then those written in the app. */
  narratives: readonly Narrative[] = $derived([
    ...(this.dataset?.narratives ?? []),
    ...this.#written,
  ]);

  /** The narrative being presented (the first when the link names none or an unknown one). */
  currentNarrative: Narrative | null = $derived(
    this.view === 'present' || this.view === 'presenter'
      ? findNarrative(this.narratives, this.narrative)
      : null,
  );

  /** The narrative a brief prints (`view=brief&n=…`), step by step; null for a view's brief. */
  printedNarrative: Narrative | null = $derived(
    this.view === 'brief' && this.narrative
      ? (this.narratives.find((n) => n.id === this.narrative) ?? null)
      : null,
  );

  /**
   * The step being presented, derived once for everything that shows it: the presentation, the
   * presenter window, the map and timeline (highlight, stepMarker) and showStep itself.
   */
  currentStep: StepView | null = $derived(
    stepView(this.currentNarrative, this.step, this.index, this.description),
  );

  // Mutations.

  /**
   * Shows a dataset with the view a link describes (`link`), or with a fresh view (null, when the
   * reader chose another dataset: a history entry of its own). `notices` found while opening it
   * (a stored dataset that is gone, say) come before those of applying the link. `written`: the
   * narratives written in the app for it.
   */
  open(
    d: LoadedDataset,
    link: UrlState | null,
    notices: readonly Notice[] = [],
    written: readonly Narrative[] = [],
  ): void {
    this.player.pause();
    this.#dataset = d;
    this.#written = [...written];
    this.#hovered = -1;
    this.#selected = -1;
    this.applyUrlState(link ?? { ...DEFAULT_URL_STATE, lang: this.locale.lang });
    this.#notices = [...notices, ...this.#notices];
    // Open on the densest period holding half the events (the seed: January 2022); the overview
    // above the timeline shows the whole span.
    if (!this.#window)
      this.#window = focusWindow(this.index, null, 0.5) ?? initialWindow(this.index);
    if (!link) this.#historyMark++;
  }

  toggleArticle(n: number): void {
    this.#articles = toggled(this.articles, n);
    this.#historyMark++;
  }

  toggleCategory(id: string): void {
    this.#categories = toggled(this.categories, id);
    this.#historyMark++;
  }

  togglePlace(name: string): void {
    this.#places = toggled(this.places, name);
    this.#historyMark++;
  }

  /** Adds a region or a country (by code) to the area filter, or takes it out. */
  toggleArea(code: string): void {
    this.#areas = toggled(this.areas, code);
    this.#historyMark++;
    this.#needRegions();
  }

  setMapMode(mode: MapMode): void {
    this.#mapMode = mode;
    this.#historyMark++;
    this.#needRegions();
  }

  /** Loads the region polygons once, when the map's counts or the area filter need them. */
  #needRegions(): void {
    if (this.#regions || this.#regionsLoading) return;
    if (this.#mapMode !== 'counts' && this.#areas.length === 0) return;
    this.#regionsLoading = true;
    import('../geo/regions-file')
      .then((m) => m.loadRegions())
      .then(
        (set) => (this.#regions = set),
        () => {
          this.#regionsLoading = false;
          this.#notices = [...this.#notices, { key: 'notice.regions' }];
        },
      );
  }

  setText(text: string): void {
    this.#text = text;
  }

  /**
   * No history entry per pointer move. `live`: a step of a brush drag, after which the list and
   * the counts wait for the pointer to rest; the drag's end (not live) brings them up to date.
   */
  setTime(range: [number, number] | null, live = false): void {
    if (!live) {
      this.time = range;
      return;
    }
    this.#time = range;
    this.#stopSettling();
    // The rest is timed from the end of the frame that drew the step, not from the step: at a
    // million events drawing a step takes longer than SETTLE_MS, and the list and the counts
    // then caught up between every two steps of a drag (and held up the next one).
    const rest = () =>
      (this.#settling = setTimeout(() => (this.#settledTime = this.#time), SETTLE_MS));
    if (typeof requestAnimationFrame !== 'function') rest();
    else this.#settleFrame = requestAnimationFrame(() => (this.#settling = setTimeout(rest)));
  }

  #stopSettling(): void {
    clearTimeout(this.#settling);
    if (this.#settleFrame) cancelAnimationFrame(this.#settleFrame);
    this.#settleFrame = 0;
  }

  setWindow(w: [number, number] | null): void {
    this.#window = w;
  }

  setInView(on: boolean): void {
    this.#inView = on;
    this.#historyMark++;
  }

  setNames(on: boolean): void {
    this.#names = on;
    this.#historyMark++;
  }

  setLaneMode(mode: LaneMode): void {
    this.#laneMode = mode;
    this.#historyMark++;
  }

  clearFilters(): void {
    this.player.pause();
    this.#articles = [];
    this.#categories = [];
    this.#places = [];
    this.#areas = [];
    this.#text = '';
    this.time = null;
    this.#inView = false;
    this.#historyMark++;
  }

  hover(i: number): void {
    this.#hovered = i;
  }

  select(i: number): void {
    if (i === this.selected) return;
    this.#selected = i;
    this.#historyMark++;
  }

  selectById(id: string | null): void {
    this.select(id === null ? -1 : (this.index.byId.get(id) ?? -1));
  }

  /** Steps the selection to the previous (-1) or next (+1) visible event in time. */
  stepSelection(delta: -1 | 1): void {
    const order = this.ordered;
    if (!order.length) return;
    const at = order.indexOf(this.selected);
    const next =
      at < 0
        ? delta > 0
          ? 0
          : order.length - 1
        : Math.min(order.length - 1, Math.max(0, at + delta));
    this.select(order[next]!);
  }

  /** The map moved: its camera goes into the link, its bounds into "only events in view". */
  setMapView({ center, zoom, bounds }: MapReport): void {
    this.#mapView = { center, zoom };
    this.#mapBounds = bounds;
  }

  requestMapView(view: MapTarget | null): void {
    this.#requestedMapView = view;
  }

  setView(view: ViewMode): void {
    this.#view = view;
    this.#historyMark++;
  }

  /** Starts presenting a narrative at a step (1-based), keeping the explorer's view to return to. */
  /** The filters and the timeline window, as one value (saved and restored around a presentation). */
  #filterState(): FilterState {
    const { articles, categories, places, areas, text, time, window, inView } = this;
    return { articles, categories, places, areas, text, time, window, inView };
  }

  #setFilters(f: FilterState): void {
    this.#articles = f.articles;
    this.#categories = f.categories;
    this.#places = f.places;
    this.#areas = f.areas;
    this.#text = f.text;
    this.time = f.time;
    this.#window = f.window;
    this.#inView = f.inView;
  }

  enterPresentation(narrativeId: string | null, step = 1): void {
    if (this.view !== 'present' && this.view !== 'presenter') {
      this.#beforePresenting = {
        ...this.#filterState(),
        selected: this.selected,
        mapView: this.mapView,
        mapMode: this.mapMode,
      };
    }
    // The presenter's window follows the audience's narrative and stays the presenter's.
    if (this.view !== 'presenter') this.#view = 'present';
    this.#narrative = findNarrative(this.narratives, narrativeId)?.id ?? null;
    this.showStep(step);
  }

  /**
   * Shows a step of the current narrative as it was captured: its filters (articles, categories,
   * places, text, brushed dates, only in view), its time as the timeline's window and marker, its
   * map view, its selected event and its events highlighted. A filter the step does not set is
   * cleared, so that the audience sees what the step says, and nothing the presenter left on.
   */
  showStep(step: number): void {
    const n = this.currentNarrative;
    if (!n) return;
    this.player.pause();
    this.#step = clampStep(step, n.steps.length);
    const s = this.currentStep;
    if (!s) return;
    this.#articles = s.articles;
    this.#categories = s.categories;
    this.#places = s.places;
    this.#areas = s.areas;
    this.#mapMode = s.mapMode;
    this.#needRegions();
    this.#text = s.text;
    this.time = s.brush;
    this.#inView = s.inView;
    this.#selected = s.selected;
    if (s.time) this.#window = s.time;
    else if (s.play) this.#window = s.play.extent;
    if (s.map) this.#requestedMapView = s.map;
    // A step played from one date to another; with reduced motion it jumps to the end.
    if (s.play) {
      const settings = { speed: s.play.speed, mode: s.play.mode, loop: false };
      if (this.player.reducedMotion) this.time = endWindow(s.play.extent, settings);
      else this.player.play(s.play.extent, settings);
    }
    this.#historyMark++;
  }

  /** Back to exploring, with the filters and window from before the presentation. */
  leavePresentation(): void {
    this.player.pause();
    const before = this.#beforePresenting;
    if (before) {
      this.#setFilters(before);
      this.#selected = before.selected;
      this.#mapMode = before.mapMode;
      this.#requestedMapView = before.mapView;
    }
    this.#beforePresenting = null;
    this.#view = 'explore';
    this.#narrative = null;
    this.#step = null;
    this.#historyMark++;
  }

  /** The narratives written in the app for this dataset, after one was written or changed. */
  setWritten(list: readonly Narrative[]): void {
    this.#written = [...list];
  }

  dismissNotice(n: Notice): void {
    this.#notices = this.notices.filter((x) => x !== n);
  }

  /** What is on screen, as "Add this view as a step" captures it (state/narrative-editor.ts). */
  viewSnapshot(): ViewSnapshot {
    const ids = this.index.ids;
    const highlighted: string[] = [];
    this.highlight?.forEach((on, i) => {
      if (on) highlighted.push(ids[i]!);
    });
    return {
      articles: this.articles,
      categories: this.categories,
      places: this.places,
      areas: this.areas,
      text: this.text,
      brush: this.time,
      window: this.window,
      inView: this.inView,
      bounds: this.mapBounds,
      camera: this.mapView,
      mapMode: this.mapMode,
      selected: this.selected >= 0 ? (ids[this.selected] ?? null) : null,
      highlighted,
    };
  }

  /** The state as a link's fields. */
  toUrlState(): UrlState {
    const d = this.description;
    return {
      ...DEFAULT_URL_STATE,
      dataset: d?.id,
      version: d?.version,
      lang: this.locale.lang === 'en' ? undefined : this.locale.lang,
      articles: this.articles,
      categories: this.categories,
      places: this.places,
      areas: this.areas,
      text: this.text,
      time: this.time,
      window: this.window,
      selected: this.selected >= 0 ? (this.index.ids[this.selected] ?? null) : null,
      map: this.mapView,
      mapMode: this.mapMode,
      lanes: this.laneMode,
      inView: this.inView,
      view: this.view,
      narrative: this.narrative,
      step: this.step,
      names: this.names,
    };
  }

  /**
   * Applies a link to the loaded dataset. What the dataset does not know (an article it lacks,
   * an event id that is gone, another version) is left out and said in a notice.
   */
  applyUrlState(s: UrlState): void {
    const d = this.description;
    const notices: Notice[] = [];
    this.player.pause();
    // The language follows once its catalogue is loaded (at once when it is); when it cannot be
    // loaded the page stays in its language.
    if (s.lang) this.locale.set(s.lang).catch(() => undefined);
    if (d && s.version && s.version !== d.version) {
      notices.push({ key: 'notice.version', params: { linked: s.version, current: d.version } });
    }
    // Plain arrays: these lists are short and this runs once per link.
    const known = d?.articles.map((a) => a.number) ?? [];
    const unknownArticles = s.articles.filter((a) => !known.includes(a));
    if (unknownArticles.length)
      notices.push({ key: 'notice.articles', params: { list: unknownArticles.join(', ') } });
    const cats = d?.categories.map((c) => c.id) ?? [];
    this.#setFilters({
      articles: s.articles.filter((a) => known.includes(a)),
      categories: s.categories.filter((c) => cats.includes(c)),
      places: s.places.filter((p) => this.index.places.includes(p)),
      // Checked against the regions once they are loaded: an unknown code keeps no event.
      areas: s.areas,
      text: s.text,
      time: s.time,
      window: s.window,
      inView: s.inView,
    });
    this.#mapMode = s.mapMode;
    this.#laneMode = s.lanes;
    this.#names = s.names;
    this.#view = s.view;
    this.#narrative = s.narrative;
    this.#step = s.step;
    if (s.selected !== null) {
      const i = this.index.byId.get(s.selected);
      if (i === undefined) notices.push({ key: 'notice.selected', params: { id: s.selected } });
      this.#selected = i ?? -1;
    } else {
      this.#selected = -1;
    }
    if (s.map) this.#requestedMapView = s.map;
    // A link to a narrative step opens the presentation at that step, whatever the rest says.
    if ((s.view === 'present' || s.view === 'presenter') && this.narratives.length) {
      this.#beforePresenting = null;
      this.#narrative = this.currentNarrative?.id ?? null;
      this.showStep(s.step ?? 1);
    }
    this.#notices = notices;
    this.#needRegions();
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
