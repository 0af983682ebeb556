/**
 * The timeline's view state: its props, the scales and the layout (layout.ts) as `$derived`,
 * made once by Timeline.svelte and shared with the overview and the detail through a context
 * (the core holds the scales and the layout; the layers paint them and read them for hover,
 * click and tooltips). The layout reads neither the brush nor the hover: a brush step repaints
 * nothing but the brush and the dimming.
 */
import { createContext } from 'svelte';
import { scaleUtc } from 'd3';
import type { EventIndex } from '../filter/event-index';
import { initialWindow, padExtent, type Window } from '../filter/windows';
import { countInWindow } from '../filter/summary';
import { formatEventDate } from '../i18n/event-date';
import { localText } from '../i18n/text';
import type { UiLang } from '../i18n/translate';
import { isoDay } from '../time/partial-date';
import type { PlayMode, PlaySpeed } from '../time/playback';
import { categoryColor } from '../ui/palette';
import type { Capture } from '../ui/picture';
import type { Theme } from '../ui/theme';
import { PALETTES } from './draw';
import { tickFormatter } from './format';
import { buildLaneIndex, type LaneMode } from './lanes';
import { LayoutCache, layoutDetail, layoutOverview, OverviewCache } from './layout';
import { clampWindow, unionWindow } from './scale';

export interface TimelineProps {
  /** The events as columns (filter/event-index.ts). */
  index: EventIndex;
  /**
   * 1 = drawn: the events passing every filter except the brushed time window, which is shown
   * by the brush itself (the events outside it dimmed), not by leaving them out. A new array
   * whenever it changes.
   */
  drawn: Uint8Array;
  /** Events visible under every filter, the brush included (for the summary). */
  visibleCount: number;
  /** The app's visible-set version, published as data-timeline-painted once it is on screen. */
  visibleVersion: number;
  /** One lane per article (plus "Not assigned") or one per category. */
  laneMode?: LaneMode;
  /** The dataset's articles in dataset order (bit i of an event's mask is articles[i]). */
  articles: { number: number; title: string }[];
  /** The dataset's categories in dataset order, labels already in the reader's language. */
  categories: { id: string; label: string }[];
  /** The detail window [t0, t1) in ms since the epoch. */
  window: [number, number];
  /** The user zoomed, panned, moved the overview window or pressed a zoom button. */
  onwindowchange: (w: [number, number]) => void;
  /** The selected date range [t0, t1) in ms, or null. */
  brush: [number, number] | null;
  /**
   * Called on every pointer move while brushing (`live` true), at the drag's end, for typed
   * dates, and with null when cleared.
   */
  onbrush: (range: [number, number] | null, live?: boolean) => void;
  /** Event under the pointer anywhere in the app (-1 none). */
  hovered: number;
  /** Selected event (-1 none). */
  selected: number;
  /** The pointer went over event i on the timeline (-1 when it left). */
  onhover: (i: number) => void;
  /** Event i was clicked or stepped to with the arrow keys (-1 to clear). */
  onselect: (i: number) => void;
  /** Interface language, for dates and the axis. */
  lang: UiLang;
  /** Translator: locale.t. */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** A narrative step's window to mark, or null. */
  stepMarker?: [number, number] | null;
  /** Events highlighted by the narrative (others are dimmed); null or empty for none. */
  highlight?: Set<number> | Uint8Array | null;
  /** Height of one lane in px. */
  laneHeight?: number;
  /** For an audience (presentation mode): no editing toolbar, no hint line. */
  compact?: boolean;
  /** The background it sits on: lanes, axis, outlines and histograms follow. */
  theme?: Theme;
  /** The dataset's own language, for titles and places not translated to `lang`. */
  dataLanguage?: string;
  /** The reader chose lanes by article or by category (the toolbar's switch; absent: no switch). */
  onlanemodechange?: (mode: 'article' | 'category') => void;
  /** Receives the detail canvas's picture-taker while it is shown (null when it is gone). */
  oncapture?: (capture: Capture | null) => void;
  /** Time played: the toolbar's play control drives it (absent: no play control). */
  playback?: PlaybackControl;
}

/** What the play control shows and sets (the app state's player). */
export interface PlaybackControl {
  readonly playing: boolean;
  speed: PlaySpeed;
  mode: PlayMode;
  loop: boolean;
  toggle(): void;
  step(): void;
}

export interface TipContent {
  title: string;
  date: string;
  place: string;
}

export class TimelineView {
  /** Height of the detail's date axis, and of the overview's histogram, in px. */
  readonly axisHeight = 26;
  readonly overviewHeight = 34;
  /** Widths of the detail's and the overview's canvases, measured by each. */
  width = $state(0);
  overviewWidth = $state(0);
  /** When true a plain drag selects dates instead of panning. */
  brushMode = $state(false);

  readonly #p: TimelineProps;
  readonly #cache = new LayoutCache();
  readonly #overviewCache = new OverviewCache();

