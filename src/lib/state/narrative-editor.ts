/**
 * Writing a narrative in the app, as pure functions over an immutable `Draft`: a step made from
 * the view on screen (its filters, time, map view and selected event), edits, moves, copies and
 * deletions, each undoable and redoable, and the steps that name events the dataset lacks. The
 * editor's panel (story/) only calls these and shows the result, so every rule has a unit test
 * (narrative-editor.test.ts).
 */
import type { Narrative, NarrativeStep, Text } from '../model/schema';
import { NarrativeSchema } from '../model/schema';
import type { Bounds, Camera, MapMode } from '../model/view';
import { isoDay } from '../time/partial-date';
import type { PlaySettings } from '../time/playback';
import { encodeInstant } from './url';

/** A narrative being written, with what undo and redo return to. */
export interface Draft {
  narrative: Narrative;
  /** Narratives before each change, oldest first. */
  past: Narrative[];
  /** Narratives undone, the next redo last. */
  future: Narrative[];
  /**
   * What the last change was (a field of a step, say): typing into one field is one change for
   * undo, not one per key.
   */
  lastKey: string | null;
}

/** How many changes undo can take back. */
const HISTORY = 200;

export function draftOf(narrative: Narrative): Draft {
  return { narrative, past: [], future: [], lastKey: null };
}

/**
 * The draft after a change. `key` names a change that merges with the one before it when that had
 * the same key (typing into one field); null for a change of its own.
 */
function change(d: Draft, next: (n: Narrative) => Narrative, key: string | null = null): Draft {
  const narrative = next(d.narrative);
  if (narrative === d.narrative) return d;
  const merge = key !== null && key === d.lastKey;
  return {
    narrative,
    past: merge ? d.past : [...d.past, d.narrative].slice(-HISTORY),
    future: [],
    lastKey: key,
  };
}

export function undo(d: Draft): Draft {
  const prev = d.past.at(-1);
  if (!prev) return d;
  return {
    narrative: prev,
    past: d.past.slice(0, -1),
    future: [...d.future, d.narrative],
    lastKey: null,
  };
}

export function redo(d: Draft): Draft {
  const next = d.future.at(-1);
  if (!next) return d;
  return {
    narrative: next,
    past: [...d.past, d.narrative],
    future: d.future.slice(0, -1),
    lastKey: null,
  };
}

/** What is on screen, as a step can hold it. */
export interface ViewSnapshot {
  articles: readonly number[];
  categories: readonly string[];
  places: readonly string[];
  /** Regions and countries chosen on the map, by code. */
  areas: readonly string[];
  /** The text searched for ('' for none). */
  text: string;
  /** The brushed time [start, end) in ms. */
  brush: [number, number] | null;
  /** The timeline's window [start, end) in ms. */
  window: [number, number] | null;
  /** Only the events in the map's view. */
  inView: boolean;
  /** The map's rectangle on screen, or else its camera. */
  bounds: Bounds | null;
  camera: Camera | null;
  /** What the map draws. */
  mapMode: MapMode;
  /** The id of the selected event. */
  selected: string | null;
  /** The ids of the events highlighted on screen (by a step being presented). */
  highlighted: readonly string[];
}

/**
 * [start, end) in ms as a step's inclusive ISO dates. A window of two days or more is widened to
 * whole days (a narrative speaks of days, and the timeline's window rarely starts at midnight); a
 * shorter one keeps its minutes.
 */
