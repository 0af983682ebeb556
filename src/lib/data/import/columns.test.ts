import { describe, expect, it } from 'vitest';
import { columnUses, ignored, recordingReads } from './columns';

describe('columnUses', () => {
  it('says for each column of a generic table what it filled, or that it was ignored', () => {
    const uses = columnUses(
      ['Date', 'Deaths', 'Notes', 'Link'],
      {
        format: 'generic',
        columns: { date: 'Date', sourceUrl: 'Link' },
        figures: [{ column: 'Deaths', label: 'killed' }],
      },
      new Set(),
    );
    expect(uses).toEqual([
      { column: 'Date', fields: ['date'] },
      { column: 'Deaths', fields: [], figure: 'killed' },
      { column: 'Notes', fields: [] },
      { column: 'Link', fields: ['sourceUrl'] },
    ]);
    expect(uses.map(ignored)).toEqual([false, false, true, false]);
  });

  it('says which columns a format with fixed columns read', () => {
    const read = new Set<string>();
    const values = recordingReads({ event_date: '2022-01-05', extra: 'x' }, read);
    expect(values.event_date).toBe('2022-01-05');
    expect(values.missing).toBeUndefined();
    const uses = columnUses(['event_date', 'extra'], { format: 'acled', columns: {} }, read);
    expect(uses).toEqual([
      { column: 'event_date', fields: [], read: true },
      { column: 'extra', fields: [] },
    ]);
  });
});
