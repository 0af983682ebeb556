/**
 * `npm run bench [-- --json] [-- --sizes 1000,10000]`: drives the production build in headless
 * Chromium on seeded synthetic datasets and prints what a person waits for. The sizes are 1,000,
 * 10,000 and 100,000 events by default; 1,000,000 is measured when named (`--sizes 1000000`),
 * served as the app's Arrow file (`?data=…/events.arrow`, read in the import worker), as every
 * size above 100,000.
 *
 * - load_ms: navigation to both views drawn and interactive (the app's `app-ready` mark).
 * - brush_p50_ms / brush_p95_ms: from a pointer move of a real brush drag (its event timestamp)
 *   to the frame in which the map and the timeline have both painted the new visible set.
 * - filter_ms: from toggling an article to both views painted.
 * - hover_ms: from hovering a list row to the highlight painted in both views.
 * - heap_mb: the JS heap after load (after a garbage collection).
 * - playback frame p50 / p95 (10,000 and 100,000 events, printed on lines of their own): time
 *   played at a day per second from the timeline's play control, the time between successive
 *   frames in which the map and the timeline have both painted a new visible set.
 * - js_gzip_kb: gzip size of the JavaScript the page loads (worker included).
 * - js_first_view_gzip_kb: gzip size of the JavaScript requested before the first view (the
 *   `app-ready` mark) of the first size measured, workers included; the rest loads when a
 *   feature is first used.
 * - import (100,000 CSV rows), reload_stored and hostile_import, unless --no-import.
 * - import_1m, only with --import-1m or when --sizes lists 1000000: a CSV of 1,000,000 rows
 *   (about 300 MB, written to a temporary file) imported in the page: time to the report, peak JS
 *   heap of the page and its workers, longest task on the main thread.
 *
 * The views publish what they have painted as DOM attributes (the contract in
 * docs/ARCHITECTURE.md): `[data-visible-version]` on the app, `[data-map-painted]` and
 * `[data-timeline-painted]` with the version each last drew, `[data-map-hover]` and
 * `[data-timeline-hover]` with the hovered event each last drew.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { synthDescription, synthEvents } from '../bench/generate';
import { hostileCsv, type HostileRun } from '../bench/hostile-import';
import { importInPage, measureBigImport, measureImport } from '../bench/import-bench';
import { verdicts } from '../bench/targets';
import { toArrow } from '../src/lib/data/export/arrow';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES =
  args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10_000, 100_000];
/** The import of 1,000,000 rows takes minutes: asked for, or with 1,000,000 events in the sizes. */
const IMPORT_1M = args.includes('--import-1m') || SIZES.includes(1_000_000);
const BRUSH_MOVES = 40;
/** Sizes at which playback is measured, and how many painted frames. */
const PLAYBACK_SIZES = [10_000, 100_000];
const PLAYBACK_FRAMES = 60;
const log = (...x: unknown[]) => {
  if (!json) console.log(...x);
  else console.error(...x);
};

interface Run {
  events: number;
  load_ms: number;
  brush_p50_ms: number;
  brush_p95_ms: number;
  filter_ms: number;
  hover_ms: number;
  heap_mb: number;
}

