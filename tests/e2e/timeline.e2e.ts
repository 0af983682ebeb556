/**
 * The timeline as a person uses it: hovering a mark names the event, clicking it opens the
 * detail, the arrow keys walk the visible events in time, the zoom buttons move the window and
 * typed dates set the time filter. Every spec checks that the page logged no error and sent
 * nothing off 127.0.0.1.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toInterval } from '../../src/lib/time/partial-date';
import { openPage, useBrowser, waitForApp } from './harness';
import { seed, title } from './seed-data';

const browser = useBrowser();
const { events } = seed();

const interval = (e: (typeof events)[number]) => {
  const iv = toInterval(e.properties.date.start, e.properties.date.end);
  if ('error' in iv) throw new Error(`${e.id}: ${iv.error}`);
  return iv;
};
const byId = (id: string) => events.find((e) => e.id === id)!;
/** A day-precision event in the opening window (January 2022), drawn as a point in Art. 2. */
const DAY_EVENT = byId('kz-2022-01-06-almaty-killed-after-arrest');

const hashParam = (page: Page, key: string) =>
  new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

/** The window shown, from the URL (`w=a..b`). */
function windowOf(page: Page): [number, number] {
  const [a, b] = hashParam(page, 'w')!
    .split('..')
    .map((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));
  return [a!, b!];
}

/**
 * Moves the pointer over the mark of `e` in the lane of article `article`: its x from the window
 * in the URL, its height found by walking down the lane until the timeline reports the hover
 * (marks are spread over the lane's height on purpose, and the spec need not know how), until the
 * tooltip names this event.
 */
async function hoverMark(page: Page, e: (typeof events)[number], article: number) {
  const area = (await page.locator('.detail canvas').boundingBox())!;
  const lane = (await page.locator('ul.lanes li', { hasText: `Art. ${article} ·` }).boundingBox())!;
  const [w0, w1] = windowOf(page);
  const iv = interval(e);
  const x = area.x + (((iv.start + iv.end) / 2 - w0) / (w1 - w0)) * area.width;
  for (let y = lane.y + 1; y < lane.y + lane.height; y += 1.5) {
    await page.mouse.move(x, y);
    const hovered = await page.locator('[data-timeline-hover]').getAttribute('data-timeline-hover');
    // A period drawn across the same day may be met first: go on until it is this event.
    if (hovered === '-1') continue;
    const tip = await page.locator('.detail [role="tooltip"] strong').textContent();
    if (tip === title(e)) return { x, y };
  }
  throw new Error(`no mark of ${e.id} found in the lane of article ${article}`);
}

async function visibleCount(page: Page): Promise<string | null> {
  return page.getByTestId('visible-count').textContent();
}

