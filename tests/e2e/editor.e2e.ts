/**
 * A narrative written in the app, for the reader's own data: a CSV is imported, three steps are
 * written from three views with the keyboard and the mouse, one is moved by keyboard, the
 * narrative is presented with the keys a clicker sends, survives a reload, is exported and
 * imported again byte for byte, and a narrative naming an event the dataset lacks is flagged in
 * the editor and in the presentation. Screenshots of the editor at laptop and phone sizes.
 */
import { describe, expect, it } from 'vitest';
import { exploreSmallCsv, openPage, useBrowser, waitForApp } from './harness';
import {
  editor,
  exported,
  stepTitles,
  typeInto,
  writeStep,
  importNarrative,
} from './editor-helpers';

const browser = useBrowser();

describe('writing a narrative in the app', () => {
  it('writes, reorders, presents, keeps, exports and imports a narrative for an imported CSV', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await exploreSmallCsv(app.page);
    const page = app.page;

    await page.getByRole('button', { name: 'Write a narrative' }).click();
    await editor(page).getByRole('button', { name: 'New narrative from this view' }).click();
    await typeInto(
      page,
      editor(page).getByLabel('Title', { exact: true }).first(),
      'My three steps',
    );
    await writeStep(page, 'Everything', 'All the events, **at once**.');
    // The preview renders the limited Markdown as the presentation will.
    await expect.poll(() => editor(page).locator('.preview strong').textContent()).toBe('at once');

    // A second view: only detentions.
    await page.getByLabel(/Detention/).check();
    await editor(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await writeStep(page, 'Detentions', 'The detentions.');
    // A third: only complaints.
    await page.getByLabel(/Detention/).uncheck();
    await page.getByLabel(/Complaint/).check();
    await editor(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await writeStep(page, 'Complaints', 'The complaints.');
    await expect.poll(() => stepTitles(page)).toEqual(['Everything', 'Detentions', 'Complaints']);
    await app.shot('editor-1366x850');

    // Move "Complaints" up by keyboard: the move is announced and the focus stays on it.
    await editor(page).locator('ol.steps .step-pick').nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => stepTitles(page)).toEqual(['Everything', 'Complaints', 'Detentions']);
    await expect
      .poll(() => editor(page).getByRole('status').textContent())
      .toBe('Step moved to position 2 of 3');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Complaints');
    // Undo and redo by keyboard.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => stepTitles(page)).toEqual(['Everything', 'Detentions', 'Complaints']);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stepTitles(page)).toEqual(['Everything', 'Complaints', 'Detentions']);

    // Present it with the keyboard: the header's Present button, then the clicker's keys.
    await page.getByRole('button', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Enter');
    const title = () => page.getByTestId('step-title').textContent();
    await expect.poll(title).toBe('Everything');
    await page.keyboard.press('PageDown');
    await expect.poll(title).toBe('Complaints');
    expect(page.url()).toMatch(/[#&]s=2(&|$)/);
    expect(Number(await page.locator('.presentation').getAttribute('data-highlight-count'))).toBe(
      0,
    );
    await page.keyboard.press('Space');
    await expect.poll(title).toBe('Detentions');
    await page.keyboard.press('Home');
    await expect.poll(title).toBe('Everything');
    const stepLink = page.url();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presentation').count()).toBe(0);

    // Kept: after a reload the narrative is there, in its order, and a step link opens it.
    await page.reload();
    await waitForApp(page);
    await page.getByRole('button', { name: 'Write a narrative' }).click();
    await expect.poll(() => stepTitles(page)).toEqual(['Everything', 'Complaints', 'Detentions']);
    const first = await exported(page);
    expect(JSON.parse(first)).toMatchObject({ title: 'My three steps' });

    // Delete it, import the file again: the same narrative, the same file.
    await editor(page).getByRole('button', { name: 'Delete this narrative' }).click();
    await editor(page).getByRole('button', { name: 'Delete this narrative' }).click();
    await expect.poll(() => stepTitles(page)).toEqual([]);
    await importNarrative(page, first);
    await expect.poll(() => stepTitles(page)).toEqual(['Everything', 'Complaints', 'Detentions']);
    expect(await exported(page)).toBe(first);

    // The step link of the narrative written here opens it at its step, in another tab.
    const linked = await app.context.newPage();
    await linked.goto(stepLink);
    await waitForApp(linked);
    await expect.poll(() => linked.getByTestId('step-title').textContent()).toBe('Everything');
    await linked.close();
    app.assertClean();
    await app.context.close();
  }, 240_000);

  it('flags a step naming an event the dataset does not have, in the editor and presenting', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await exploreSmallCsv(app.page);
    const page = app.page;
    const ids = await page
      .locator('tr[data-event-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')!));
    const narrative = {
      id: 'stale',
      title: 'Stale',
      steps: [
        { id: 'ok', title: 'Fine', text: 'Fine.', events: [ids[0]] },
        { id: 'gone', title: 'Gone', text: 'Gone.', events: [ids[0], 'no-such-event'] },
      ],
    };
    await page.getByRole('button', { name: 'Write a narrative' }).click();
    await editor(page)
      .getByLabel('Import a narrative (JSON)')
      .setInputFiles({
        name: 'stale.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(narrative)),
      });
    const flag = editor(page).getByTestId('stale-flag');
    await expect.poll(() => flag.count()).toBe(1);
    expect(await flag.textContent()).toContain('1 event not in this dataset');
    expect(await flag.locator('xpath=ancestor::li').getAttribute('data-step-id')).toBe('gone');
    await editor(page).locator('ol.steps .step-pick').nth(1).click();
    expect(await editor(page).locator('.events li.gone').textContent()).toContain(
      'no-such-event: not in this dataset',
    );

    await editor(page).getByRole('button', { name: 'Present from this step' }).click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Gone');
    expect(await page.locator('.presentation .missing').textContent()).toContain('no-such-event');
    expect(Number(await page.locator('.presentation').getAttribute('data-highlight-count'))).toBe(
      1,
    );
    app.assertClean();
    await app.context.close();
  }, 180_000);

  it('reads on a phone', async () => {
    const app = await openPage(browser(), '', { width: 390, height: 844 });
    await waitForApp(app.page);
    // On a phone the header's actions are behind its Menu button.
    await app.page.getByRole('button', { name: 'Menu' }).click();
    await app.page.getByRole('button', { name: 'Write a narrative' }).click();
    await editor(app.page).getByRole('button', { name: 'New narrative from this view' }).click();
    await expect.poll(() => stepTitles(app.page)).toEqual(['Step 1']);
    await app.shot('editor-390x844');
    app.assertClean();
    await app.context.close();
  }, 120_000);
});