interface PlaybackRun {
  events: number;
  playback_frame_p50_ms: number;
  playback_frame_p95_ms: number;
  /** Frames measured (fewer than PLAYBACK_FRAMES when playback was too slow for the time limit). */
  frames: number;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Resolves with the ms from `since` (page clock) to the frame where both views show `version`. */
async function waitPainted(
  page: Page,
  what: 'painted' | 'hover',
  expected: string | null,
  since: number,
) {
  return page.evaluate(
    ({ what, expected, since }) =>
      new Promise<number>((resolve) => {
        const app = document.querySelector('[data-visible-version]')!;
        const check = (now: number) => {
          const want = expected ?? app.getAttribute('data-visible-version');
          const map = document
            .querySelector(`[data-map-${what}]`)
            ?.getAttribute(`data-map-${what}`);
          const tl = document
            .querySelector(`[data-timeline-${what}]`)
            ?.getAttribute(`data-timeline-${what}`);
          // A view that does not publish the attribute at all is not waited for (and reported).
          if (map === want && (tl === want || tl === undefined)) resolve(now - since);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { what, expected, since },
  );
}

/**
 * Time played from the play control: with the filters and dates cleared, a day per second through
 * the data from what the timeline shows, the intervals between frames in which both views have
 * painted a new visible set.
 */
async function measurePlayback(page: Page, n: number): Promise<PlaybackRun> {
  const article = page.locator('input[data-article]').first();
  if (await article.isChecked()) await article.click();
  const clear = page.getByRole('button', { name: 'Clear the dates' });
  if (await clear.isEnabled()) await clear.click();
  // The playback's settings fold behind Options in the toolbar.
  const options = page.locator('details.play-options');
  if (!(await options.evaluate((d) => (d as HTMLDetailsElement).open)))
    await options.locator('summary').click();
  await page.getByTestId('playback-speed').selectOption('day');
  await options.locator('summary').click();
  await page.waitForTimeout(300);
  const frames = page.evaluate(
    (count) =>
      new Promise<number[]>((resolve) => {
        const app = document.querySelector('[data-visible-version]')!;
        const gaps: number[] = [];
        let last = -1;
        let seen: string | null = app.getAttribute('data-visible-version');
        const started = performance.now();
        const check = (now: number) => {
          const want = app.getAttribute('data-visible-version');
          const map = document
            .querySelector('[data-map-painted]')
            ?.getAttribute('data-map-painted');
          const tl = document
            .querySelector('[data-timeline-painted]')
            ?.getAttribute('data-timeline-painted');
          if (want !== seen && map === want && (tl === want || tl === undefined)) {
            if (last >= 0) gaps.push(now - last);
            last = now;
            seen = want;
          }
          if (gaps.length >= count || now - started > 30_000) resolve(gaps);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    PLAYBACK_FRAMES,
  );
  await page.getByTestId('playback-toggle').click();
  const gaps = await frames;
  await page.getByTestId('playback-toggle').click();
  return {
    events: n,
    playback_frame_p50_ms: r1(quantile(gaps, 0.5)),
    playback_frame_p95_ms: r1(quantile(gaps, 0.95)),
    frames: gaps.length,
  };
}

async function idleFloor(page: Page): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < 20; i++) {
    xs.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const t = performance.now();
            requestAnimationFrame(() => requestAnimationFrame((now) => resolve(now - t)));
          }),
      ),
    );
  }
  return quantile(xs, 0.5);
}

/** Above this size the dataset is served as the app's Arrow file (bench/generate.ts writes it). */
const ARROW_FROM = 100_001;

async function measure(page: Page, base: string, n: number): Promise<Run> {
  const file = n >= ARROW_FROM ? 'events.arrow' : 'dataset.json';
  await page.goto(`${base}?data=bench/${n}/${file}`);
  await page.waitForSelector('[data-app-ready="true"]', {
    timeout: n >= ARROW_FROM ? 900_000 : 120_000,
  });
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
  const load = await page.evaluate(() => performance.getEntriesByName('app-ready')[0]!.startTime);
  await page.waitForTimeout(500);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  // A real drag across the timeline's detail area with the brush tool.
  const area = await page.locator('[data-brush-area]').first().boundingBox();
  if (!area) throw new Error('no brush area on the page ([data-brush-area])');
  // The middle of the part of the area on screen: the timeline's pane scrolls its lanes, and a
  // drag below the window's edge would brush nothing (and measure an idle frame).
  const viewport = page.viewportSize()!;
  const y = (Math.max(area.y, 0) + Math.min(area.y + area.height, viewport.height)) / 2;
  const x0 = area.x + area.width * 0.2;
  const x1 = area.x + area.width * 0.8;
  const version = () =>
    page.locator('[data-visible-version]').first().getAttribute('data-visible-version');
  const before = await version();
  await page.keyboard.down('Shift');
  await page.mouse.move(x0, y);
  await page.mouse.down();
  const brush: number[] = [];
  for (let k = 1; k <= BRUSH_MOVES; k++) {
    const x = x0 + ((x1 - x0) * k) / BRUSH_MOVES;
    const stamp = page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          addEventListener('pointermove', (e) => resolve(e.timeStamp), {
            once: true,
            capture: true,
          }),
        ),
    );
    await page.mouse.move(x, y);
    brush.push(await waitPainted(page, 'painted', null, await stamp));
  }
  await page.mouse.up();
  await page.keyboard.up('Shift');
  // A drag that brushed nothing would report idle frames as brush steps.
  if ((await version()) === before)
    throw new Error(`the brush drag at y=${Math.round(y)} changed no visible set`);

  // Toggle the first article filter.
  const box = page.locator('input[data-article]').first();
  const clickStamp = page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        addEventListener('click', (e) => resolve(e.timeStamp), { once: true, capture: true }),
      ),
  );
  await box.click();
  const filter = await waitPainted(page, 'painted', null, await clickStamp);

  // Hover the first row of the list.
  const row = page.locator('tr[data-event-id]').first();
  const index = await row.getAttribute('data-event-index');
  const hoverStamp = page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        addEventListener('pointerover', (e) => resolve(e.timeStamp), { once: true, capture: true }),
      ),
  );
  await row.hover();
  const hover = await waitPainted(page, 'hover', index, await hoverStamp);

  return {
    events: n,
    load_ms: Math.round(load),
    brush_p50_ms: r1(quantile(brush, 0.5)),
    brush_p95_ms: r1(quantile(brush, 0.95)),
    filter_ms: r1(filter),
    hover_ms: r1(hover),
    heap_mb: r1(heap.usedSize / 2 ** 20),
  };
}

