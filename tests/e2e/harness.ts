/**
 * What every end-to-end spec needs: a real Chromium, a page that records its errors and every
 * request, and the assertions that the page logged no error and that no request left 127.0.0.1.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const ARTIFACTS = 'tests/artifacts';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
  /** Asserts no page error and no request off 127.0.0.1 (data:, blob: and file: are local). */
  assertClean: () => void;
  shot: (name: string) => Promise<void>;
}

/** Starts one browser for the spec file and closes it afterwards. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not started');
    return browser;
  };
}

export function isLocal(url: string): boolean {
  if (/^(data|blob|about|file):/.test(url)) return true;
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function openPage(
  browser: Browser,
  path = '',
  options: { width?: number; height?: number; reducedMotion?: boolean } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 850 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  context.on('request', (r) => {
    requests.push(r.url());
  });
  // A Content Security Policy violation (an eval probe, an inline script, a file from elsewhere)
  // is a page error, even when the page swallows the exception.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // Anything that would leave the machine is stopped here and reported by assertClean.
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort(),
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  const app: AppPage = {
    page,
    context,
    errors,
    requests,
    assertClean: () => {
      expect(errors, 'the page logged errors').toEqual([]);
      expect(
        requests.filter((u) => !isLocal(u)),
        'requests left 127.0.0.1',
      ).toEqual([]);
    },
    shot: async (name) => {
      await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
    },
  };
  if (path !== null) await page.goto(new URL(path, inject('baseUrl')).href);
  return app;
}

/**
 * A page opened from a file (file://) with every request that is not file:, data: or blob:
 * refused; `blocked` lists what was. The app is ready when it returns.
 */
export async function openOffline(
  browser: Browser,
  file: string,
): Promise<AppPage & { blocked: string[] }> {
  const app = await openPage(browser, null as unknown as string);
  const blocked: string[] = [];
  await app.context.route('**', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await app.page.goto(pathToFileURL(file).href);
  await waitForApp(app.page);
  return { ...app, blocked };
}

/** Waits until the app says it is ready: dataset loaded, map idle, timeline drawn. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('[data-app-ready="true"]', { timeout: 45_000 });
}

/** What `installPngPixels` puts on the page's window. */
export interface PngPixelsWindow {
  /** A PNG (base64) decoded in the page: its RGBA pixels, width and height. */
  pngPixels: (b64: string) => Promise<{ px: Uint8ClampedArray; w: number; h: number }>;
}

/** Gives the page `window.pngPixels` (see PngPixelsWindow), once per document. */
export async function installPngPixels(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as Partial<PngPixelsWindow>;
    win.pngPixels ??= async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return { px: g.getImageData(0, 0, c.width, c.height).data, w: c.width, h: c.height };
    };
  });
}

/**
 * The colours of a PNG (base64), decoded in the page: how many distinct ones, and the share of
 * the picture in each wanted colour ('#rrggbb').
 */
export async function pngColours(
  page: Page,
  b64: string,
  wanted: string[] = [],
): Promise<{ distinct: number; shares: number[] }> {
  await installPngPixels(page);
  return page.evaluate(
    async ([data, colours]) => {
      const { px } = await (window as unknown as PngPixelsWindow).pngPixels(data);
      const keys = colours.map((h) => parseInt(h.slice(1), 16));
      const counts = keys.map(() => 0);
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4) {
        const rgb = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
        seen.add(rgb);
        const k = keys.indexOf(rgb);
        if (k >= 0) counts[k]!++;
      }
      return { distinct: seen.size, shares: counts.map((n) => n / (px.length / 4)) };
    },
    [b64, wanted] as const,
  );
}

/** Distinct colours in a screenshot of an element: a blank canvas has one or two. */
export async function distinctColours(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).first().screenshot();
  return (await pngColours(page, png.toString('base64'))).distinct;
}

/** Drops a file on the page the way a person drags one from their desktop. */
export async function dropFile(
  page: Page,
  name: string,
  content: string | Buffer,
  type = 'text/csv',
) {
  const bytes = [...(typeof content === 'string' ? Buffer.from(content) : content)];
  await page.evaluate(
    ({ name, bytes, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const target = document.querySelector('.app')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    },
    { name, bytes, type },
  );
}

/** The import report's counts, once it is shown. */
export async function counts(page: Page) {
  const el = page.getByTestId('import-report').locator('.counts');
  await el.waitFor();
  return {
    read: Number(await el.getAttribute('data-read')),
    imported: Number(await el.getAttribute('data-imported')),
    rejected: Number(await el.getAttribute('data-rejected')),
  };
}

/** Drops tests/fixtures/good/small.csv on the page and explores what it imported; its counts. */
export async function exploreSmallCsv(page: Page) {
  await dropFile(page, 'small.csv', readFileSync('tests/fixtures/good/small.csv'));
  const c = await counts(page);
  await page
    .getByRole('button', { name: new RegExp(`^Explore the ${c.imported} imported events$`) })
    .click();
  await waitForApp(page);
  return c;
}

/**
 * Opens (or closes) the header's menu where the further actions (brief, export, names, copy
 * link) are folded behind it, as from a tablet to a laptop; where they are in the bar, nothing.
 */
export async function headerMenu(page: Page, open = true): Promise<void> {
  const toggle = page.locator('button[aria-controls="header-more"]');
  if (!(await toggle.isVisible())) return;
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
}