  constructor(props: TimelineProps) {
    this.#p = props;
  }

  /** The props as given (callbacks, hover, selection, brush, language). */
  get props(): TimelineProps {
    return this.#p;
  }
  get laneMode(): LaneMode {
    return this.#p.laneMode ?? 'article';
  }
  get laneHeight(): number {
    return this.#p.laneHeight ?? 30;
  }
  get stepMarker(): [number, number] | null {
    return this.#p.stepMarker ?? null;
  }
  get view(): Window {
    return this.#p.window;
  }
  readonly palette = $derived(PALETTES[this.props.theme ?? 'light']);

  /** A number, so that new label arrays (a language switch) do not rebuild the lane index. */
  readonly #laneCount = $derived(
    this.laneMode === 'category' ? this.props.categories.length : this.props.articles.length + 1,
  );
  readonly li = $derived(buildLaneIndex(this.props.index, this.laneMode, this.#laneCount));
  readonly dataBounds = $derived(initialWindow(this.props.index));
  // Held as numbers: a new array on every window change would redraw the overview each pan step.
  readonly #bound0 = $derived(unionWindow(this.dataBounds, this.view)[0]);
  readonly #bound1 = $derived(unionWindow(this.dataBounds, this.view)[1]);
  /** Everything one may pan to: the data, and the window the app asks for even if wider. */
  readonly bounds: Window = $derived([this.#bound0, this.#bound1]);
  readonly overviewBounds = $derived(padExtent(this.bounds, 0.01));

  /** The narrative's highlight as a mask, or null when nothing is highlighted. */
  readonly highlight = $derived.by(() => {
    const h = this.props.highlight;
    if (!h) return null;
    if (h instanceof Uint8Array) return h.some((v) => v) ? h : null;
    if (h.size === 0) return null;
    const m = new Uint8Array(this.props.index.n);
    for (const i of h) if (i >= 0 && i < this.props.index.n) m[i] = 1;
    return m;
  });

  /** The detail's time scale and axis. */
  readonly x = $derived(
    scaleUtc()
      .domain(this.view)
      .range([0, Math.max(this.width, 1)]),
  );
  readonly ticks = $derived(this.x.ticks(Math.max(2, Math.floor(this.width / 90))));
  readonly format = $derived(tickFormatter(this.props.lang));

  /** What the detail shows, lane by lane; null before it has a width. */
  readonly layout = $derived(
    this.width > 0
      ? layoutDetail(
          {
            index: this.props.index,
            li: this.li,
            drawn: this.props.drawn,
            highlight: this.highlight,
            w0: this.view[0],
            w1: this.view[1],
            width: this.width,
            laneHeight: this.laneHeight,
          },
          this.#cache,
        )
      : null,
  );

  /** What the overview shows; null before it has a width. */
  readonly overview = $derived(
    this.overviewWidth > 0
      ? layoutOverview(
          this.props.index,
          this.li,
          this.props.drawn,
          this.overviewBounds[0],
          this.overviewBounds[1],
          this.overviewWidth,
          this.#overviewCache,
        )
      : null,
  );

  /** What the detail shows beyond single marks, so the legend explains only what is seen. */
  readonly looks = $derived({
    bands: this.layout?.lanes.some((l) => l.form === 'bands') ?? false,
    histogram: this.layout?.lanes.some((l) => l.form === 'histogram') ?? false,
  });

  /** Accessible summary of what the detail shows: its dates and how many events are in them. */
  readonly summary = $derived(
    this.props.t('timeline.summary', {
      shown: countInWindow(this.props.index, this.props.drawn, this.view, this.props.brush),
      visible: this.props.visibleCount,
      from: formatEventDate({ start: isoDay(this.view[0]) }, this.props.lang),
      to: formatEventDate(
        { start: isoDay(Math.max(this.view[0], this.view[1] - 1)) },
        this.props.lang,
      ),
    }),
  );

  /** Histogram colour of a lane (category lanes), or null for neutral ink. */
  laneColor = (l: number): string | null =>
    this.laneMode === 'category' ? categoryColor(l) : null;

  #text(x: Parameters<typeof localText>[0]): string {
    return localText(x, this.#p.lang, this.#p.dataLanguage ?? 'en');
  }

  /**
   * Title, date and place of event i for the tooltip: the date as the source states it when it
   * words it, else at its precision ("≈" if approximate).
   */
  describe(i: number): TipContent {
    const { index, lang, t } = this.#p;
    const p = index.events[i]!.properties;
    const date = p.date.display ? this.#text(p.date.display) : formatEventDate(p.date, lang, '≈');
    const place = p.place.withheld ? t('place.withheld') : this.#text(p.place.name);
    return { title: this.#text(p.title), date, place };
  }

  /** Asks for window `w`, kept inside the bounds. */
  change = (w: Window): void => {
    this.#p.onwindowchange(clampWindow(w, this.bounds));
  };
}

export const [getTimelineView, setTimelineView] = createContext<TimelineView>();
