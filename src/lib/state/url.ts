/**
 * The view as a URL, so that a link reproduces it exactly: filters, time window, selection, map
 * view, language, the dataset's id and version, the narrative step. It lives in the fragment
 * (#…), which browsers never send to a server: a shared link does not tell any server what
 * someone was looking at. Parameters in the query (?…) are read too, so `?view=brief` works.
 *
 * Events are named by their own ids, never by position, so adding events breaks no link.
 */
import { isUiLang, type UiLang } from '../i18n/translate';
import type { Camera, MapMode } from '../model/view';

export type LaneMode = 'article' | 'category';
/** `presenter` is the speaker's second window, kept in step with the audience's `present`. */
export type ViewMode = 'explore' | 'present' | 'presenter' | 'brief';

export interface UrlState {
  dataset?: string;
  version?: string;
  lang?: UiLang;
  articles: number[];
  categories: string[];
  places: string[];
  /** Regions and countries by code (filter/areas.ts): `r=KAZ-1242,FJ`. */
  areas: string[];
  text: string;
  /** Brushed time window [start, end) in ms. */
  time: [number, number] | null;
  /** Timeline detail window [start, end) in ms. */
  window: [number, number] | null;
  selected: string | null;
  map: Camera | null;
  /** The map's marks, or its counts by region (`mapmode=counts`). */
  mapMode: MapMode;
  lanes: LaneMode;
  /** Limit the timeline and list to the map's view. */
  inView: boolean;
  view: ViewMode;
  narrative: string | null;
  /** 1-based step of the narrative. */
  step: number | null;
  /** Dataset to load from the same origin (import by URL). */
  data: string | null;
  /** Show the names of persons flagged sensitive (`names=1`); off unless asked for. */
  names: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  articles: [],
  categories: [],
  places: [],
  areas: [],
  text: '',
  time: null,
  window: null,
  selected: null,
  map: null,
  mapMode: 'marks',
  lanes: 'article',
  inView: false,
  view: 'explore',
  narrative: null,
  step: null,
  data: null,
  names: false,
};

/** An instant as short as it can be written without loss: a day when it is midnight UTC. */
export function encodeInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.replace(':00.000Z', 'Z').replace('.000Z', 'Z');
}

