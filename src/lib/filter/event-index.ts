/**
 * The events as columns of typed arrays, built once per dataset. Filtering, the timeline's
 * canvas and the map's WebGL layer all read these columns, so that a brush step or a filter
 * toggle at 100,000 events is a loop over arrays, not over objects.
 *
 * Row i of every column is events[i]; ids[i] is its stable string id. The columns themselves are
 * model/event-columns.ts (the import worker builds them too, and hands them over); this adds what
 * only the page needs, each built the first time it is asked for.
 */
import type { DatasetDescription, EventFeature } from '../model/schema';
import { eventColumns, type EventColumns } from '../model/event-columns';
import { searchTextsOf } from '../data/search-text';

export { DATE_PRECISIONS, LOCATION_PRECISIONS } from '../model/event-columns';

export interface EventIndex extends EventColumns {
  events: readonly EventFeature[];
  /** Each id's row: built the first time it is asked for (a link's selection, a narrative). */
  byId: ReadonlyMap<string, number>;
  /**
   * Title, summary, place, persons, perpetrators and sources, folded for search (i18n/fold):
   * folded the first time it is asked for (the first text search), not on load.
   */
  searchText: readonly string[];
}

export function buildEventIndex(
  events: readonly EventFeature[],
  d: Pick<DatasetDescription, 'articles' | 'categories' | 'sources'>,
): EventIndex {
  const columns = eventColumns(events, d);
  let byId: Map<string, number> | undefined;
  let searchText: readonly string[] | undefined;
  return {
    ...columns,
    events,
    // Neither is needed to draw the first view: a text search or a lookup by id builds them once.
    get byId() {
      return (byId ??= new Map(columns.ids.map((id, i) => [id, i])));
    },
    get searchText() {
      return (searchText ??= searchTextsOf(events, d));
    },
  };
}
