/**
 * Narratives as pure functions: what a step implies for the views (filters, timeline window, map
 * view, highlighted events, the sources of its events), moving between steps, and which key does
 * what. AppState derives the current step once (AppState.currentStep, from stepView) and the
 * presentation, the presenter window and the state's own showStep all read that, so every rule
 * here has a unit test.
 */
import type { EventIndex } from '../filter/event-index';
import type { DatasetDescription, Narrative, NarrativeStep } from '../model/schema';
import type { MapMode, MapTarget } from '../model/view';
import { isParseError, toInterval } from '../time/partial-date';
import type { PlayMode, PlaySpeed } from '../time/playback';
import { collectCitations, type Citations } from './citations';

export interface StepState {
  articles: number[];
  categories: string[];
  /** Place names the dataset has. */
  places: string[];
  /** Regions and countries chosen on the map, by code. */
  areas: string[];
  /** The text searched for ('' for none). */
  text: string;
  /** The brushed dates [start, end) in ms: only the events in them are visible. */
  brush: [number, number] | null;
  /** Only the events in the map view. */
  inView: boolean;
  /** The index of the selected event; -1 for none (or one the dataset lacks: it is in `missing`). */
  selected: number;
  /** The step's time [start, end) in ms: the timeline's window and its step marker. */
  time: [number, number] | null;
  map: MapTarget | null;
  /** What the map draws: marks, or counts by region. */
  mapMode: MapMode;
  /** 1 for each event the step names, over the EventIndex. */
  highlight: Uint8Array;
  /** Indices of the named events that the dataset has, in the step's order. */
  events: number[];
  /** Event ids the step names that the dataset does not have (said, never silently dropped). */
  missing: string[];
  /** Time played when the step is shown: from, to [start, end) in ms, at a speed, in a mode. */
  play: StepPlay | null;
}

export interface StepPlay {
  extent: [number, number];
  speed: PlaySpeed;
  mode: PlayMode;
}

/** Inclusive partial dates as [start, end) in ms; null when they are not a range. */
function range(dates: readonly [string, string] | undefined): [number, number] | null {
  if (!dates) return null;
  const interval = toInterval(dates[0], dates[1]);
  return isParseError(interval) ? null : [interval.start, interval.end];
}

/** The state a step implies. Articles, categories and places the dataset lacks are left out. */
export function stepState(
  step: NarrativeStep,
  index: EventIndex,
  known: { articles: readonly number[]; categories: readonly string[] },
): StepState {
  const highlight = new Uint8Array(index.n);
  const events: number[] = [];
  const missing: string[] = [];
  for (const id of step.events) {
    const i = index.byId.get(id);
    if (i === undefined) missing.push(id);
    else if (!highlight[i]) {
      highlight[i] = 1;
      events.push(i);
    }
  }
  let selected = -1;
  if (step.selected) {
    selected = index.byId.get(step.selected) ?? -1;
    if (selected < 0 && !missing.includes(step.selected)) missing.push(step.selected);
  }
  const played = range(step.play && [step.play.from, step.play.to]);
  const play: StepPlay | null =
    step.play && played
      ? { extent: played, speed: step.play.speed ?? 'day', mode: step.play.mode ?? 'slide' }
      : null;
  const f = step.filters;
  let map: MapTarget | null = null;
  if (step.map?.bounds) map = { bounds: step.map.bounds };
  else if (step.map?.center) map = { center: step.map.center, zoom: step.map.zoom ?? 5 };
  return {
    articles: (f?.articles ?? []).filter((a) => known.articles.includes(a)),
    categories: (f?.categories ?? []).filter((c) => known.categories.includes(c)),
    places: (f?.places ?? []).filter((p) => index.places.includes(p)),
    areas: [...(f?.areas ?? [])],
    text: f?.text ?? '',
    brush: range(f?.time),
    inView: f?.inView ?? false,
    selected,
    time: range(step.time),
    map,
    mapMode: step.map?.mode ?? 'marks',
    highlight,
    events,
    missing,
    play,
  };
}

/** A step as everything that shows it reads it: its place in the narrative and what it implies. */
export interface StepView extends StepState {
  narrative: Narrative;
  step: NarrativeStep;
  /** 1-based, within the narrative. */
  number: number;
  count: number;
  /** The step after this one; null at the last. */
  next: NarrativeStep | null;
  /** The sources of the step's events, numbered in the step's order. */
  citations: Citations;
}

/**
 * Step `number` (clamped; the first when null) of a narrative, over this dataset; null when there
 * is no narrative or it has no steps.
 */
export function stepView(
  narrative: Narrative | null,
  number: number | null,
  index: EventIndex,
  d: Pick<DatasetDescription, 'articles' | 'categories' | 'sources'> | null,
): StepView | null {
  if (!narrative?.steps.length) return null;
  const count = narrative.steps.length;
  const n = clampStep(number ?? 1, count);
  const step = narrative.steps[n - 1]!;
  const state = stepState(step, index, {
    articles: d?.articles.map((a) => a.number) ?? [],
    categories: d?.categories.map((c) => c.id) ?? [],
  });
  return {
    ...state,
    narrative,
    step,
    number: n,
    count,
    next: narrative.steps[n] ?? null,
    citations: collectCitations(state.events, index, d?.sources ?? []),
  };
}

/** A 1-based step number kept within the narrative (1 when the narrative is empty). */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step) || count < 1) return 1;
  return Math.min(count, Math.max(1, Math.trunc(step)));
}

export type StepCommand =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'jump'; step: number }
  | { kind: 'exit' };

/** The step a command leads to, or null for "leave the presentation". */
export function navigate(current: number, count: number, cmd: StepCommand): number | null {
  switch (cmd.kind) {
    case 'next':
      return clampStep(current + 1, count);
    case 'prev':
      return clampStep(current - 1, count);
    case 'first':
      return 1;
    case 'last':
      return clampStep(count, count);
    case 'jump':
      return clampStep(cmd.step, count);
    case 'exit':
      return null;
  }
}

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * What a key does in a presentation. Clicker remotes send PageDown/PageUp (some send the
 * arrows); a keyboard has Space and Shift+Space too. With Ctrl, Alt or Meta the key belongs to
 * the browser (zoom, back, tab switching), so it is left alone.
 */
export function keyCommand(e: KeyLike): StepCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { kind: 'next' };
    case ' ':
    case 'Spacebar':
      return { kind: e.shiftKey ? 'prev' : 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'prev' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Escape':
    case 'Esc':
      return { kind: 'exit' };
  }
  if (/^[1-9]$/.test(e.key)) return { kind: 'jump', step: Number(e.key) };
  return null;
}

/** The narrative with this id, or the first when the id is unknown or absent. */
export function findNarrative(
  narratives: readonly Narrative[],
  id: string | null,
): Narrative | null {
  return narratives.find((n) => n.id === id) ?? narratives[0] ?? null;
}