export function decodeInstant(s: string): number | null {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

function encodeRange(r: [number, number]): string {
  return `${encodeInstant(r[0])}..${encodeInstant(r[1])}`;
}

function decodeRange(s: string | null): [number, number] | null {
  if (!s) return null;
  const [a, b, ...rest] = s.split('..');
  if (a === undefined || b === undefined || rest.length) return null;
  const x = decodeInstant(a);
  const y = decodeInstant(b);
  return x !== null && y !== null && x < y ? [x, y] : null;
}

const list = (s: string | null) => (s ? s.split(',').filter(Boolean) : []);

/**
 * Whether an address's fragment names an element of the page (an in-page anchor such as the
 * skip link's `#events`) rather than a view: a view's fragment is made of `key=value` pairs.
 */
export function isAnchor(hash: string): boolean {
  return /^#[^=&]+$/.test(hash);
}

/**
 * The language a page opened at `href` starts in: the link's; without one, Russian for a browser
 * set to Russian or Kazakh (`browserLanguage`, navigator.language); else English.
 */
export function startLanguage(href: string, browserLanguage: string): UiLang {
  return decodeUrl(href).lang ?? (/^(ru|kk)\b/.test(browserLanguage) ? 'ru' : 'en');
}

/** Reads the state from a URL's query and fragment (the fragment wins). */
export function decodeUrl(href: string): UrlState {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  new URLSearchParams(url.hash.replace(/^#/, '')).forEach((v, k) => params.set(k, v));
  const get = (k: string) => params.get(k);
  const s: UrlState = { ...DEFAULT_URL_STATE };
  s.dataset = get('d') ?? undefined;
  s.version = get('v') ?? undefined;
  const lang = get('lang');
  if (isUiLang(lang)) s.lang = lang;
  s.articles = list(get('a'))
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= 33);
  s.categories = list(get('c'));
  s.places = (get('p') ?? '').split('|').filter(Boolean);
  s.areas = list(get('r')).filter((code) => /^[A-Za-z0-9+?._-]+$/.test(code));
  s.text = get('q') ?? '';
  s.time = decodeRange(get('t'));
  s.window = decodeRange(get('w'));
  s.selected = get('sel') || null;
  const m = /^(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(get('map') ?? '');
  if (m) {
    const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (zoom <= 22 && Math.abs(lat) <= 85.06 && Math.abs(lon) <= 180)
      s.map = { center: [lon, lat], zoom };
  }
  s.mapMode = get('mapmode') === 'counts' ? 'counts' : 'marks';
  s.lanes = get('lanes') === 'category' ? 'category' : 'article';
  s.inView = get('inview') === '1';
  const view = get('view');
  s.view = view === 'present' || view === 'presenter' || view === 'brief' ? view : 'explore';
  s.narrative = get('n') || null;
  const step = Number(get('s'));
  s.step = Number.isInteger(step) && step >= 1 ? step : null;
  s.data = get('data') || null;
  s.names = get('names') === '1';
  return s;
}

/** The parameters a link may carry. */
const KNOWN_PARAMS = new Set([
  'd',
  'v',
  'lang',
  'a',
  'c',
  'p',
  'r',
  'q',
  't',
  'w',
  'sel',
  'map',
  'mapmode',
  'lanes',
  'inview',
  'view',
  'n',
  's',
  'data',
]);

/**
 * The parameters of a link that `decodeUrl` ignores, as written ("foo=1", "lang=xx"): names it
 * does not know, and known ones whose value it cannot read (a language, a time range, a map view,
 * a mode, a step it has no use for). Said in a notice, so a mistyped link does not fail silently.
 */
export function ignoredParams(href: string): string[] {
  const url = new URL(href);
  if (isAnchor(url.hash)) url.hash = '';
  const params = new URLSearchParams(url.search);
  new URLSearchParams(url.hash.replace(/^#/, '')).forEach((v, k) => params.set(k, v));
  const s = decodeUrl(url.href);
  const unread: Record<string, (v: string) => boolean> = {
    lang: () => s.lang === undefined,
    a: (v) => s.articles.length !== list(v).length,
    t: (v) => v !== '' && s.time === null,
    w: (v) => v !== '' && s.window === null,
    map: (v) => v !== '' && s.map === null,
    mapmode: (v) => v !== s.mapMode,
    lanes: (v) => v !== s.lanes,
    inview: (v) => v !== '1' && v !== '0',
    view: (v) => v !== s.view,
    s: (v) => v !== '' && s.step === null,
  };
  const out: string[] = [];
  params.forEach((v, k) => {
    if (!KNOWN_PARAMS.has(k) || unread[k]?.(v)) out.push(v === '' ? k : `${k}=${v}`);
  });
  return out;
}

/** Writes the state as a fragment ("#…"), leaving out what is at its default. */
export function encodeFragment(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.dataset) p.set('d', s.dataset);
  if (s.version) p.set('v', s.version);
  if (s.lang) p.set('lang', s.lang);
  if (s.articles.length) p.set('a', [...s.articles].sort((x, y) => x - y).join(','));
  if (s.categories.length) p.set('c', [...s.categories].sort().join(','));
  if (s.places.length) p.set('p', [...s.places].sort().join('|'));
  if (s.areas.length) p.set('r', [...s.areas].sort().join(','));
  if (s.text) p.set('q', s.text);
  if (s.time) p.set('t', encodeRange(s.time));
  if (s.window) p.set('w', encodeRange(s.window));
  if (s.selected) p.set('sel', s.selected);
  if (s.map) {
    // Precision to about a metre at zoom 17: enough to reproduce the view, no more.
    const {
      zoom,
      center: [lon, lat],
    } = s.map;
    p.set('map', `${+zoom.toFixed(2)}/${+lat.toFixed(5)}/${+lon.toFixed(5)}`);
  }
  if (s.mapMode !== 'marks') p.set('mapmode', s.mapMode);
  if (s.lanes !== 'article') p.set('lanes', s.lanes);
  if (s.inView) p.set('inview', '1');
  if (s.view !== 'explore') p.set('view', s.view);
  if (s.narrative) p.set('n', s.narrative);
  if (s.step) p.set('s', String(s.step));
  if (s.data) p.set('data', s.data);
  if (s.names) p.set('names', '1');
  const text = p
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%7C/g, '|')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':');
  return text ? `#${text}` : '';
}
