/**
 * The offline copy: `vite build --mode single` writes one dist-single/index.html that, opened
 * from file:// with every network request refused, loads the bundled dataset, draws the map with
 * every located event, and lists the others (the maplibre worker and fonts come from the file).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { counts, distinctColours, dropFile, openPage, useBrowser, waitForApp } from './harness';
import { seed } from './seed-data';

const browser = useBrowser();
const { events } = seed();
const FILE = resolve('dist-single/index.html');

// The e2e global setup runs `npm run build`, which writes dist-single/index.html first.

describe('the offline copy', () => {
  it('works from file:// with every network request refused', async () => {
    const size = statSync(FILE).size;
    console.log(`dist-single/index.html: ${(size / 1024 / 1024).toFixed(2)} MiB`);
    const app = await openPage(browser(), null as unknown as string);
    const blocked: string[] = [];
    await app.context.route('**', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await app.page.goto(pathToFileURL(FILE).href);
    await waitForApp(app.page);
    await app.shot('single-file');
    await expect
      .poll(() => app.page.getByTestId('visible-count').textContent())
      .toBe(`${events.length} of ${events.length} events`);
    const located = events.filter((e) => e.geometry && !e.properties.place.withheld).length;
    await expect
      .poll(async () =>
        Number(await app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn')),
      )
      .toBe(located);
    // The others (nationwide or unlocated) are counted in the header's total above.
    expect(await distinctColours(app.page, 'canvas.maplibregl-canvas')).toBeGreaterThan(20);
    expect(blocked).toEqual([]);
    // It offers itself as the offline copy to download.
    expect(
      await app.page.getByRole('link', { name: 'Download offline copy' }).getAttribute('href'),
    ).toBe(pathToFileURL(FILE).href);
    app.assertClean();
    await app.context.close();
  }, 90_000);

  it('imports a file dropped on it, from file:// with the network refused', async () => {
    const app = await openPage(browser(), null as unknown as string);
    await app.context.route(/^(?!file:|data:|blob:)/, (route) => route.abort());
    await app.page.goto(pathToFileURL(FILE).href);
    await waitForApp(app.page);
    await dropFile(app.page, 'small.csv', readFileSync('tests/fixtures/good/small.csv'));
    const c = await counts(app.page);
    expect(c.imported).toBeGreaterThan(0);
    expect(c.rejected).toBe(0);
    app.assertClean();
    await app.context.close();
  }, 90_000);

  it('is offered from the app’s menu, as one self-contained file', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const link = app.page.getByRole('link', { name: 'Download offline copy' });
    expect(await link.getAttribute('download')).toMatch(/\.html$/);
    const response = await app.page.request.get(
      new URL((await link.getAttribute('href'))!, app.page.url()).href,
    );
    expect(response.status()).toBe(200);
    const html = await response.text();
    // Everything inline: no script, stylesheet or font is fetched from anywhere.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toContain('Content-Security-Policy');
    // No script from a data: URL: only the file's own scripts (by hash) and blobs made from them.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain('data:');
    app.assertClean();
  });

  it('refuses ?data= from file://, in words', async () => {
    const app = await openPage(browser(), null as unknown as string);
    await app.page.goto(`${pathToFileURL(FILE).href}?data=events.csv`);
    await app.page.waitForSelector('main.fatal');
    expect(await app.page.locator('main.fatal').textContent()).toContain(
      'events.csv: a page opened from a file (file://) cannot load a ?data= link',
    );
    app.assertClean();
    await app.context.close();
  });
});