/**
 * The hostile 10 MB import: in a fresh Node process (its peak memory is the import's) and in
 * the page's worker (the time a person waits for the report).
 */
async function measureHostile(browser: Browser, base: string) {
  const node = spawnSync('node_modules/.bin/tsx', ['bench/hostile-import.ts'], {
    encoding: 'utf8',
  });
  if (node.status !== 0) throw new Error(`bench/hostile-import.ts failed: ${node.stderr}`);
  const run = JSON.parse(node.stdout) as HostileRun;
  const page = await importInPage(
    browser,
    base,
    'hostile.csv',
    Buffer.from(hostileCsv(10 * 2 ** 20)),
  );
  return { ...run, page_import_ms: page.import_ms, page_heap_after_mb: page.heap_after_mb };
}

/**
 * The Arrow file of n synthetic events, generated once (a million take minutes) and kept in
 * node_modules/.cache under a key of the generator's and the writer's code.
 */
function arrowFile(n: number): Uint8Array {
  const code = ['bench/generate.ts', 'src/lib/data/export/arrow.ts'].map((f) => readFileSync(f));
  const key = createHash('sha256').update(Buffer.concat(code)).digest('hex').slice(0, 12);
  const path = `node_modules/.cache/casemap-bench/events-${n}-${key}.arrow`;
  if (existsSync(path)) return readFileSync(path);
  const bytes = toArrow(synthEvents(n), synthDescription(n));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes;
}

