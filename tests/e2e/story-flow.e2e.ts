/**
 * Issue 10's whole flow for the reader's own data, in one run as a person would do it: a CSV is
 * imported, a three-step narrative is written with real clicks and typing (one step a playback
 * from one date to another), presented with the keys a clicker sends, kept across a reload,
 * exported and imported again byte for byte, printed (pdftotext reads every step's title, and
 * each step's map frames the view it saved), and carried in the offline copy, which, opened from
 * file:// with every request refused, shows the same dataset, narrative and view, and imports a
 * CSV itself. (The brief with and without names is brief.e2e.ts's.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NarrativeSchema } from '../../src/lib/model/schema';
import {
  ARTIFACTS,
  counts,
  dropFile,
  exploreSmallCsv,
  headerMenu,
  openOffline,
  openPage,
  useBrowser,
  waitForApp,
} from './harness';
import {
  editor,
  exported,
  stepTitles,
  typeInto,
  writeStep,
  importNarrative,
} from './editor-helpers';

const browser = useBrowser();
const CSV = readFileSync('tests/fixtures/good/small.csv');
const TITLES = ['Everything', 'Detentions in Almaty', 'Day by day'];

/** The link's fields, as the address bar holds them. */
const linked = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

/** Presents from the header with the keyboard and reads every step's title with the clicker's keys. */
async function presentedTitles(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Present', exact: true }).focus();
  await page.keyboard.press('Enter');
  const title = page.getByTestId('step-title');
  const seen: string[] = [];
  for (const k of TITLES.keys()) {
    if (k) await page.keyboard.press('PageDown');
    await expect.poll(() => title.textContent()).toBe(TITLES[k]);
    seen.push((await title.textContent())!);
  }
  return seen;
}

