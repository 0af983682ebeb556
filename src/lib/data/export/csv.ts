/**
 * The app's own CSV: one row per event, the columns of csv-columns.ts, RFC 4180 with CRLF line
 * ends, a UTF-8 BOM (so Excel opens Cyrillic correctly) and the formula-injection guard of
 * csv-cells.ts. The importer reads it back, with no mapping question, to the same events.
 */
import type { DatasetDescription, EventFeature, Text } from '../../model/schema';
import { CASEMAP_COLUMNS, TRANSLATED_COLUMNS, type TranslatedColumn } from './csv-columns';
import { csvCell } from './csv-cells';
import { formatFigure, formatSourceItem, joinList } from './csv-fields';

/** A text in the original-language column plus `<field>_<lang>` columns (see csv-columns.ts). */
function textCells(
  field: TranslatedColumn,
  t: Text | undefined,
  lang: string,
  row: Map<string, string>,
  extra: Set<string>,
): void {
  if (t === undefined) return;
  if (typeof t === 'string') {
    row.set(field, t);
    return;
  }
  row.set(field, t[lang] ?? '');
  const langs = Object.keys(t);
  for (const l of langs) {
    if (l === lang && langs.length > 1) continue;
    const col = `${field}_${l}`;
    extra.add(col);
    row.set(col, t[l]!);
  }
}

function plain(t: Text, lang: string): string {
  return typeof t === 'string' ? t : (t[lang] ?? Object.values(t)[0] ?? '');
}

const bool = (b: boolean | undefined) => (b === undefined ? '' : String(b));
const json = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

export function toCSV(events: readonly EventFeature[], description: DatasetDescription): string {
  const lang = description.language;
  const sources = new Map(description.sources.map((s) => [s.id, s]));
  const labels = new Map(description.categories.map((c) => [c.id, plain(c.label, lang)]));
  const extra = new Set<string>();
  const rows = events.map((e) => {
    const p = e.properties;
    const row = new Map<string, string>();
    row.set('id', e.id);
    row.set('language', lang);
    textCells('title', p.title, lang, row, extra);
    textCells('summary', p.summary, lang, row, extra);
    row.set('date_start', p.date.start);
    row.set('date_end', p.date.end ?? '');
    row.set('date_approximate', bool(p.date.approximate));
    textCells('date_display', p.date.display, lang, row, extra);
    textCells('place', p.place.name, lang, row, extra);
    row.set('country', p.place.country ?? '');
    row.set('place_precision', p.place.precision);
    row.set('place_withheld', bool(p.place.withheld));
    row.set('latitude', e.geometry ? String(e.geometry.coordinates[1]) : '');
    row.set('longitude', e.geometry ? String(e.geometry.coordinates[0]) : '');
    row.set('category', p.category);
    row.set('category_label', labels.get(p.category) ?? '');
    row.set('articles', p.articles.join('; '));
    row.set('status', p.status);
    row.set('figures', joinList((p.figures ?? []).map(formatFigure)));
    const ids = p.sources ?? [];
    row.set(
      'sources',
      joinList(
        ids.map((id) => {
          const s = sources.get(id);
          return s ? formatSourceItem(plain(s.title, lang), s.url) : formatSourceItem(id);
        }),
      ),
    );
    row.set('source_ids', joinList(ids));
    const perps = p.perpetrators ?? [];
    row.set(
      'perpetrators',
      perps.every((x) => typeof x === 'string') ? joinList(perps as string[]) : json(perps),
    );
    row.set('persons', p.persons?.length ? json(p.persons) : '');
    row.set('provenance', p.provenance?.length ? json(p.provenance) : '');
    row.set('origin', json(p.place.origin));
    row.set('destination', json(p.place.destination));
    row.set('graphic', bool(p.graphic));
    row.set('tags', joinList(p.tags ?? []));
    return row;
  });
  const order = TRANSLATED_COLUMNS as readonly string[];
  const translations = [...extra].sort((a, b) => {
    const fa = order.findIndex(
      (f) => a.startsWith(`${f}_`) && !a.slice(f.length + 1).includes('_'),
    );
    const fb = order.findIndex(
      (f) => b.startsWith(`${f}_`) && !b.slice(f.length + 1).includes('_'),
    );
    return fa - fb || a.localeCompare(b);
  });
  const columns = [...CASEMAP_COLUMNS, ...translations];
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row.get(c) ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
