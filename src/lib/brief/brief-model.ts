/**
 * What the print brief holds, computed from the visible set: one section per article of the
 * Convention (in the dataset's order) with the visible events under it in time order and the
 * questions put to the State party under it, then the visible events under no article, and the
 * sources numbered as endnotes in order of first citation.
 */
import type { EventIndex } from '../filter/event-index';
import type { Article, DatasetDescription, Question } from '../model/schema';
import { collectCitations, type Citations } from '../state/citations';

export interface ArticleSection {
  article: Article;
  events: number[];
  questions: Question[];
}

export interface BriefModel {
  sections: ArticleSection[];
  /** Visible events under no article of the dataset. */
  unassigned: number[];
  citations: Citations;
  /** Every event in the brief, once. */
  count: number;
}

/** `ordered`: the visible events in time order (AppState.ordered). */
export function briefModel(
  ordered: readonly number[],
  index: EventIndex,
  d: Pick<DatasetDescription, 'articles' | 'questions' | 'sources'>,
): BriefModel {
  const sections = d.articles.map((article, bit) => ({
    article,
    events: ordered.filter((i) => (index.articleMask[i]! >>> bit) & 1),
    questions: (d.questions ?? []).filter((q) => q.articles.includes(article.number)),
  }));
  const unassigned = ordered.filter((i) => index.articleMask[i] === 0);
  const inOrder = [...sections.flatMap((s) => s.events), ...unassigned];
  return {
    sections,
    unassigned,
    citations: collectCitations(inOrder, index, d.sources),
    count: ordered.length,
  };
}
