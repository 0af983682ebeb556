/**
 * `npx tsx bench/reload-stored.ts DIST [ROWS] [RUNS]`: the reload of a stored dataset alone, for
 * a pair of builds alternated in one session (`npm run bench` measures it once, after its
 * 100,000-row import). Serves DIST (a `vite build` output) on 127.0.0.1, imports ROWS synthetic
 * CSV rows (100,000 by default) in the page, then reloads the page RUNS times on the stored
 * dataset and prints each reload's time to both views drawn (`app-ready`).
 */
import { chromium } from 'playwright-core';
import { toCSV } from '../src/lib/data/export/csv';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { servePreview } from './preview';
import { synthDescription, synthEvents } from './generate';

const [dist, rowsArg, runsArg] = process.argv.slice(2);
if (!dist) throw new Error('usage: npx tsx bench/reload-stored.ts DIST [ROWS] [RUNS]');
const rows = Number(rowsArg ?? 100_000);
const runs = Number(runsArg ?? 3);

async function main() {
  const { base, stop } = await servePreview(dist!, 5000 + Math.floor(Math.random() * 500));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const csv = Buffer.from(toCSV(synthEvents(rows, 7), synthDescription(rows)));
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('[data-app-ready="true"]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose a file').click();
    await (await chooser).setFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForSelector('[data-testid="import-report"] .counts', { timeout: 600_000 });
    await page.waitForFunction(() => /[#&]d=/.test(location.hash), null, { timeout: 600_000 });
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      await page.reload();
      await page.waitForSelector('[data-app-ready="true"]', { timeout: 300_000 });
      await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
      times.push(
        Math.round(
          await page.evaluate(() => performance.getEntriesByName('app-ready')[0]!.startTime),
        ),
      );
    }
    console.log(JSON.stringify({ dist, rows, reload_ms: times }));
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