export function timeOfWindow([start, end]: [number, number]): [string, string] {
  const day = 86_400_000;
  if (end - start >= 2 * day) {
    const from = Math.floor(start / day) * day;
    const to = Math.max(from + day, Math.ceil(end / day) * day);
    return [encodeInstant(from), encodeInstant(to - day)];
  }
  const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
  return [minute(start), minute(Math.max(start, end - 60_000))];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The fields of a step that the view sets. */
type ViewFields = Pick<NarrativeStep, 'filters' | 'time' | 'map' | 'selected'>;

function viewFields(v: ViewSnapshot): ViewFields {
  const f: ViewFields = {};
  const filters: NonNullable<NarrativeStep['filters']> = {};
  if (v.articles.length) filters.articles = [...v.articles];
  if (v.categories.length) filters.categories = [...v.categories];
  if (v.places.length) filters.places = [...v.places];
  if (v.areas.length) filters.areas = [...v.areas];
  if (v.text.trim()) filters.text = v.text;
  if (v.brush) filters.time = timeOfWindow(v.brush);
  if (v.inView) filters.inView = true;
  if (Object.keys(filters).length) f.filters = filters;
  if (v.window) f.time = timeOfWindow(v.window);
  if (v.bounds) f.map = { bounds: v.bounds.map(round) as Bounds };
  else if (v.camera)
    f.map = {
      center: v.camera.center.map(round) as [number, number],
      zoom: round(v.camera.zoom),
    };
  if (v.mapMode === 'counts') f.map = { ...f.map, mode: 'counts' };
  if (v.selected) f.selected = v.selected;
  return f;
}

/** `events` with the view's selected and highlighted events after them, each once. */
function eventsWith(events: readonly string[], v: ViewSnapshot): string[] {
  const shown = v.selected ? [v.selected, ...v.highlighted] : v.highlighted;
  return [...new Set([...events, ...shown])];
}

/** A step showing the view, its text yet to be written. */
function stepFromView(id: string, title: string, view: ViewSnapshot): NarrativeStep {
  return { id, title, text: '', events: eventsWith([], view), ...viewFields(view) };
}

/** An id not among `taken`: `base`, else base-2, base-3, … */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let k = 2; ; k++) if (!used.has(`${base}-${k}`)) return `${base}-${k}`;
}

function withSteps(n: Narrative, steps: NarrativeStep[]): Narrative {
  return { ...n, steps };
}

/** A new step from the view, after step `after` (0-based; at the end when absent). */
export function addStep(
  d: Draft,
  view: ViewSnapshot,
  title: string,
  after = d.narrative.steps.length - 1,
): Draft {
  return change(d, (n) => {
    const id = freeId(
      `step-${n.steps.length + 1}`,
      n.steps.map((s) => s.id),
    );
    const step = stepFromView(id, title, view);
    const steps = [...n.steps];
    steps.splice(after + 1, 0, step);
    return withSteps(n, steps);
  });
}

/**
 * Step `i` set anew from the view: its filters, time, map view and selection replaced (dropped
 * when the view has none); the selected and highlighted events added to its events.
 */
export function updateFromView(d: Draft, i: number, view: ViewSnapshot): Draft {
  return change(d, (n) => {
    const old = n.steps[i];
    if (!old) return n;
    const rest: NarrativeStep = { ...old };
    delete rest.filters;
    delete rest.time;
    delete rest.map;
    delete rest.selected;
    const steps = [...n.steps];
    steps[i] = { ...rest, events: eventsWith(old.events, view), ...viewFields(view) };
    return withSteps(n, steps);
  });
}

type StepPlay = NonNullable<NarrativeStep['play']>;

/**
 * A playback over the view's time, from the first to the last whole day of the brushed dates (or
 * else the timeline's window), at the speed and in the mode given; null when the view shows no
 * time.
 */
export function playOfView(
  view: ViewSnapshot,
  { speed, mode }: Pick<PlaySettings, 'speed' | 'mode'>,
): StepPlay | null {
  const range = view.brush ?? view.window;
  if (!range) return null;
  return { from: isoDay(range[0]), to: isoDay(Math.max(range[0], range[1] - 1)), speed, mode };
}

/**
 * Step `i` played from one date to another (`play`), or shown still (null). Its dates are kept in
 * order: a `from` after `to` moves `to` with it, and a `to` before `from` moves `from`.
 */
export function setPlay(d: Draft, i: number, play: StepPlay | null): Draft {
  if (!play) return editStep(d, i, { play: undefined });
  const before = d.narrative.steps[i]?.play;
  let { from, to } = play;
  if (from > to) {
    if (before && to !== before.to) from = to;
    else to = from;
  }
  return editStep(d, i, { play: { ...play, from, to } });
}

