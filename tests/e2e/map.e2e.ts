/**
 * The map: the seed's located events are drawn and the rest listed beside them; a click on a
 * mark selects its event in the detail and the timeline; picking from the list brings the map to
 * the event; hovering a row highlights its mark; the reset control restores the first view; a
 * stack of events at one spot opens a list to choose from. Marks are found on screen by
 * projecting their coordinates with Web Mercator from the view the URL reports (512-px tiles),
 * so nothing in the page is reached into. Every spec checks no page error and no request off
 * 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, waitForApp } from './harness';
import { mapParam, painted, pixelOf } from './map-view';
import { seed, title } from './seed-data';

const browser = useBrowser();
const { events } = seed();
const located = events.filter((e) => e.geometry && !e.properties.place.withheld);
const ALMATY = [76.9, 43.25] as const;
const atAlmaty = located.filter(
  (e) => e.geometry!.coordinates[0] === ALMATY[0] && e.geometry!.coordinates[1] === ALMATY[1],
);
/** A view with Almaty right of the legend and the unlocated box, at 1366 x 850. */
const VIEW = '#map=7/43.4/77';

const attr = (page: Page, name: string) => page.locator(`[${name}]`).first().getAttribute(name);

describe('the map', () => {
  it('draws the located events and lists the others beside them', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await painted(app.page);
    expect(Number(await attr(app.page, 'data-events-drawn'))).toBe(located.length);
    expect(await app.page.locator('[data-unlocated-event]').count()).toBe(
      events.length - located.length,
    );
    expect(await attr(app.page, 'data-map-highlight')).toBe('0');
    await app.shot('map-loaded');
    app.assertClean();
  });

  it('selects an event clicked on the map, in the detail and the timeline', async () => {
    const app = await openPage(browser(), VIEW);
    await waitForApp(app.page);
    await painted(app.page);
    const [x, y] = await pixelOf(app.page, ...ALMATY);
    // The marks' canvas lets the pointer through to the map.
    expect(
      await app.page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.classList.contains('maplibregl-canvas'),
        [x, y],
      ),
    ).toBe(true);
    await app.page.mouse.move(x, y + 2);
    await expect.poll(() => attr(app.page, 'data-map-hover')).not.toBe('-1');
    await app.page.mouse.click(x, y + 2);
    const titles = atAlmaty.map((e) => title(e));
    await expect
      .poll(async () =>
        titles.includes((await app.page.locator('article.detail h2').textContent()) ?? ''),
      )
      .toBe(true);
    await expect
      .poll(() => app.page.locator('.timeline-pane .rings .sel').count())
      .toBeGreaterThan(0);
    await app.shot('map-selected');
    app.assertClean();
  });

  it('opens a list for a stack of events at one spot', async () => {
    const app = await openPage(browser(), VIEW);
    await waitForApp(app.page);
    await expect
      .poll(async () => Number(await attr(app.page, 'data-map-badges')))
      .toBeGreaterThan(0);
    // The badges follow the filters, back to the first view's after quick changes that undo
    // each other (the worker clusters one request at a time: ui/one-at-a-time.ts).
    const badges = await attr(app.page, 'data-map-badges');
    const article = app.page.locator('input[data-article]').first();
    await article.click();
    await expect.poll(() => attr(app.page, 'data-map-badges')).not.toBe(badges);
    for (let k = 0; k < 3; k++) await article.click();
    await expect.poll(() => attr(app.page, 'data-map-badges')).toBe(badges);
    const [x, y] = await pixelOf(app.page, ...ALMATY);
    // The count badge sits on the stack's upper-right shoulder.
    await app.page.mouse.click(x + 9, y - 9);
    const dialog = app.page.getByRole('dialog', {
      name: `${atAlmaty.length} events at this place`,
    });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.locator('li button').count()).toBe(atAlmaty.length);
    await app.shot('map-stack');
    const pick = atAlmaty[1]!;
    await dialog.getByRole('button', { name: title(pick) }).click();
    await expect.poll(() => app.page.locator('article.detail h2').textContent()).toBe(title(pick));
    app.assertClean();
  });

  it('brings the map to an event picked from the list', async () => {
    const app = await openPage(browser(), '#map=6/52/60');
    await waitForApp(app.page);
    const before = mapParam(app.page);
    const target = atAlmaty[0]!;
    await app.page.getByRole('button', { name: `Show the detail of ${title(target)}` }).click();
    await expect.poll(() => mapParam(app.page)).not.toEqual(before);
    await expect
      .poll(() => {
        const v = mapParam(app.page)!;
        return Math.abs(v.lon - ALMATY[0]) < 0.5 && Math.abs(v.lat - ALMATY[1]) < 0.5;
      })
      .toBe(true);
    app.assertClean();
  });

  it('highlights on the map the event of a hovered row', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const row = app.page.locator('[data-unlocated-event] button').first();
    await row.hover();
    await expect
      .poll(() => attr(app.page, 'data-map-hover'))
      .toBe(await row.getAttribute('data-event-index'));
    const listRow = app.page.locator('tr[data-event-id]').first();
    await listRow.hover();
    await expect
      .poll(() => attr(app.page, 'data-map-hover'))
      .toBe(await listRow.getAttribute('data-event-index'));
    app.assertClean();
  });

  it('names its own buttons in the interface language, and again when it changes', async () => {
    const app = await openPage(browser(), '#lang=ru');
    await waitForApp(app.page);
    const label = (cls: string) => app.page.locator(`.${cls}`).getAttribute('aria-label');
    expect(await label('maplibregl-ctrl-zoom-in')).toBe('Приблизить');
    expect(await label('maplibregl-ctrl-zoom-out')).toBe('Отдалить');
    expect(await label('casemap-reset')).toBe('Сбросить вид карты');
    expect(await label('maplibregl-ctrl-attrib-button')).toBe(
      'Показать или скрыть источники карты',
    );
    await app.page.evaluate(() => {
      location.hash = 'lang=fr';
    });
    await expect.poll(() => label('maplibregl-ctrl-zoom-in')).toBe('Zoom avant');
    expect(await label('maplibregl-ctrl-attrib-button')).toBe(
      'Afficher ou masquer les crédits de la carte',
    );
    app.assertClean();
  });

  it('restores the first view with the reset control', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await expect.poll(() => mapParam(app.page)).not.toBeNull();
    const first = mapParam(app.page)!;
    const box = (await app.page.locator('[data-events-drawn]').boundingBox())!;
    const cx = box.x + box.width * 0.6;
    const cy = box.y + box.height * 0.6;
    await app.page.mouse.move(cx, cy);
    await app.page.mouse.down();
    await app.page.mouse.move(cx - 150, cy - 80, { steps: 8 });
    await app.page.mouse.up();
    await app.page.mouse.wheel(0, -300);
    await expect.poll(() => mapParam(app.page)).not.toEqual(first);
    await app.page.getByRole('button', { name: 'Reset the map view' }).click();
    await expect
      .poll(() => {
        const v = mapParam(app.page)!;
        return (
          Math.abs(v.zoom - first.zoom) < 0.02 &&
          Math.abs(v.lat - first.lat) < 1e-3 &&
          Math.abs(v.lon - first.lon) < 1e-3
        );
      })
      .toBe(true);
    app.assertClean();
  });
});