async function main() {
  log('Building…');
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
  for (const n of SIZES) {
    const dir = `dist/bench/${n}`;
    mkdirSync(dir, { recursive: true });
    if (n >= ARROW_FROM) {
      writeFileSync(`${dir}/events.arrow`, arrowFile(n));
      continue;
    }
    writeFileSync(`${dir}/dataset.json`, JSON.stringify(synthDescription(n)));
    writeFileSync(
      `${dir}/events.geojson`,
      JSON.stringify({ type: 'FeatureCollection', features: synthEvents(n) }),
    );
  }
  const port = 4900 + Math.floor(Math.random() * 90);
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}/`;
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const runs: Run[] = [];
    const playback: PlaybackRun[] = [];
    const scripts = new Set<string>();
    /** The scripts requested before the first view of the first size measured. */
    let firstView: string[] | undefined;
    let floor = 0;
    const unpublished = new Set<string>();
    for (const n of SIZES) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
      // tsx compiles with esbuild's keepNames, which wraps the functions handed to page.evaluate
      // in a __name helper the page does not have.
      await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
      const page = await context.newPage();
      const requested = new Map<string, number>();
      page.on('request', (r) => {
        if (r.url().endsWith('.js') || r.url().endsWith('.mjs')) {
          const path = new URL(r.url()).pathname;
          scripts.add(path);
          if (!requested.has(path)) requested.set(path, Date.now());
        }
      });
      log(`Measuring ${n} events…`);
      runs.push(await measure(page, base, n));
      if (!firstView) {
        const ready = await page.evaluate(
          () => performance.timeOrigin + performance.getEntriesByName('app-ready')[0]!.startTime,
        );
        firstView = [...requested].filter(([, t]) => t <= ready).map(([path]) => path);
      }
      if (PLAYBACK_SIZES.includes(n)) playback.push(await measurePlayback(page, n));
      for (const a of [
        'data-map-painted',
        'data-timeline-painted',
        'data-map-hover',
        'data-timeline-hover',
      ])
        if (!(await page.locator(`[${a}]`).count())) unpublished.add(a);
      floor = await idleFloor(page);
      await context.close();
    }
    const missing = unpublished.size
      ? `not published, not waited for: ${[...unpublished].join(', ')}`
      : '';
    if (missing) log(missing);
    const gzipKb = (paths: Iterable<string>) =>
      r1([...paths].reduce((sum, p) => sum + gzipSync(readFileSync(`dist${p}`)).length, 0) / 1024);
    const js = gzipKb(scripts);
    const jsFirstView = gzipKb(firstView ?? []);
    log('Measuring an import of 100,000 CSV rows…');
    const importRun = args.includes('--no-import')
      ? null
      : await measureImport(browser, base, 100_000);
    log('Measuring an import of a hostile 10 MB CSV (one line of `"x"y;`)…');
    const hostile = args.includes('--no-import') ? null : await measureHostile(browser, base);
    if (IMPORT_1M) log('Measuring an import of 1,000,000 CSV rows (about 300 MB)…');
    const import1m = IMPORT_1M ? await measureBigImport(browser, base, 1_000_000) : null;
    const result = {
      runs,
      js_gzip_kb: js,
      js_first_view_gzip_kb: jsFirstView,
      playback,
      import: importRun,
      hostile_import: hostile,
      import_1m: import1m,
      idle_two_frames_ms: r1(floor),
      chromium: executablePath,
      flags: CHROMIUM_ARGS,
    };
    const targets = verdicts(result);
    if (json) {
      console.log(JSON.stringify({ ...result, targets }));
    } else {
      console.log(`\nChromium ${executablePath} ${CHROMIUM_ARGS.join(' ')}`);
      console.log(`Idle floor (two animation frames, p50): ${r1(floor)} ms\n`);
      console.table(runs);
      console.log(`JS loaded, gzip: ${js} KiB`);
      console.log(
        `JS before the first view, gzip: ${jsFirstView} KiB (${(firstView ?? []).join(', ')})`,
      );
      for (const p of playback)
        console.log(
          `Playback of ${p.events} events (a day per second): frame p50 ${p.playback_frame_p50_ms} ms, ` +
            `p95 ${p.playback_frame_p95_ms} ms (${p.frames} frames)`,
        );
      if (importRun) {
        console.log(
          `Import of ${importRun.rows} CSV rows (${importRun.csv_mb} MB) in the page's worker: ` +
            `${importRun.import_ms} ms; JS heap after: ${importRun.heap_after_mb} MB`,
        );
        console.log(`reload_stored: ${importRun.reload_ms} ms to both views drawn`);
      }
      if (import1m) {
        console.log(
          `import_1m: ${import1m.rows} CSV rows (${import1m.csv_mb} MB) in the page's worker: ` +
            `${import1m.import_ms} ms to the report (read ${import1m.read}, imported ` +
            `${import1m.imported}, rejected ${import1m.rejected}); peak JS heap (page and workers) ` +
            `${import1m.peak_heap_mb} MB; longest main-thread task ${import1m.longest_task_ms} ms` +
            (import1m.refused ? `; refused: ${import1m.refused}` : ''),
        );
      }
      console.log("\nThe issue's targets (issue 14); over_floor_ms: above the idle floor:");
      console.table(targets);
      if (hostile) {
        console.log(
          `hostile_import: ${hostile.csv_mb} MB of "x"y; on one line, in Node: ` +
            `${hostile.import_ms} ms, peak memory (RSS) ${hostile.peak_rss_mb} MB, ` +
            `${hostile.issues} issues; in the page's worker: ${hostile.page_import_ms} ms, ` +
            `JS heap after: ${hostile.page_heap_after_mb} MB`,
        );
      }
    }
  } finally {
    await browser.close();
    server.kill();
    rmSync('dist/bench', { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