/** A text field with `value` in language `lang` (a text in several languages keeps the others). */
export function setText(t: Text | undefined, lang: string, value: string): Text {
  if (t === undefined || typeof t === 'string') return value;
  return { ...t, [lang]: value };
}

/** What a text field shows for editing in language `lang`. */
export function textFor(t: Text | undefined, lang: string): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? Object.values(t)[0] ?? '';
}

/** Step `i` with some of its fields replaced; typing into one field of it is one change. */
export function editStep(
  d: Draft,
  i: number,
  patch: Partial<Omit<NarrativeStep, 'id'>>,
  key: string | null = null,
): Draft {
  return change(
    d,
    (n) => {
      const old = n.steps[i];
      if (!old) return n;
      const step: NarrativeStep = { ...old, ...patch };
      for (const k of Object.keys(patch) as (keyof NarrativeStep)[])
        if (step[k] === undefined) delete step[k];
      const steps = [...n.steps];
      steps[i] = step;
      return withSteps(n, steps);
    },
    key === null ? null : `${d.narrative.steps[i]?.id}:${key}`,
  );
}

/** The narrative's own fields (title, description); typing into one is one change. */
export function editNarrative(
  d: Draft,
  patch: Partial<Pick<Narrative, 'title' | 'description'>>,
  key: string | null = null,
): Draft {
  return change(
    d,
    (n) => {
      const next: Narrative = { ...n, ...patch };
      if (next.description === undefined) delete next.description;
      return next;
    },
    key === null ? null : `narrative:${key}`,
  );
}

/** Step `from` moved to position `to` (both 0-based; `to` clamped). */
export function moveStep(d: Draft, from: number, to: number): Draft {
  const count = d.narrative.steps.length;
  const target = Math.max(0, Math.min(count - 1, to));
  if (from < 0 || from >= count || target === from) return d;
  return change(d, (n) => {
    const steps = [...n.steps];
    const [s] = steps.splice(from, 1);
    steps.splice(target, 0, s!);
    return withSteps(n, steps);
  });
}

/** A copy of step `i` just after it, with an id of its own. */
export function duplicateStep(d: Draft, i: number): Draft {
  return change(d, (n) => {
    const s = n.steps[i];
    if (!s) return n;
    const copy: NarrativeStep = {
      ...structuredClone(s),
      id: freeId(
        `${s.id}-copy`,
        n.steps.map((x) => x.id),
      ),
    };
    const steps = [...n.steps];
    steps.splice(i + 1, 0, copy);
    return withSteps(n, steps);
  });
}

/** Step `i` removed. A narrative keeps at least one step (the schema asks for one). */
export function deleteStep(d: Draft, i: number): Draft {
  if (d.narrative.steps.length <= 1 || !d.narrative.steps[i]) return d;
  return change(d, (n) =>
    withSteps(
      n,
      n.steps.filter((_, k) => k !== i),
    ),
  );
}

/** For each step, the event ids it names that the dataset does not have (empty when none). */
export function staleEvents(n: Narrative, has: (id: string) => boolean): string[][] {
  return n.steps.map((s) => s.events.filter((id) => !has(id)));
}

/** A narrative to start writing: one step, from the view. */
export function newNarrative(
  id: string,
  title: string,
  stepTitle: string,
  view: ViewSnapshot,
): Narrative {
  return {
    id,
    title,
    steps: [stepFromView('step-1', stepTitle, view)],
  };
}

/**
 * A narrative checked against the schema: its file (indented JSON, keys in the schema's order, so
 * that a file exported, imported and exported again is the same), or where it falls short.
 */
export function narrativeFile(
  n: unknown,
): { json: string; narrative: Narrative } | { issues: string[] } {
  const r = NarrativeSchema.safeParse(n);
  if (!r.success) return { issues: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { json: `${JSON.stringify(r.data, null, 2)}\n`, narrative: r.data };
}

/** A narrative read from a file's text, or the reasons it is not one. */
export function parseNarrative(
  text: string,
): { json: string; narrative: Narrative } | { issues: string[] } {
  try {
    return narrativeFile(JSON.parse(text));
  } catch (e) {
    return { issues: [e instanceof Error ? e.message : String(e)] };
  }
}
