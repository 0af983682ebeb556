/**
 * The import figure for `npm run bench`: a 100,000-row CSV (the app's own format, ~30 MB) given
 * to the page's file picker, parsed in the Web Worker, timed from the file being chosen to the
 * report on screen; and the page's JS heap once the import is done. The same for the hostile
 * 10 MB file of hostile-import.ts. For the 100,000 rows, also the reload: the page opened again on
 * the stored dataset (IndexedDB), timed to both views drawn.
 */
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, FileChooser, Page } from 'playwright-core';
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

/** The app opened at `base`, its Data dialog's file picker asked for: the chooser to give a file. */
async function openFileChooser(page: Page, base: string): Promise<FileChooser> {
  await page.goto(base);
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Choose a file').click();
  return chooser;
}

/**
 * Makes the page time its import: from the file input's change (the file chosen) to the first
 * change of the page after which the report shows, on the page's own clock. Playwright's waits
 * look again only every 500 ms after their first tries, so timing the import by one (as this did
 * until the seventh session) made every figure up to half a second late, in steps of 500 ms
 * (100,000 rows: 2,352-2,371 or 2,852-2,899 ms, nothing between, over ten imports); a wait that
 * looks at every frame makes the page draw a frame every 16 ms, which slowed the import it timed.
 * The observer costs nothing between the page's own changes. Call before the file is given;
 * `importTime` gives the figure once the report is there.
 */
async function timeImport(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __importMs: Promise<number> };
    w.__importMs = new Promise<number>((resolve) => {
      let chosen = NaN;
      addEventListener(
        'change',
        (e) => {
          if (e.target instanceof HTMLInputElement && e.target.type === 'file')
            chosen = e.timeStamp;
        },
        { capture: true },
      );
      const observer = new MutationObserver(() => {
        const report = document.querySelector('[data-testid="import-report"] .counts');
        if (!report?.checkVisibility()) return;
        observer.disconnect();
        resolve(performance.now() - chosen);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
  });
}

async function importTime(page: Page, timeout: number): Promise<number> {
  await page.waitForSelector('[data-testid="import-report"] .counts', { timeout });
  const ms = await page.evaluate(
    () => (window as unknown as { __importMs: Promise<number> }).__importMs,
  );
  if (!Number.isFinite(ms)) throw new Error('the import was not timed: no file input changed');
  return Math.round(ms);
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
    const chooser = await openFileChooser(page, base);
    await timeImport(page);
    await chooser.setFiles(path);
    const ms = await importTime(page, 300_000);
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

export interface BigImportRun {
  rows: number;
  csv_mb: number;
  /** From the file being chosen to the report on screen. */
  import_ms: number;
  read: number;
  imported: number;
  rejected: number;
  /** When no row was read: the report's first issue, as the page words it. */
  refused?: string;
  /** The most JS heap the page and its workers held together, sampled every 250 ms. */
  peak_heap_mb: number;
  /** The longest task on the page's main thread during the import (a Long Tasks entry). */
  longest_task_ms: number;
}

/**
 * The app's CSV of `rows` synthetic events written to `path` a slice at a time (a 1,000,000-row
 * file is about 300 MB: one string of it would be most of what Node may hold).
 */
function writeSyntheticCsv(path: string, rows: number): number {
  const events = synthEvents(rows, 7);
  const description = synthDescription(rows);
  const SLICE = 50_000;
  let bytes = 0;
  writeFileSync(path, '');
  for (let i = 0; i < rows; i += SLICE) {
    let csv = toCSV(events.slice(i, i + SLICE), description);
    // Every slice but the first without the byte order mark and the header line.
    if (i > 0) csv = csv.slice(csv.indexOf('\n') + 1);
    const buffer = Buffer.from(csv);
    appendFileSync(path, buffer);
    bytes += buffer.length;
  }
  return bytes;
}

/** The JS heap in use by every worker of the browser (the import's and maplibre's), in bytes. */
async function workersHeap(cdp: CDPSession): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string }[];
  };
  let sum = 0;
  for (const t of targetInfos.filter((x) => x.type === 'worker')) {
    try {
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: t.targetId,
        flatten: false,
      });
      const answer = new Promise<number>((resolve) => {
        const on = (e: { sessionId: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
          if (e.sessionId !== sessionId || m.id !== 1) return;
          cdp.off('Target.receivedMessageFromTarget', on);
          resolve(m.result?.usedSize ?? 0);
        };
        cdp.on('Target.receivedMessageFromTarget', on);
      });
      const message = JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message });
      sum += await Promise.race([answer, new Promise<number>((r) => setTimeout(() => r(0), 2000))]);
      await cdp.send('Target.detachFromTarget', { sessionId });
    } catch {
      // The worker ended between the listing and the question.
    }
  }
  return sum;
}

/**
 * `import_1m`: a CSV of `rows` events (1,000,000: about 300 MB) chosen in the Data dialog, timed
 * to the report on screen, with the peak JS heap of the page and its workers and the longest
 * task on the page's main thread meanwhile.
 */
export async function measureBigImport(
  browser: Browser,
  base: string,
  rows: number,
): Promise<BigImportRun> {
  const dir = mkdtempSync(join(tmpdir(), 'casemap-import-'));
  const path = join(dir, 'synthetic.csv');
  const size = writeSyntheticCsv(path, rows);
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const browserCdp = await browser.newBrowserCDPSession();
  try {
    const chooser = await openFileChooser(page, base);
    const cdp = await context.newCDPSession(page);
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks = [];
    });
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const main = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        peak = Math.max(peak, main.usedSize + (await workersHeap(browserCdp)));
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    await timeImport(page);
    await chooser.setFiles(path);
    const ms = await importTime(page, 900_000);
    const counts = page.locator('[data-testid="import-report"] .counts');
    sampling = false;
    await sampler;
    const [read, imported, rejected] = await counts.evaluate((e) =>
      ['data-read', 'data-imported', 'data-rejected'].map((a) => Number(e.getAttribute(a))),
    );
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    const refused = read === 0 ? await page.locator('.issues li').first().textContent() : null;
    return {
      rows,
      csv_mb: Math.round((size / 2 ** 20) * 10) / 10,
      import_ms: ms,
      read: read!,
      imported: imported!,
      rejected: rejected!,
      ...(refused && { refused: refused.trim().slice(0, 200) }),
      peak_heap_mb: Math.round((peak / 2 ** 20) * 10) / 10,
      longest_task_ms: Math.round(longest),
    };
  } finally {
    await browserCdp.detach();
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