describe('a narrative for your own data, from the CSV to the offline copy', () => {
  it('imports, writes, presents, keeps, exports, prints and carries it offline', async () => {
    const app = await openPage(browser());
    const page = app.page;
    await waitForApp(page);
    const c = await exploreSmallCsv(page);
    const dataset = (await page.locator('header h1').textContent())!;

    // Step 1: the whole dataset.
    await page.getByRole('button', { name: 'Write a narrative' }).click();
    await editor(page).getByRole('button', { name: 'New narrative from this view' }).click();
    await typeInto(page, editor(page).getByLabel('Title', { exact: true }).first(), 'My own story');
    await writeStep(page, TITLES[0]!, 'All the events, **at once**.');

    // Step 2: detentions in Almaty, found by a word, the map closer in.
    await page.getByLabel(/Detention/).check();
    await page
      .getByRole('group', { name: 'Places' })
      .getByLabel(/Almaty/)
      .check();
    await typeInto(page, page.getByLabel('Search the events'), 'protesters');
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await page.waitForTimeout(600);
    await editor(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await writeStep(page, TITLES[1]!, 'The detentions in Almaty.');
    expect(await editor(page).getByTestId('step-shows').textContent()).toContain('3 filters');

    // Step 3: every filter off, time played day by day from 5 to 7 January 2022.
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await editor(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await writeStep(page, TITLES[2]!, 'Day by day.');
    const play = editor(page).getByRole('group', { name: 'Playback' });
    await play.getByRole('checkbox', { name: /^Play time in this step/ }).check();
    await typeInto(page, play.getByRole('textbox', { name: 'Play from' }), '05/01/2022');
    await typeInto(page, play.getByRole('textbox', { name: 'Play until' }), '07/01/2022');
    await play.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'A day a second' });
    await play.getByRole('combobox', { name: 'Window' }).selectOption({ label: 'Growing' });
    await expect.poll(() => stepTitles(page)).toEqual(TITLES);
    await app.shot('story-flow-editor');

    // Presented with the keyboard: each step brings back what it captured.
    await page.getByRole('button', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Enter');
    const title = () => page.getByTestId('step-title').textContent();
    await expect.poll(title).toBe(TITLES[0]);
    await page.keyboard.press('PageDown');
    await expect.poll(title).toBe(TITLES[1]);
    await expect.poll(() => linked(page).get('p')).toBe('Almaty');
    expect(linked(page).get('q')).toBe('protesters');
    expect(linked(page).get('c')).toBeTruthy();
    await page.keyboard.press('Space');
    await expect.poll(title).toBe(TITLES[2]);
    // Played from 5 to 7 January; with reduced motion it jumps to the end: the three days grown.
    await expect.poll(() => linked(page).get('t')).toBe('2022-01-05..2022-01-08');
    expect(linked(page).get('p')).toBeNull();
    await page.keyboard.press('PageUp');
    await expect.poll(title).toBe(TITLES[1]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presentation').count()).toBe(0);

    // Kept: after a reload it is there, in its order.
    await page.reload();
    await waitForApp(page);
    await page.getByRole('button', { name: 'Write a narrative' }).click();
    await expect.poll(() => stepTitles(page)).toEqual(TITLES);

    // Exported as narrative JSON the schema accepts, with the playback and the filters in it.
    const first = await exported(page);
    const parsed = NarrativeSchema.safeParse(JSON.parse(first));
    expect(parsed.success).toBe(true);
    const steps = parsed.data!.steps;
    expect(steps[1]!.filters).toMatchObject({ places: ['Almaty'], text: 'protesters' });
    expect(steps[2]!.play).toEqual({
      from: '2022-01-05',
      to: '2022-01-07',
      speed: 'day',
      mode: 'grow',
    });
    expect(steps[0]!.map).not.toEqual(steps[1]!.map);
    // Imported again: the same narrative, the same file.
    await importNarrative(page, first);
    await expect
      .poll(() => editor(page).getByRole('status').textContent())
      .toBe('Narrative “My own story” imported');
    expect(await exported(page)).toBe(first);
    await editor(page).getByRole('button', { name: 'Close the narrative editor' }).click();

    // Printed: every step's title in the PDF, each step's map on the view it saved.
    const href = await page
      .getByRole('link', { name: 'Print this narrative' })
      .getAttribute('href');
    await page.goto(new URL(href!, page.url()).href);
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => page.locator('.brief').getAttribute('data-brief-steps')).toBe('3');
    const frames = await page
      .locator('.step svg.brief-map')
      .evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-frame')));
    expect(frames).toHaveLength(3);
    expect(frames[0]).not.toBe(frames[1]);
    const pdf = `${ARTIFACTS}/story-flow.pdf`;
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('My own story');
    for (const [k, t] of TITLES.entries()) expect(text, t).toContain(`${k + 1}. ${t}`);

    // Back to the map, a view of its own (one article), then the offline copy.
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await waitForApp(page);
    await page.locator('input[data-article]').first().check();
    const count = (await page.getByTestId('visible-count').textContent())!;
    expect(count).not.toBe(`${c.imported} of ${c.imported} events`);
    await headerMenu(page);
    await page.getByRole('button', { name: 'Download offline copy' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('offline-save').click(),
    ]);
    const file = resolve(ARTIFACTS, 'story-flow-offline.html');
    await download.saveAs(file);
    app.assertClean();
    await app.context.close();

    // Opened from file:// with every request refused: the same dataset, narrative and view.
    const copy = await openOffline(browser(), file);
    expect(await copy.page.locator('header h1').textContent()).toBe(dataset);
    await expect.poll(() => copy.page.getByTestId('visible-count').textContent()).toBe(count);
    expect(await copy.page.locator('input[data-article]').first().isChecked()).toBe(true);
    expect(await presentedTitles(copy.page)).toEqual(TITLES);
    await copy.page.keyboard.press('Escape');
    await expect.poll(() => copy.page.locator('.presentation').count()).toBe(0);
    // And it imports a CSV itself.
    await dropFile(copy.page, 'small.csv', CSV);
    expect((await counts(copy.page)).imported).toBe(c.imported);
    expect(copy.blocked).toEqual([]);
    copy.assertClean();
    await copy.context.close();
  }, 240_000);

  it('makes a playback step on a phone, by keyboard', async () => {
    const app = await openPage(browser(), '', { width: 390, height: 844 });
    const page = app.page;
    await waitForApp(page);
    // On a phone the header's actions are behind its Menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Write a narrative' }).click();
    await editor(page).getByRole('button', { name: 'New narrative from this view' }).click();
    const play = editor(page).getByRole('group', { name: 'Playback' });
    const box = play.getByRole('checkbox', { name: /^Play time in this step/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    const from = play.getByRole('textbox', { name: 'Play from' });
    await from.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('03/01/2022');
    await page.keyboard.press('Tab');
    expect(await from.inputValue()).toBe('03/01/2022');
    await play.scrollIntoViewIfNeeded();
    // Nothing of the step's form sticks out of the screen's width.
    const right = await play.evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(390);
    await app.shot('story-flow-editor-390x844');
    app.assertClean();
    await app.context.close();
  }, 120_000);
});
