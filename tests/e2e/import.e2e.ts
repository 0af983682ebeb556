/**
 * Bring your own data: files dropped on the page are checked row by row, explained, explored and
 * exported again, and not a byte leaves 127.0.0.1 while it happens.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { synthDescription, synthEvents } from '../../bench/generate';
import { importInPage } from '../../bench/import-bench';
import { toCSV } from '../../src/lib/data/export/csv';
import { counts, dropFile, openPage, useBrowser, waitForApp, type AppPage } from './harness';

const browser = useBrowser();
const GOOD = 'tests/fixtures/good';
const BAD = 'tests/fixtures/bad';

async function explore(app: AppPage, n: number) {
  await app.page
    .getByRole('button', { name: new RegExp(`^Explore the ${n} imported events$`) })
    .click();
  await expect
    .poll(() => app.page.getByTestId('visible-count').textContent())
    .toBe(`${n} of ${n} ${n === 1 ? 'event' : 'events'}`);
}

async function fresh(): Promise<AppPage> {
  const app = await openPage(browser());
  await waitForApp(app.page);
  return app;
}

describe('importing', () => {
  it.each([
    ['small.csv', 'text/csv', 'Synthetic detention of protesters'],
    ['acled-synthetic.csv', 'text/csv', null],
    ['plain-synthetic.geojson', 'application/geo+json', null],
    ['timelinejs-synthetic.csv', 'text/csv', null],
  ])('imports %s dropped on the page and explores it', async (name, type, title) => {
    const app = await fresh();
    await dropFile(app.page, name, readFileSync(`${GOOD}/${name}`), type);
    const c = await counts(app.page);
    expect(c.read).toBe(c.imported + c.rejected);
    expect(c.imported).toBeGreaterThan(0);
    await app.shot(`import-report-${basename(name)}`);
    await explore(app, c.imported);
    if (title)
      expect(await app.page.locator('tr[data-event-id] button.title').allTextContents()).toContain(
        title,
      );
    await app.page.waitForSelector('[data-app-ready="true"]');
    await app.shot(`import-explore-${basename(name)}`);
    app.assertClean();
  });

  it('asks which column holds what for an unfamiliar CSV, and remembers it', async () => {
    const app = await fresh();
    const csv =
      'Wann;Was genau;Ort;Breite;Laenge\n2022-01-05;Erste Sache;Almaty;43.25;76.91\n2022-01-07;Zweite Sache;Astana;51.17;71.45\n';
    await dropFile(app.page, 'unfamiliar.csv', csv);
    await counts(app.page);
    const pick = (field: string, column: string) =>
      app.page.locator(`select[data-field="${field}"]`).selectOption({ label: column });
    await pick('date', 'Wann');
    await pick('title', 'Was genau');
    await pick('place', 'Ort');
    await pick('latitude', 'Breite');
    await pick('longitude', 'Laenge');
    await app.page.getByRole('button', { name: 'Import again with these columns' }).click();
    await expect.poll(async () => (await counts(app.page)).imported).toBe(2);
    await app.shot('import-mapping');
    await explore(app, 2);
    expect(await app.page.locator('tr[data-event-id] button.title').allTextContents()).toEqual([
      'Erste Sache',
      'Zweite Sache',
    ]);
    // The same columns again: no question, the remembered mapping is used.
    await app.page.getByRole('button', { name: 'Data' }).click();
    await dropFile(app.page, 'unfamiliar-2.csv', csv.replace('Erste', 'Dritte'));
    await expect.poll(async () => (await counts(app.page)).imported).toBe(2);
    app.assertClean();
  });

  it('reports bad rows by row, column, value and reason, and keeps the good ones', async () => {
    const app = await fresh();
    const expected = JSON.parse(readFileSync(`${BAD}/expected.json`, 'utf8'))[
      'impossible-dates.csv'
    ];
    await dropFile(app.page, 'impossible-dates.csv', readFileSync(`${BAD}/impossible-dates.csv`));
    const c = await counts(app.page);
    expect(c).toEqual({
      read: expected.read,
      imported: expected.imported,
      rejected: expected.rejected,
    });
    const text = await app.page.getByTestId('import-report').textContent();
    for (const m of expected.messages as string[]) expect(text).toContain(m);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Download the report (CSV)' }).click(),
    ]);
    const report = readFileSync((await download.path())!, 'utf8');
    expect(report).toContain('2022-02-30');
    await app.shot('import-bad-rows');
    await explore(app, expected.imported);
    app.assertClean();
  });

  it('reports bad rows in Russian in the Russian interface: where and why', async () => {
    const app = await openPage(browser(), '#lang=ru');
    await waitForApp(app.page);
    await expect.poll(() => app.page.getByRole('button', { name: 'Данные' }).count()).toBe(1);
    await dropFile(app.page, 'impossible-dates.csv', readFileSync(`${BAD}/impossible-dates.csv`));
    await counts(app.page);
    const text = (await app.page.getByTestId('import-report').textContent())!;
    for (const m of [
      'строка 2, столбец «date», значение «2022-02-30»: «2022-02-30» — такого дня нет в календаре (дней в месяце 2022-02: 28)',
      'строка 3, столбец «date», значение «31.04.2022»: «31.04.2022» — такого дня нет в календаре',
      'строка 4, столбец «date», значение «2022-13»: в «2022-13» нет месяца 13',
    ])
      expect(text).toContain(m);
    // No English reason is left for the rejected rows.
    expect(text).not.toContain('is not a day of the calendar');
    expect(text).not.toContain('has no month');
    await app.shot('import-bad-rows-ru');
    app.assertClean();
  });

  it('exports the visible events and reads them back unchanged', async () => {
    const app = await fresh();
    await app.page.locator('input[data-article="2"]').check();
    const count = (await app.page.getByTestId('visible-count').textContent())!.split(' ')[0]!;
    await app.page.getByRole('button', { name: 'Data' }).click();
    for (const [button, ext] of [
      ['CSV', 'csv'],
      ['GeoJSON', 'geojson'],
    ] as const) {
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      const content = readFileSync((await download.path())!);
      await dropFile(
        app.page,
        `export.${ext}`,
        content,
        ext === 'csv' ? 'text/csv' : 'application/geo+json',
      );
      await expect.poll(async () => (await counts(app.page)).imported).toBe(Number(count));
      expect((await counts(app.page)).rejected).toBe(0);
      // The app's own export needs no column mapping.
      expect(await app.page.locator('select[data-field]').count()).toBe(0);
    }
    app.assertClean();
  });

  it('lists a large import fifty rows at a time, and the rest on request', async () => {
    const app = await fresh();
    await dropFile(app.page, 'synthetic.csv', toCSV(synthEvents(120, 7), synthDescription(120)));
    expect(await counts(app.page)).toEqual({ read: 120, imported: 120, rejected: 0 });
    await explore(app, 120);
    const rows = app.page.locator('tr[data-event-id]');
    await expect.poll(() => rows.count()).toBe(50);
    expect(await app.page.getByText('Showing the first 50 of 120.').count()).toBe(1);
    await app.page.getByRole('button', { name: 'Show 70 more' }).click();
    await expect.poll(() => rows.count()).toBe(120);
    expect(await app.page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
    app.assertClean();
  });

  it('calls warnings warnings, and wraps a long one in the notices', async () => {
    const app = await fresh();
    const long = 'N'.repeat(300);
    const csv = `date,title,latitude,longitude,${long},${long}\n2022-01-05,A,43.2,76.9,a,b\n`;
    await dropFile(app.page, 'warned.csv', csv);
    expect(await counts(app.page)).toEqual({ read: 1, imported: 1, rejected: 0 });
    await explore(app, 1);
    const summary = app.page.locator('.notices details.issues summary');
    // The two long headers, and coordinates given without a precision (said once for the file).
    expect(await summary.textContent()).toBe('3 warnings about the data; no event is left out.');
    await summary.click();
    const list = app.page.locator('.notices details.issues ul');
    expect(await list.textContent()).toContain('warned.csv, row 1, column "F"');
    expect(await list.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
    app.assertClean();
  });

  it('shows script and HTML from a file as text and runs none of it', async () => {
    const app = await fresh();
    const dialogs: string[] = [];
    app.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await dropFile(app.page, 'html.csv', readFileSync(`${BAD}/html-script-every-field.csv`));
    await explore(app, 1);
    const title = app.page.locator('tr[data-event-id] button.title').first();
    expect(await title.textContent()).toContain('<script>alert("x")</script>');
    await title.click();
    const detail = app.page.locator('article.detail');
    expect(await detail.locator('h2').textContent()).toContain('<img src=x onerror=alert(2)>');
    expect(await detail.locator('script, img, b[onmouseover]').count()).toBe(0);
    await app.page.locator('tr[data-event-id], article.detail h2').first().hover();
    await app.page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await app.shot('import-html-as-text');
    app.assertClean();
  });
});

describe('loading by link', () => {
  it('reads a CSV named by ?data= from the same site, checked like a dropped file', async () => {
    const app = await openPage(browser(), '?data=fixtures/small.csv');
    await waitForApp(app.page);
    const titles = await app.page.locator('tr[data-event-id] button.title').allTextContents();
    expect(titles).toContain('Synthetic detention of protesters');
    const total = titles.length;
    expect(await app.page.getByTestId('visible-count').textContent()).toBe(
      `${total} of ${total} events`,
    );
    app.assertClean();
  });

  it('reads a dataset description named by ?data=, keeping the valid events of a broken file', async () => {
    const app = await openPage(browser(), '?data=fixtures/served/dataset.json');
    await waitForApp(app.page);
    expect(await app.page.getByTestId('visible-count').textContent()).toBe('11 of 11 events');
    const notice = await app.page.locator('.notices').textContent();
    expect(notice).toContain('events.geojson');
    expect(notice).toContain('syn-4');
    expect(
      await app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn'),
    ).not.toBe('0');
    app.assertClean();
  });

  it('says a missing file is not found, although the server answers index.html for it', async () => {
    const app = await openPage(browser(), '?data=fixtures/missing.csv');
    await app.page.waitForSelector('main.fatal');
    const text = await app.page.locator('main.fatal').textContent();
    expect(text).toContain('missing.csv: was not found on this site');
    expect(text).not.toContain('no column');
    app.assertClean();
  });

  it('refuses the app’s own script, in words', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const app = await openPage(browser(), `?data=${script}`);
    await app.page.waitForSelector('main.fatal');
    expect(await app.page.locator('main.fatal').textContent()).toContain(
      'is a script (JavaScript), not data',
    );
    app.assertClean();
  });

  it('wraps a long name on the error page instead of widening the page', async () => {
    const app = await openPage(browser(), `?data=fixtures/${'x'.repeat(400)}.csv`);
    await app.page.waitForSelector('main.fatal');
    expect(
      await app.page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
    app.assertClean();
  });

  it('refuses a file of another site, with a message and no request', async () => {
    const app = await openPage(browser(), '?data=https://example.org/dataset.json');
    await app.page.waitForSelector('main.fatal');
    expect(await app.page.locator('main.fatal').textContent()).toContain('is not on this site');
    app.assertClean();
  });
});

describe('the host', () => {
  it('sends the security headers with the page and with a data file', async () => {
    for (const path of ['', 'fixtures/small.csv']) {
      const r = await fetch(new URL(path, inject('baseUrl')));
      expect(r.headers.get('content-security-policy')).toMatch(
        /^default-src 'self'; script-src 'self';.*; frame-ancestors 'none'$/,
      );
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('permissions-policy')).toContain('camera=()');
    }
    // The same headers for Netlify/Cloudflare Pages style hosts, written by the build.
    const headers = await (await fetch(new URL('_headers', inject('baseUrl')))).text();
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'\n/,
    );
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
  });

  it("the bench's import figure is the page's own clock, inside the time the import took", async () => {
    // The page times it from the file input's change to the report showing (bench/import-bench.ts):
    // no file input changed, or no report, and there is no figure (an error or a timeout).
    const started = Date.now();
    const run = await importInPage(
      browser(),
      inject('baseUrl'),
      'small.csv',
      readFileSync(`${GOOD}/small.csv`),
    );
    const wall = Date.now() - started;
    expect(run.import_ms).toBeGreaterThan(0);
    expect(run.import_ms).toBeLessThan(wall);
  });
});
