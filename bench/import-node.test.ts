/**
 * A quick Node figure for a large import: 100,000 rows, ~30 MB of CSV, generated here (not
 * committed). Skipped unless CASEMAP_BENCH=1:  CASEMAP_BENCH=1 npx vitest run bench.test
 */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../src/lib/data/import/importer';

function makeCsv(rows: number): string {
  const lines = [
    'id,date,title,description,place,latitude,longitude,category,articles,sources,status',
  ];
  const filler =
    'Synthetic description of a reported incident, long enough to look like real notes. '.repeat(2);
  for (let i = 0; i < rows; i++) {
    const d = `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    lines.push(
      [
        `ev-${i}`,
        d,
        `"Synthetic event ${i}, with a comma"`,
        `"${filler}${i}"`,
        `Place ${i % 500}`,
        (40 + (i % 1000) / 100).toFixed(4),
        (60 + (i % 2000) / 100).toFixed(4),
        `Category ${i % 12}`,
        `"${(i % 16) + 1}; 16"`,
        `Synthetic source ${i % 50} <https://example.org/s/${i % 50}>`,
        'reported',
      ].join(','),
    );
  }
  return lines.join('\n');
}

describe.runIf(process.env.CASEMAP_BENCH)('bench', () => {
  it('imports 100,000 rows', () => {
    const text = makeCsv(100_000);
    const bytes = new TextEncoder().encode(text);
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = importBytes(bytes, 'bench.csv');
    const ms = performance.now() - t0;
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(
      `100k rows, ${(bytes.length / 1e6).toFixed(1)} MB: ${Math.round(ms)} ms; heap ${(heapBefore / 1e6).toFixed(0)} -> ${(heapAfter / 1e6).toFixed(0)} MB (result retained); rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
    expect(r.report).toMatchObject({ read: 100_000, imported: 100_000, rejected: 0 });
  }, 120_000);
});
