import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { buildEventColumns } from './event-columns';

describe('the time order', () => {
  it('is by start, then end, then id, as a comparison sort gives it', () => {
    const rnd = randomLcg(14);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    // Few distinct dates, so that many events share a start, an end, or both.
    const starts = ['1998', '2021-12', '2022-01', '2022-01-05', '2022-01-05T10:30+06:00', '1850'];
    const ends = [undefined, undefined, '2022-02-01', '2023'];
    const events = Array.from({ length: 600 }, (_, i) => {
      const start = pick(starts);
      const end = pick(ends);
      const date =
        end && end > start && !start.startsWith('2022-01-05T') ? { start, end } : { start };
      return makeEvent(`e${Math.floor(rnd() * 1e6)}-${i}`, { date });
    });
    const c = buildEventColumns(events, DESCRIPTION);
    const expected = Array.from({ length: c.n }, (_, i) => i).sort(
      (a, b) =>
        c.start[a]! - c.start[b]! || c.end[a]! - c.end[b]! || (c.ids[a]! < c.ids[b]! ? -1 : 1),
    );
    expect([...c.timeOrder]).toEqual(expected);
    expect(new Set(c.timeOrder).size).toBe(600);
  });
});
