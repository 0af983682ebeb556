/**
 * The offline copy: `vite build --mode single` writes one dist-single/index.html that, opened
 * from file:// with every network request refused, loads the bundled dataset, draws the map with
 * every located event, and lists the others (the maplibre worker and fonts come from the file).
 */
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  ARTIFACTS,
  counts,
  distinctColours,
  dropFile,
  exploreSmallCsv,
  openOffline,
  openPage,
  useBrowser,
  waitForApp,
  headerMenu,
} from './harness';
import { seed } from './seed-data';
import { translate } from '../../src/lib/i18n/translate';

const browser = useBrowser();
const { events } = seed();
const FILE = resolve('dist-single/index.html');

// The e2e global setup runs `npm run build`, which writes dist-single/index.html first.

describe('the offline copy', () => {
  it('works from file:// with every network request refused', async () => {
    // One file: nothing beside it (the import worker is inside it).
    expect(readdirSync('dist-single')).toEqual(['index.html']);
    const size = statSync(FILE).size;
    console.log(`dist-single/index.html: ${(size / 1024 / 1024).toFixed(2)} MiB`);
    const app = await openOffline(browser(), FILE);
    const blocked = app.blocked;
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
    // It offers a copy of itself to download.
    await headerMenu(app.page);
    await expect
      .poll(() => app.page.getByRole('button', { name: 'Download offline copy' }).count())
      .toBe(1);
    // Every language is inside the file: one chosen from the menu loads with the network refused.
    await app.page.locator('label.lang select').selectOption('kk');
    const n = events.length;
    await expect
      .poll(() => app.page.getByTestId('visible-count').textContent())
      .toBe(translate('kk', 'events.count', { visible: n, total: n, count: n }));
    expect(blocked).toEqual([]);
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

  it('reads an Arrow file dropped on it and keeps it: Arrow is inside the file', async () => {
    const app = await openOffline(browser(), FILE);
    const arrow = readFileSync('tests/fixtures/good/synthetic.arrow');
    await dropFile(app.page, 'synthetic.arrow', arrow, 'application/octet-stream');
    expect(await counts(app.page)).toEqual({ read: 40, imported: 40, rejected: 0 });
    await app.page.getByRole('button', { name: 'Explore the 40 imported events' }).click();
    await expect
      .poll(() => app.page.getByTestId('visible-count').textContent())
      .toBe('40 of 40 events');
    // Kept in IndexedDB: listed among the stored datasets.
    await app.page.getByRole('button', { name: 'Data', exact: true }).click();
    await expect
      .poll(() => app.page.getByText('40 events, from synthetic.arrow', { exact: false }).count())
      .toBe(1);
    expect(app.blocked).toEqual([]);
    app.assertClean();
    await app.context.close();
  }, 90_000);

  it('carries an imported dataset and the view on screen, and imports inside it', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const c = await exploreSmallCsv(app.page);
    // A view of its own: one article ticked.
    await app.page.locator('input[data-article]').first().check();
    const count = (await app.page.getByTestId('visible-count').textContent())!;
    const title = (await app.page.locator('header h1').textContent())!;
    expect(count).not.toBe(`${c.imported} of ${c.imported} events`);
    // Its size is said before it is saved.
    await headerMenu(app.page);
    await app.page.getByRole('button', { name: 'Download offline copy' }).click();
    const save = app.page.getByTestId('offline-save');
    expect(await save.textContent()).toMatch(/^Save the offline copy \(\d+(\.\d)? MB\)$/);
    const [download] = await Promise.all([app.page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const file = resolve(ARTIFACTS, 'offline-copy.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    // Everything inline: no script, stylesheet or font is fetched from anywhere.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    // No script from a data: URL: only the file's own scripts (by hash) and blobs made from them.
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain('data:');
    expect(scriptSrc).not.toContain('unsafe-eval');
    app.assertClean();
    await app.context.close();

    // Opened from file:// with every request refused: the same dataset, on the same view.
    const copy = await openOffline(browser(), file);
    expect(await copy.page.locator('header h1').textContent()).toBe(title);
    await expect.poll(() => copy.page.getByTestId('visible-count').textContent()).toBe(count);
    expect(await copy.page.locator('input[data-article]').first().isChecked()).toBe(true);
    await copy.shot('offline-copy-imported');
    // And it imports a file dropped on it.
    await dropFile(copy.page, 'small.csv', readFileSync('tests/fixtures/good/small.csv'));
    expect((await counts(copy.page)).imported).toBe(c.imported);
    expect(copy.blocked).toEqual([]);
    copy.assertClean();
    await copy.context.close();
  }, 120_000);

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
