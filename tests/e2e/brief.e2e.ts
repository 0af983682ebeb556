/**
 * The brief and the picture a delegate takes away: `view=brief` printed to PDF by Chromium holds
 * every article heading and every event title of its view (checked with pdftotext from
 * poppler-utils), and the PNG export of the explorer carries the map, the legend and the
 * attribution.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openPage, pngColours, useBrowser, waitForApp, headerMenu } from './harness';
import { SEED_DIR, seed, title } from './seed-data';

const browser = useBrowser();
const { description, events } = seed();
const en = (t: unknown): string =>
  typeof t === 'string' ? t : ((t as Record<string, string>).en ?? '');
/** pdftotext breaks lines where the page does: compare with all whitespace folded. */
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the print brief', () => {
  for (const [name, fragment, articles] of [
    ['all', '', null],
    ['article-3', 'a=3&', [3]],
  ] as const) {
    it(`prints every article and every event of the view (${name}) to A4 PDF`, async () => {
      const app = await openPage(browser(), `#${fragment}view=brief`);
      await waitForApp(app.page);
      const expected = events.filter(
        (e) =>
          !articles ||
          e.properties.articles.some((a) => (articles as readonly number[]).includes(a)),
      );
      await expect
        .poll(() => app.page.locator('.brief').getAttribute('data-brief-events'))
        .toBe(String(expected.length));
      // The map is printed with its basemap, framed on the events: the app is ready only then.
      expect(await app.page.locator('svg.brief-map').getAttribute('data-basemap')).toMatch(
        /^z[0-5]$/,
      );
      const pdf = `${ARTIFACTS}/brief-${name}.pdf`;
      writeFileSync(
        pdf,
        await app.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }),
      );
      const text = fold(execFileSync('pdftotext', ['-layout', pdf, '-']).toString());
      for (const a of description.articles)
        expect(text, `article ${a.number}`).toContain(fold(`Article ${a.number}: ${en(a.title)}`));
      for (const e of expected) expect(text, e.id).toContain(fold(title(e)));
      // The static map draws GeoNames cities: their CC BY licence needs the credit in print.
      expect(text).toContain(fold('cities: GeoNames (CC BY 4.0)'));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
      expect(pages).toBeGreaterThan(1);
      // Page numbers at the foot ("1 / N") from the CSS page-margin boxes.
      expect(text).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '3',
        pdf,
        `${ARTIFACTS}/brief-${name}`,
      ]);
      console.log(`brief ${name}: ${pages} pages`);
      app.assertClean();
      await app.context.close();
    }, 90_000);
  }

  it("names the seed's persons flagged sensitive only with names shown (names=1)", async () => {
    const named = [
      ...new Set(events.flatMap((e) => (e.properties.persons ?? []).filter((p) => p.sensitive))),
    ].map((p) => p.name);
    expect(named.length).toBeGreaterThan(0);
    for (const [name, fragment] of [
      ['hidden', 'view=brief'],
      ['shown', 'names=1&view=brief'],
    ] as const) {
      const app = await openPage(browser(), `#${fragment}`);
      await waitForApp(app.page);
      await expect
        .poll(() => app.page.locator('.brief').getAttribute('data-brief-events'))
        .toBe(String(events.length));
      const pdf = `${ARTIFACTS}/brief-names-${name}.pdf`;
      writeFileSync(pdf, await app.page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const text = fold(execFileSync('pdftotext', ['-layout', pdf, '-']).toString());
      for (const person of named) {
        if (name === 'shown') expect(text, person).toContain(person);
        else expect(text, person).not.toContain(person);
      }
      // A brief made with names on says so on its cover.
      if (name === 'shown') expect(text).toContain('Names shown');
      else expect(text).not.toContain('Names shown');
      app.assertClean();
      await app.context.close();
    }
  }, 120_000);

  it('prints a bundled narrative step by step, each with its title, map and timeline', async () => {
    const narrative = JSON.parse(
      readFileSync(`${SEED_DIR}/narratives/january-2022.json`, 'utf8'),
    ) as { id: string; title: unknown; steps: { title: unknown }[] };
    const app = await openPage(browser());
    await waitForApp(app.page);
    // The header offers it beside "Present", for the narrative chosen there.
    await app.page
      .getByRole('combobox', { name: 'Narrative to present' })
      .selectOption(narrative.id);
    const href = await app.page
      .getByRole('link', { name: 'Print this narrative' })
      .getAttribute('href');
    expect(href).toContain(`n=${narrative.id}`);
    await app.page.goto(new URL(href!, app.page.url()).href);
    await app.page.reload();
    await waitForApp(app.page);
    await expect
      .poll(() => app.page.locator('.brief').getAttribute('data-brief-steps'))
      .toBe(String(narrative.steps.length));
    expect(await app.page.locator('.step svg.brief-timeline').count()).toBe(narrative.steps.length);
    const pdf = `${ARTIFACTS}/narrative-${narrative.id}.pdf`;
    writeFileSync(
      pdf,
      await app.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }),
    );
    const text = fold(execFileSync('pdftotext', ['-layout', pdf, '-']).toString());
    expect(text).toContain(fold(en(narrative.title)));
    let at = -1;
    for (const [k, step] of narrative.steps.entries()) {
      const heading = fold(`${k + 1}. ${en(step.title)}`);
      expect(text, heading).toContain(heading);
      // In the narrative's order.
      expect(text.indexOf(heading)).toBeGreaterThan(at);
      at = text.indexOf(heading);
    }
    expect(text).toContain('Sources');
    app.assertClean();
    await app.context.close();
  }, 90_000);

  it('exports a PNG of the view with legend, filters and attribution', async () => {
    const app = await openPage(browser(), '#a=2');
    await waitForApp(app.page);
    await headerMenu(app.page);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const file = `${ARTIFACTS}/export.png`;
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^kz-cat-2022-\d{4}-\d{2}-\d{2}\.png$/);
    const drawn = (await app.page
      .getByRole('button', { name: 'Export PNG' })
      .getAttribute('data-drawn'))!.split('\n');
    expect(drawn).toContain('Legend');
    // Both views registered their pictures with the export (linked/captures.ts).
    expect(
      await app.page.getByRole('button', { name: 'Export PNG' }).getAttribute('data-pictured'),
    ).toBe('map timeline');
    for (const c of description.categories) expect(drawn).toContain(en(c.label));
    expect(
      drawn.some(
        (l) =>
          l.includes('Natural Earth') &&
          l.includes('GeoNames (CC BY 4.0)') &&
          l.includes(en(description.publisher)),
      ),
    ).toBe(true);
    expect(drawn.some((l) => l.includes('under article 2'))).toBe(true);
    app.assertClean();
    await app.context.close();
  }, 60_000);

  it('exports a PNG whose map is drawn, not a blank rectangle', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await headerMenu(app.page);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    const png = readFileSync((await download.path())!).toString('base64');
    // The light basemap paints the neighbours' land #ebe9e3; a map read back blank has none.
    const [share] = (await pngColours(app.page, png, ['#ebe9e3'])).shares;
    expect(share).toBeGreaterThan(0.05);
    app.assertClean();
    await app.context.close();
  }, 60_000);
});
