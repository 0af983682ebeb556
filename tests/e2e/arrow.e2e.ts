/**
 * Apache Arrow: a file dropped on the page or named by `?data=` is read with Arrow's library,
 * drawn on the map, the timeline and the list, exported again as Arrow, and kept in IndexedDB
 * so that a reload opens it again; not a byte leaves 127.0.0.1 meanwhile.
 */
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, inject, it } from 'vitest';
import { counts, dropFile, openPage, useBrowser, waitForApp, type AppPage } from './harness';

const browser = useBrowser();
const FILE = 'tests/fixtures/good/synthetic.arrow';
const N = 40;

/** Both views and the list show all N events. */
async function seesAll(app: AppPage) {
  const { page } = app;
  await waitForApp(page);
  await expect
    .poll(() => page.getByTestId('visible-count').textContent())
    .toBe(`${N} of ${N} events`);
  const drawn = Number(await page.locator('[data-events-drawn]').getAttribute('data-events-drawn'));
  expect(drawn).toBeGreaterThan(N / 2);
  const version = await page.locator('[data-visible-version]').getAttribute('data-visible-version');
  await expect
    .poll(() => page.locator('[data-timeline-painted]').getAttribute('data-timeline-painted'))
    .toBe(version);
  expect(await page.locator('tr[data-event-id]').count()).toBeGreaterThan(0);
}

describe('Apache Arrow', () => {
  it('imports a dropped .arrow file, exports it again and keeps it for a reload', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await dropFile(app.page, 'synthetic.arrow', readFileSync(FILE), 'application/octet-stream');
    expect(await counts(app.page)).toEqual({ read: N, imported: N, rejected: 0 });
    await app.page
      .getByRole('button', { name: new RegExp(`^Explore the ${N} imported events$`) })
      .click();
    await seesAll(app);
    await app.shot('arrow-explore');

    await app.page.getByRole('button', { name: 'Data', exact: true }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Arrow', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.arrow$/);
    // The visible events in the list's order: the same ids as the file's.
    const ids = (f: Uint8Array) => [...tableFromIPC(f).getChild('id')!].sort();
    expect(ids(readFileSync((await download.path())!))).toEqual(ids(readFileSync(FILE)));
    await app.page.keyboard.press('Escape');

    // The link names the stored dataset; the reload reads it back from IndexedDB.
    await app.page.waitForFunction(() => /[#&]d=/.test(location.hash));
    await app.page.reload();
    await seesAll(app);
    app.assertClean();
  });

  it('reads an .arrow file named by ?data= from the same site', async () => {
    const app = await openPage(browser(), '?data=fixtures/synthetic.arrow');
    await seesAll(app);
    expect(inject('baseUrl')).toMatch(/^http:\/\/127\.0\.0\.1:/);
    await app.shot('arrow-data-url');
    app.assertClean();
  });

  it('is served as Arrow, not compressed on the fly as text (a million events took 9 s so)', async () => {
    const r = await fetch(new URL('fixtures/synthetic.arrow', inject('baseUrl')), {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.apache.arrow.file');
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(tableFromIPC(new Uint8Array(await r.arrayBuffer())).numRows).toBe(N);
  });
});
