/**
 * A researcher's spreadsheet imported whole through the dialog, with real clicks: figure columns,
 * several sources per row (titles with ";"), countries by name in five languages, date and
 * location precision. Every value of the file is found again in the event detail and in the
 * GeoJSON export.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/lib/model/schema';
import type { EventCollection } from '../../src/lib/data/export/geojson';
import { formatEventDate } from '../../src/lib/i18n/event-date';
import { counts, dropFile, openPage, useBrowser, waitForApp } from './harness';

const browser = useBrowser();
const FILE = 'tests/fixtures/sheet/researcher-sheet.csv';
const rows = Papa.parse<Record<string, string>>(readFileSync(FILE, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const COUNTRY: Record<string, string> = {
  Kazakhstan: 'KZ',
  Қазақстан: 'KZ',
  Киргизия: 'KG',
  Uzbekistán: 'UZ',
  Kirghizistan: 'KG',
};
const parts = (cell: string) => cell.split('|');

describe('a researcher’s spreadsheet', () => {
  it('imports whole through the dialog, and every value is in the detail and the GeoJSON', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const page = app.page;
    await dropFile(page, 'researcher-sheet.csv', readFileSync(FILE));
    expect(await counts(page)).toEqual({ read: 5, imported: 5, rejected: 0 });

    // The questions a mapping cannot answer, asked and answered by clicks.
    await page.getByLabel('Title of the dataset').fill('Researcher sheet');
    await page
      .getByLabel('Status of events whose row gives none')
      .selectOption({ label: 'reported' });
    const preview = page.getByTestId('import-preview');
    // Before the separator is given, a cell of sources is one source: never split by guess.
    await expect.poll(() => preview.textContent()).toContain('Report one; part A|Report two');
    await page
      .getByLabel('Several sources in one cell are separated by')
      .selectOption({ label: '| (vertical bar)' });
    // The preview follows at once, before the import runs again.
    await expect.poll(() => preview.textContent()).not.toContain('part A|Report');
    expect(await preview.textContent()).toContain('Deaths: 164–227');
    // Every column has a line saying what it became; none is ignored.
    const uses = page.getByTestId('column-uses').locator('li');
    expect(await uses.count()).toBe(Object.keys(rows[0]!).length);
    expect(await uses.allTextContents()).not.toContainEqual(expect.stringContaining('ignored'));
    await app.shot('sheet-mapping');

    await page.getByRole('button', { name: 'Import again with these columns' }).click();
    await expect.poll(async () => (await counts(page)).imported).toBe(5);
    // No warning is left: every status stated, every source whole.
    expect(await page.getByTestId('import-report').locator('ul.issues').count()).toBe(0);
    await page.getByRole('button', { name: 'Explore the 5 imported events' }).click();
    await expect.poll(() => page.getByTestId('visible-count').textContent()).toBe('5 of 5 events');

    // The GeoJSON export: every value, sources and figure kinds whole.
    await page.getByRole('button', { name: 'Data' }).click();
    // The dataset is kept under the title it was given.
    await expect.poll(() => page.locator('.datasets').textContent()).toContain('Researcher sheet');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GeoJSON', exact: true }).click(),
    ]);
    const g = JSON.parse(readFileSync((await download.path())!, 'utf8')) as EventCollection;
    const byId = new Map<string, EventFeature>(g.features.map((f) => [f.id, f]));
    const sources = new Map(g.sources!.map((s) => [s.id, s]));
    const kinds = new Map(g.figureKinds!.map((k) => [k.id, k.label]));
    for (const r of rows) {
      const f = byId.get(r.ID!)!;
      const p = f.properties;
      expect(f.geometry!.coordinates).toEqual([Number(r.Longitude), Number(r.Latitude)]);
      expect(p).toMatchObject({
        title: r.Title,
        summary: r.Description,
        place: { name: r.Place, country: COUNTRY[r.Country!], precision: r['Location precision'] },
        status: 'reported',
        articles: r.Articles!.split(',').map(Number),
      });
      expect(p.date.start.startsWith(r['Start date']!.slice(0, p.date.start.length))).toBe(true);
      if (r['End date']) expect(p.date.end).toBe(r['End date']);
      expect(p.sources!.map((id) => sources.get(id))).toEqual(
        parts(r['Source title']!).map((title, k) => ({
          id: expect.any(String),
          title,
          url: parts(r['Source URL']!)[k],
          publisher: parts(r['Source publisher']!)[k],
          date: parts(r['Source date']!)[k],
        })),
      );
      const figures = (p.figures ?? []).map((x) => kinds.get(x.kind));
      expect(figures).toEqual([r.Deaths && 'Deaths', r.Detained && 'Detained'].filter(Boolean));
      expect(new Set((p.figures ?? []).map((x) => x.source))).toEqual(
        new Set(p.figures?.length ? [p.sources![0]] : []),
      );
    }
    // Precision and ranges as the sheet states them.
    expect(byId.get('kz-001')!.properties.figures![0]).toMatchObject({ min: 164, max: 227 });
    expect(byId.get('kz-002')!.properties.date).toEqual({ start: '2022-01' });
    expect(byId.get('uz-004')!.properties.date).toEqual({ start: '2021' });
    expect(byId.get('kg-005')!.properties.date.approximate).toBe(true);
    await page.keyboard.press('Escape');

    // The event detail: every value of each row.
    for (const r of rows) {
      await page.locator(`tr[data-event-id="${r.ID}"] button.title`).click();
      const detail = page.locator(`article.detail[data-event-id="${r.ID}"]`);
      await detail.waitFor();
      const text = (await detail.textContent())!.replace(/\s+/g, ' ');
      const date = formatEventDate(byId.get(r.ID!)!.properties.date, 'en', '≈').replace(
        /\s+/g,
        ' ',
      );
      for (const v of [r.Title, r.Description, r.Category, 'reported', date])
        expect(text).toContain(v);
      expect(text).toContain(`${r.Place}, ${COUNTRY[r.Country!]}`);
      for (const [k, title] of parts(r['Source title']!).entries()) {
        const href = `a[href="${parts(r['Source URL']!)[k]}"]`;
        const link = detail.locator(href);
        expect(await link.textContent()).toContain(title);
        const item = (await detail.locator('li', { has: page.locator(href) }).textContent())!;
        for (const v of [title, parts(r['Source publisher']!)[k]!, parts(r['Source date']!)[k]!])
          expect(item).toContain(v);
      }
      if (r.Deaths) expect(text).toContain('Deaths:');
      if (r.Detained) expect(text).toContain('Detained:');
      // Figures are cited to the row's first source, by its publisher.
      expect(text).toContain(`according to ${parts(r['Source publisher']!)[0]}`);
      await detail.getByRole('button', { name: 'Close the detail' }).click();
    }
    await page.locator('tr[data-event-id="kz-001"] button.title').click();
    expect(await page.locator('article.detail').textContent()).toContain('164–227');

    app.assertClean();
  }, 180_000);
});
