/**
 * The import figure for `npm run bench`: a 100,000-row CSV (the app's own format, ~30 MB) given
 * to the page's file picker, parsed in the Web Worker, timed from the file being chosen to the
 * report on screen; and the page's JS heap once the import is done. The same for the hostile
 * 10 MB file of hostile-import.ts. For the 100,000 rows, also the reload: the page opened again on
 * the stored dataset (IndexedDB), timed to both views drawn.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { toCSV } from '../src/lib/data/export/csv';
import { synthDescription, synthEvents } from './generate';

export interface ImportRun {
  rows: number;
  csv_mb: number;
  import_ms: number;
  heap_after_mb: number;
  /** Reload of the page on the stored dataset, to both views drawn (its `app-ready` mark). */
  reload_ms?: number;
}

export async function measureImport(
  browser: Browser,
  base: string,
  rows: number,
): Promise<ImportRun> {
  const csv = Buffer.from(toCSV(synthEvents(rows, 7), synthDescription(rows)));
  return { rows, ...(await importInPage(browser, base, 'synthetic.csv', csv, true)) };
}

/** The figures for one file given to the page's file picker: size, time to report, heap after. */
export async function importInPage(
  browser: Browser,
  base: string,
  name: string,
  csv: Buffer,
  reload = false,
): Promise<Omit<ImportRun, 'rows'>> {
  // Given by its path, as a person's file is: handed over as a buffer, the 28 MB went through
  // the page's main thread (seconds of a busy tab before the import even began).
  const dir = mkdtempSync(join(tmpdir(), 'casemap-import-'));
  const path = join(dir, name);
  writeFileSync(path, csv);
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  const page = await context.newPage();
  try {
    await page.goto(base);
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose a file').click();
    const t0 = Date.now();
    await (await chooser).setFiles(path);
    await page.waitForSelector('[data-testid="import-report"] .counts', { timeout: 300_000 });
    const ms = Date.now() - t0;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const run = {
      csv_mb: Math.round((csv.length / 2 ** 20) * 10) / 10,
      import_ms: ms,
      heap_after_mb: Math.round((heap.usedSize / 2 ** 20) * 10) / 10,
    };
    if (!reload) return run;
    // The link now names the stored dataset; opening it again reads it back from IndexedDB.
    await page.waitForFunction(() => /[#&]d=/.test(location.hash));
    await page.reload();
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
    const ready = await page.evaluate(
      () => performance.getEntriesByName('app-ready')[0]!.startTime,
    );
    return { ...run, reload_ms: Math.round(ready) };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
