/** The narrative editor as the specs drive it: by its accessible names, typing as a person does. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export const editor = (page: Page) => page.getByRole('region', { name: 'Narrative editor' });

export function stepTitles(page: Page): Promise<string[]> {
  return editor(page).locator('ol.steps .step-title').allTextContents();
}

/** Types into a field as a person does: click, select what is there, type. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The step in the form: its title and its text. */
export async function writeStep(page: Page, title: string, text: string) {
  const step = editor(page).locator('section.step');
  await typeInto(page, step.getByLabel('Title', { exact: true }), title);
  await typeInto(page, step.getByLabel(/^Text/), text);
}

/** The narrative's file, as "Export (JSON)" downloads it. */
export async function exported(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor(page).getByRole('button', { name: 'Export (JSON)' }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

/** A narrative's file chosen in "Import a narrative (JSON)", as a person picks it. */
export async function importNarrative(page: Page, json: string): Promise<void> {
  await editor(page)
    .getByLabel('Import a narrative (JSON)')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
}