describe('the timeline', () => {
  it('names the event under the pointer and opens it on a click', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const at = await hoverMark(app.page, DAY_EVENT, 2);
    const tip = app.page.locator('.detail [role="tooltip"]');
    await expect.poll(() => tip.locator('strong').textContent()).toBe(title(DAY_EVENT));
    await app.shot('timeline-hover');
    await app.page.mouse.click(at.x, at.y);
    await expect
      .poll(() => app.page.locator('article.detail h2').textContent())
      .toBe(title(DAY_EVENT));
    app.assertClean();
  });

  it('steps to the next visible event in time with ArrowRight', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const at = await hoverMark(app.page, DAY_EVENT, 2);
    await app.page.mouse.click(at.x, at.y);
    await expect
      .poll(() => app.page.locator('article.detail h2').textContent())
      .toBe(title(DAY_EVENT));
    // The order the timeline walks: by the middle of each event's interval, ties by position.
    const order = events
      .map((e, k) => ({ e, k, c: (interval(e).start + interval(e).end) / 2 }))
      .sort((a, b) => a.c - b.c || a.k - b.k)
      .map((x) => x.e);
    const next = order[order.indexOf(DAY_EVENT) + 1]!;
    await app.page.locator('.detail[role="application"]').focus();
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => app.page.locator('article.detail h2').textContent()).toBe(title(next));
    app.assertClean();
  });

  it('zooms with the buttons: the window in the link changes', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const before = windowOf(app.page);
    await app.page.locator('.timeline').getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(() => windowOf(app.page)[1] - windowOf(app.page)[0])
      .toBeLessThan((before[1] - before[0]) * 0.75);
    const zoomed = windowOf(app.page);
    await app.page.locator('.timeline').getByRole('button', { name: 'Zoom out' }).click();
    await expect
      .poll(() => windowOf(app.page)[1] - windowOf(app.page)[0])
      .toBeGreaterThan((zoomed[1] - zoomed[0]) * 1.5);
    app.assertClean();
  });

  it('sets the time filter from typed dates', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await app.page.getByTestId('timeline-from').fill('2022-01-05');
    await app.page.getByTestId('timeline-to').fill('2022-01-07');
    await expect.poll(() => hashParam(app.page, 't')).toMatch(/^2022-01-05.*\.\.2022-01-08/);
    // Inclusive days in the inputs: 5 to 7 January is [5 Jan, 8 Jan) for the filter.
    const [a, b] = [Date.UTC(2022, 0, 5), Date.UTC(2022, 0, 8)];
    const inside = events.filter((e) => interval(e).start < b && interval(e).end > a);
    expect(inside.length).toBeLessThan(events.length);
    await expect
      .poll(() => visibleCount(app.page))
      .toBe(`${inside.length} of ${events.length} events`);
    await app.shot('timeline-typed-dates');
    app.assertClean();
  });

  it('takes typed dates in Russian too, with its labels translated', async () => {
    const app = await openPage(browser(), '#lang=ru');
    await waitForApp(app.page);
    await expect.poll(() => app.page.getByLabel('С', { exact: true }).count()).toBe(1);
    await app.page.getByLabel('С', { exact: true }).fill('2022-01-05');
    await app.page.getByLabel('По', { exact: true }).fill('2022-01-07');
    await expect.poll(() => hashParam(app.page, 't')).toMatch(/^2022-01-05.*\.\.2022-01-08/);
    app.assertClean();
  });

  it('publishes the highlighted events it drew in a presentation', async () => {
    const app = await openPage(browser(), '#view=present&n=january-2022&s=2');
    await waitForApp(app.page);
    const count = Number(
      await app.page.locator('.presentation').getAttribute('data-highlight-count'),
    );
    expect(count).toBeGreaterThan(0);
    await expect
      .poll(() =>
        app.page.locator('[data-timeline-highlight]').getAttribute('data-timeline-highlight'),
      )
      .toBe(String(count));
    // Presentation mode is compact: no editing toolbar, no hint.
    expect(await app.page.locator('.timeline .toolbar').count()).toBe(0);
    await app.shot('timeline-present');
    app.assertClean();
  });
  it('plays time from the keyboard: with reduced motion, a whole step a second', async () => {
    // The harness asks for reduced motion.
    const app = await openPage(browser());
    await waitForApp(app.page);
    const play = app.page.getByRole('button', { name: 'Play: move the dates through time' });
    // The settings are behind the playback's Options.
    await app.page.getByText('Options', { exact: true }).click();
    await app.page.getByRole('combobox', { name: 'Speed' }).selectOption('day');
    await app.page.getByRole('combobox', { name: 'Window' }).selectOption('grow');
    await play.focus();
    await app.page.keyboard.press('Enter');
    const pause = app.page.getByRole('button', { name: 'Pause' });
    await expect.poll(() => pause.count()).toBe(1);
    // Growing from the start of the window shown, a day at a time: the map and counts follow.
    await expect.poll(() => hashParam(app.page, 't'), { timeout: 5000 }).toMatch(/\.\./);
    const first = hashParam(app.page, 't')!;
    await expect.poll(() => hashParam(app.page, 't'), { timeout: 5000 }).not.toBe(first);
    const [a0, b0] = first.split('..');
    const [a1, b1] = hashParam(app.page, 't')!.split('..');
    expect(a1).toBe(a0);
    // Whole steps of a day, not a frame's worth.
    expect((Date.parse(b1!) - Date.parse(b0!)) % 86_400_000).toBe(0);
    await pause.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => play.count()).toBe(1);
    const paused = hashParam(app.page, 't');
    await app.page.getByRole('button', { name: 'One step forward' }).click();
    await expect.poll(() => hashParam(app.page, 't')).not.toBe(paused);
    expect(await visibleCount(app.page)).toMatch(/^\d+ of \d+ events$/);
    app.assertClean();
  });
});
