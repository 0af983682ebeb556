/**
 * Places found by name: after a table is imported, each event with a place name (or a country)
 * and no coordinates is matched against the gazetteer (geo/places.ts) and drawn where the match
 * is, at the match's precision (city, region or country). Nothing is placed silently: every such
 * event is listed as a Placement (placed, ambiguous with its candidates, or not found), the report
 * says how many of each, and the person importing can pick another candidate or leave the event
 * unlocated (choosePlacement).
 *
 * The gazetteer is passed in, not imported: it is half a megabyte, loaded by a dynamic import only
 * when an import has events to place (needsPlaces).
 */
import type { Place, PlaceMatch } from '../../geo/places';
import type { EventFeature, LocationPrecision } from '../../model/schema';
import { NO_PLACE, placedByName } from './context';
import type { ImportResult, Placement } from './importer';
import { issue, type ImportIssue } from './report';

type Matcher = (text: string, country?: string) => PlaceMatch;

function wanting(result: ImportResult): EventFeature[] {
  if (!placedByName(result.report.format)) return [];
  return result.dataset.events.filter(
    (e) =>
      e.geometry === null && (e.properties.place.name !== NO_PLACE || !!e.properties.place.country),
  );
}

/** True when the import has events that the gazetteer could place. */
export function needsPlaces(result: ImportResult): boolean {
  return wanting(result).length > 0;
}

const PRECISION: Record<Place['kind'], LocationPrecision> = {
  city: 'city',
  region: 'region',
  country: 'country',
};

/** The event drawn at `place` (or unlocated), with the row's own country kept if it had one. */
function placed(e: EventFeature, place: Place | undefined, rowCountry: string | undefined) {
  const rest = { ...e.properties.place };
  delete rest.country;
  const country = rowCountry ?? place?.country;
  return {
    ...e,
    geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
    properties: {
      ...e.properties,
      place: {
        ...rest,
        ...(country !== undefined && { country }),
        precision: place ? PRECISION[place.kind] : 'unknown',
      },
    },
  } as EventFeature;
}

/** The result with its unlocated events placed by name, the placements listed and reported. */
export function locateByName(result: ImportResult, match: Matcher): ImportResult {
  const todo = new Set(wanting(result).map((e) => e.id));
  if (todo.size === 0) return result;
  const placements: Placement[] = [];
  const events = result.dataset.events.map((e) => {
    if (!todo.has(e.id)) return e;
    const { name, country } = e.properties.place;
    const text = typeof name === 'string' && name !== NO_PLACE ? name : (country ?? '');
    const m = match(text, country);
    const chosen = m.place ? m.candidates.indexOf(m.place) : -1;
    placements.push({
      id: e.id,
      row: result.rows?.get(e.id),
      text,
      ...(country !== undefined && { country }),
      status: m.status,
      candidates: m.candidates,
      chosen,
    });
    return placed(e, m.place, country);
  });
  const count = (s: Placement['status']) => placements.filter((p) => p.status === s).length;
  const [found, ambiguous, missing] = [count('placed'), count('ambiguous'), count('not-found')];
  const file = result.report.file;
  const summary = issue(
    'warning',
    'places-by-name',
    file,
    `${found + ambiguous} events without coordinates were placed by the name of their place (${ambiguous} of them ambiguous, check them); ${missing} names were not found and stay unlocated`,
    {},
    { placed: found, ambiguous, missing },
  );
  const issues: ImportIssue[] = [summary, ...result.report.issues];
  return {
    ...result,
    dataset: { ...result.dataset, events, issues },
    report: { ...result.report, issues },
    placements,
  };
}

/** The result with one event moved to another candidate, or left unlocated (choice -1). */
export function choosePlacement(result: ImportResult, id: string, choice: number): ImportResult {
  const placements = (result.placements ?? []).map((p) =>
    p.id === id ? { ...p, chosen: choice } : p,
  );
  const p = placements.find((q) => q.id === id);
  if (!p) return result;
  const events = result.dataset.events.map((e) =>
    e.id === id ? placed(e, p.candidates[choice], p.country) : e,
  );
  return { ...result, dataset: { ...result.dataset, events }, placements };
}
