/**
 * "Print this narrative": the brief of a narrative, step by step in its order. Each step keeps
 * what presenting it shows: its filters (articles, categories, places, text, brushed dates, only
 * in view), its time (the window, or the dates it plays through), its map view (BriefMap frames
 * it), the events it names, and the events drawn under its filters in that time for its map and
 * timeline; the sources of the events it names are endnotes numbered across the whole narrative.
 */
import type { EventIndex } from '../filter/event-index';
import { combine, facetMasks, NO_FILTERS, visibleInTimeOrder } from '../filter/visible';
import type { DatasetDescription, Narrative, NarrativeStep } from '../model/schema';
import { collectCitations, type Citations } from '../state/citations';
import { stepState, type StepState } from '../state/narrative';

export interface PrintedStep {
  step: NarrativeStep;
  state: StepState;
  /** The step's time: its window, else the dates it plays through; null when it has neither. */
  window: [number, number] | null;
  /** The events drawn for the step: under its filters, within its time, in time order. */
  drawn: number[];
  /** Endnote numbers of the sources of the events it names, ascending. */
  notes: number[];
}

export interface NarrativeBrief {
  steps: PrintedStep[];
  citations: Citations;
}

export function narrativeBrief(
  narrative: Narrative,
  index: EventIndex,
  d: Pick<DatasetDescription, 'articles' | 'categories' | 'sources'>,
): NarrativeBrief {
  const known = {
    articles: d.articles.map((a) => a.number),
    categories: d.categories.map((c) => c.id),
  };
  const states = narrative.steps.map((step) => stepState(step, index, known));
  const citations = collectCitations(
    states.flatMap((s) => s.events),
    index,
    d.sources,
  );
  const steps = narrative.steps.map((step, k) => {
    const state = states[k]!;
    const window = state.time ?? state.play?.extent ?? null;
    const { articles, categories, places, text, map } = state;
    const bounds = state.inView && map && 'bounds' in map ? map.bounds : null;
    const base = combine(
      facetMasks(index, { ...NO_FILTERS, articles, categories, places, text, bounds }, d),
    );
    // Its brushed dates, else the dates it plays through, else its window.
    const time = state.brush ?? state.play?.extent ?? window;
    if (time)
      for (let i = 0; i < index.n; i++)
        if (index.start[i]! >= time[1] || index.end[i]! <= time[0]) base[i] = 0;
    for (const i of state.events) base[i] = 1;
    const notes = [...new Set(state.events.flatMap((i) => citations.byEvent.get(i) ?? []))];
    return {
      step,
      state,
      window,
      drawn: visibleInTimeOrder(index, base),
      notes: notes.sort((a, b) => a - b),
    };
  });
  return { steps, citations };
}
