/**
 * `npm run bench:basemap [-- --dist <dir>] [-- --json]`: what the basemap costs a reader, measured
 * on a production build (dist/ unless --dist names another, such as an older build to compare)
 * in headless Chromium, 1366×850:
 *
 * - basemap_kb: bytes of the basemap archive (world-*.pmtiles) the page read, as they came over
 *   the wire (its range requests' bodies; the tiles in it are gzipped), for the seed dataset's
 *   first view and for the views below; a build that bundles its basemap into the JavaScript
 *   reads none. whole_basemap_kb: the whole archive.
 * - paint_ms: navigation to the map's first idle with the events drawn (`data-ready`): the
 *   basemap of the first view loaded and painted. Median of three loads.
 * - frame p50 / p95 (ms): intervals between animation frames while the map is dragged 300 px and
 *   zoomed by the wheel, at world (zoom 2), country (5) and city (10) views, after the view's
 *   basemap has loaded.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { servePreview } from '../bench/preview';

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist';
const json = args.includes('--json');
const BASEMAP = /\.pmtiles$/;
const VIEWS = {
  world: '#map=2/30/40',
  country: '#map=5/48/68',
  city: '#map=10/43.25/76.9',
} as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** KiB of the basemap archive the page has read so far, as sent (range responses' bodies). */
function basemapKb(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.pmtiles$/.test(new URL(e.name).pathname))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0) / 1024,
  );
}

/** Opens a view; returns the basemap it fetched (KiB gzip) and the ms to the first idle. */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-ready="true"]'), null, {
    polling: 'raf',
    timeout: 60_000,
  });
  const paint = await page.evaluate(() => performance.now());
  return { context, page, paint };
}

async function frames(browser: Browser, url: string) {
  const { context, page } = await open(browser, url);
  // Quiet after the first idle: the view's tiles loaded.
  await page.waitForTimeout(3000);
  const kb = await basemapKb(page);
  const box = (await page.locator('[data-events-drawn]').boundingBox())!;
  const [x, y] = [box.x + box.width * 0.6, box.y + box.height * 0.6];
  await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; framing: boolean };
    w.frameTimes = [];
    w.framing = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.frameTimes.push(t - last);
      last = t;
      if (w.framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(x - i * 10, y - i * 3);
  await page.mouse.up();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, i < 3 ? -120 : 120);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const times = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; framing: boolean };
    w.framing = false;
    return w.frameTimes.slice(1);
  });
  await context.close();
  return {
    basemap_kb: r1(kb),
    frame_p50_ms: r1(quantile(times, 0.5)),
    frame_p95_ms: r1(quantile(times, 0.95)),
    frames: times.length,
  };
}

async function main() {
  const { base, stop } = await servePreview(dist, 4800 + Math.floor(Math.random() * 90));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const paints: number[] = [];
    let first = 0;
    for (let i = 0; i < 3; i++) {
      const { context, page, paint } = await open(browser, base);
      paints.push(paint);
      first = await basemapKb(page);
      await context.close();
    }
    const assets = join(dist, 'assets');
    const whole = readdirSync(assets)
      .filter((f) => BASEMAP.test(`/${f}`))
      .reduce((s, f) => s + statSync(join(assets, f)).size, 0);
    const result = {
      dist,
      first_view_basemap_kb: r1(first),
      whole_basemap_kb: r1(whole / 1024),
      first_paint_ms: r1(median(paints)),
      paints_ms: paints.map(r1),
      views: {} as Record<string, Awaited<ReturnType<typeof frames>>>,
    };
    for (const [name, hash] of Object.entries(VIEWS)) {
      result.views[name] = await frames(browser, base + hash);
    }
    console.log(json ? JSON.stringify(result) : result);
  } finally {
    await browser.close();
    stop();
  }
}

await main();
