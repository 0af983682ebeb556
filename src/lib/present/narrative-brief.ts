/**
 * "Print this narrative": the brief of a narrative, step by step in its order. Each step keeps
 * what presenting it shows: its filters, its time (the window, or the dates it plays through),
 * the events it names, and the events drawn under its filters in that time for its map and
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
    const base = combine(
      facetMasks(
        index,
        { ...NO_FILTERS, articles: state.articles, categories: state.categories },
        d,
      ),
    );
    if (window)
      for (let i = 0; i < index.n; i++)
        if (index.start[i]! >= window[1] || index.end[i]! <= window[0]) base[i] = 0;
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
