/**
 * The first rows of a file as the mapping in the dialog would import them, computed on the spot
 * from the rows the import kept (`ImportResult.sample`): the reader sees what a choice does
 * before importing the whole file again.
 */
import type { SourceRow } from '../../data/import/csv';
import type { ImportMapping } from '../../data/import/detect';
import type { ImportIssue } from '../../data/import/report';
import { rowsToEvents } from '../../data/import/rows';
import type { EventFeature, Figure } from '../../model/schema';

export interface PreviewRow {
  /** The row as the file numbers it. */
  row: number;
  /** The event the row becomes, with its sources' titles and its figures' labels. */
  event?: EventFeature;
  sources: string[];
  figures: { label: string; figure: Figure }[];
  category: string;
  /** The first reason the row would be left out. */
  leftOut?: ImportIssue;
}

export function previewRows(
  sample: readonly SourceRow[],
  mapping: ImportMapping,
  file: string,
): PreviewRow[] {
  const r = rowsToEvents(sample, mapping, { file });
  const d = r.description;
  const sourceTitle = new Map(d.sources.map((s) => [s.id, String(s.title)]));
  const kindLabel = new Map((d.figureKinds ?? []).map((k) => [k.id, String(k.label)]));
  const categoryLabel = new Map(d.categories.map((c) => [c.id, String(c.label)]));
  // Events keep the order of their rows; rejected rows are the ones an error names.
  const events = [...r.events];
  return sample.map(({ row }) => {
    const leftOut = r.issues.find((i) => i.row === row && i.severity === 'error');
    if (leftOut) return { row, leftOut, sources: [], figures: [], category: '' };
    const event = events.shift();
    const p = event?.properties;
    return {
      row,
      event,
      sources: (p?.sources ?? []).map((s) => sourceTitle.get(s) ?? s),
      figures: (p?.figures ?? []).map((f) => ({
        label: kindLabel.get(f.kind) ?? f.kind,
        figure: f,
      })),
      category: p ? (categoryLabel.get(p.category) ?? p.category) : '',
    };
  });
}
