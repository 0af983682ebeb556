import { describe, expect, it } from 'vitest';
import { matchPlace } from '../../geo/places';
import { importText } from './importer';
import { choosePlacement, locateByName, needsPlaces } from './locate';

const CSV = [
  'date,title,place,country',
  '2024-01-01,One,Alexandria,Egypt',
  '2024-01-02,Two,Tripoli,',
  '2024-01-03,Three,Xyzzyville,',
  '2024-01-04,Four,,Мьянма',
  '2024-01-05,Five,Rangoon,',
].join('\n');

function imported() {
  const r = importText(CSV, 'places.csv');
  expect(needsPlaces(r)).toBe(true);
  return locateByName(r, matchPlace);
}

describe('locateByName', () => {
  it('places rows by name at the precision of the match, and lists every one', () => {
    const r = imported();
    const byTitle = new Map(r.dataset.events.map((e) => [e.properties.title, e]));
    const one = byTitle.get('One')!;
    expect(one.geometry?.coordinates[1]).toBeCloseTo(31.2, 0);
    expect(one.properties.place).toMatchObject({ country: 'EG', precision: 'city' });
    expect(byTitle.get('Four')!.properties.place.precision).toBe('country');
    expect(byTitle.get('Three')!.geometry).toBeNull();
    const status = Object.fromEntries(r.placements!.map((p) => [p.text, p.status]));
    expect(status).toEqual({
      Alexandria: 'placed',
      Tripoli: 'ambiguous',
      Xyzzyville: 'not-found',
      Мьянма: 'placed',
      Rangoon: 'placed',
    });
    expect(r.placements!.find((p) => p.text === 'Tripoli')!.row).toBe(3);
    const summary = r.report.issues.find((i) => i.code === 'places-by-name')!;
    expect(summary.params).toMatchObject({ placed: 3, ambiguous: 1, missing: 1 });
  });

  it('moves an event to another candidate, or leaves it unlocated, on request', () => {
    const r = imported();
    const tripoli = r.placements!.find((p) => p.text === 'Tripoli')!;
    const lebanon = tripoli.candidates.findIndex((c) => c.country === 'LB');
    const moved = choosePlacement(r, tripoli.id, lebanon);
    const e = moved.dataset.events.find((x) => x.id === tripoli.id)!;
    expect(e.properties.place.country).toBe('LB');
    expect(moved.placements!.find((p) => p.id === tripoli.id)!.chosen).toBe(lebanon);
    const left = choosePlacement(moved, tripoli.id, -1);
    const f = left.dataset.events.find((x) => x.id === tripoli.id)!;
    expect(f.geometry).toBeNull();
    expect(f.properties.place.country).toBeUndefined();
    expect(f.properties.place.precision).toBe('unknown');
  });

  it('leaves files without names to place alone', () => {
    const r = importText('date,title,latitude,longitude\n2024-01-01,A,43.2,76.9\n', 'a.csv');
    expect(needsPlaces(r)).toBe(false);
    expect(locateByName(r, matchPlace)).toBe(r);
  });
});
