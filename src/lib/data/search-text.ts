/**
 * Each event's texts for search, folded (i18n/fold): its title, summary, places, persons (not
 * those flagged sensitive), perpetrators and sources, every language version of each, in one
 * string. The event index (filter/event-index.ts) folds them at the first text search; the import
 * worker folds them right after handing its events over, and `setSearchTexts` records them for
 * that very array of events, so that a first search at a million events need not fold them all.
 */
import { fold } from '../i18n/fold';
import type { DatasetDescription, EventFeature, Text } from '../model/schema';

/** All language versions of a text, for search. */
function allTexts(t: Text | undefined): string {
  if (t === undefined) return '';
  return typeof t === 'string' ? t : Object.values(t).join(' ');
}

/** The folded texts of `events`, whose sources are the description's. */
export function searchTexts(
  events: readonly EventFeature[],
  d: Pick<DatasetDescription, 'sources'>,
): string[] {
  return foldedTexts(events.length, (i) => events[i]!, d);
}

/** The folded texts of `count` events, each asked of `event` in turn (and not kept). */
export function foldedTexts(
  count: number,
  event: (i: number) => EventFeature,
  d: Pick<DatasetDescription, 'sources'>,
): string[] {
  const sourceText = new Map(
    d.sources.map((s) => [s.id, `${allTexts(s.title)} ${allTexts(s.publisher)}`]),
  );
  const out: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const p = event(i).properties;
    out[i] = fold(
      [
        allTexts(p.title),
        allTexts(p.summary),
        allTexts(p.place.name),
        allTexts(p.place.origin?.name),
        allTexts(p.place.destination?.name),
        ...(p.persons ?? []).filter((x) => !x.sensitive).map((x) => x.name),
        ...(p.perpetrators ?? []).map(allTexts),
        ...(p.sources ?? []).map((s) => sourceText.get(s) ?? ''),
      ].join(' \u0001 '),
    );
  }
  return out;
}

const folded = new WeakMap<
  readonly EventFeature[],
  { texts: readonly string[]; sources: string }
>();
const sourcesKey = (d: Pick<DatasetDescription, 'sources'>) => JSON.stringify(d.sources);

/** Records `texts` as the folded texts of exactly this array of events, under `d`'s sources. */
export function setSearchTexts(
  events: readonly EventFeature[],
  d: Pick<DatasetDescription, 'sources'>,
  texts: readonly string[],
): void {
  if (texts.length === events.length) folded.set(events, { texts, sources: sourcesKey(d) });
}

/** The folded texts of `events`: those recorded for them under the same sources, else folded now. */
export function searchTextsOf(
  events: readonly EventFeature[],
  d: Pick<DatasetDescription, 'sources'>,
): readonly string[] {
  const f = folded.get(events);
  return f && f.sources === sourcesKey(d) ? f.texts : searchTexts(events, d);
}
