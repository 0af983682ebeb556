/**
 * The map's counts by region: switched on from the map, it fills the regions (countries at a
 * world zoom) with the visible events' counts instead of drawing marks; hovering a region says
 * its count, clicking it filters to it (the visible count becomes that region's), and a copied
 * link reproduces the mode and the filter. The region polygons are not read for the first view.
 * In Arabic, right to left, at a phone's width too. No console error, no request off 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, waitForApp, type AppPage } from './harness';
import { colourShares, painted, pixelOf } from './map-view';

const browser = useBrowser();
const MAP = '[data-events-drawn]';
/** The light basemap's land. */
const LAND = '#ebe9e3';
const ALMATY: [number, number] = [76.93, 43.26];

const visibleCount = (page: Page) =>
  page
    .getByTestId('visible-count')
    .textContent()
    .then((s) => Number(/\d+/.exec(s ?? '')?.[0]));
const areasDrawn = (page: Page) =>
  page
    .locator(MAP)
    .getAttribute('data-areas-drawn')
    .then((v) => Number(v ?? -1));
/** Bytes of the region polygons the page has read. */
const regionRequests = (page: Page) =>
  page.evaluate(
    () => performance.getEntriesByType('resource').filter((e) => e.name.includes('regions')).length,
  );

/** Switches the map to counts by region and waits for the fills and a quiet map. */
async function showCounts(app: AppPage, name = 'Counts by region'): Promise<void> {
  await app.page.getByRole('button', { name }).click();
  await expect.poll(() => areasDrawn(app.page), { timeout: 20_000 }).toBeGreaterThan(0);
  // The fills are painted by maplibre after the sources are cut into tiles.
  await app.page.waitForTimeout(800);
}

describe('counts by region', () => {
  it('fills the regions, says a count on hover, filters on click, and the link keeps it', async () => {
    // At a region's zoom, around Almaty (the bundled dataset).
    const app = await openPage(browser(), '#map=6/43.6/76.5');
    await waitForApp(app.page);
    await painted(app.page);
    expect(await regionRequests(app.page), 'the first view loads no region polygons').toBe(0);
    const total = await visibleCount(app.page);
    const [landMarks] = await colourShares(app.page, MAP, [LAND]);
    await app.shot('choropleth-marks');

    await showCounts(app);
    expect(await regionRequests(app.page)).toBeGreaterThan(0);
    expect(await app.page.locator(MAP).getAttribute('data-map-mode')).toBe('counts');
    // The regions with events are coloured over the land: less plain land than with the marks.
    await expect
      .poll(async () => (await colourShares(app.page, MAP, [LAND]))[0], { timeout: 10_000 })
      .toBeLessThan(landMarks! - 0.05);
    await app.shot('choropleth-counts');
    // The map is narrow beside the panels: its key starts closed, and its heading opens it.
    await app.page.getByRole('button', { name: 'Events per region' }).click();
    await expect(app.page.locator('[data-areas-legend="regions"]').isVisible()).resolves.toBe(true);

    // Hover Almaty: its name and count.
    const [x, y] = await pixelOf(app.page, ...ALMATY);
    await app.page.mouse.move(x, y);
    const tip = app.page.locator('[role="tooltip"] [data-area-count]');
    await tip.waitFor({ timeout: 10_000 });
    const count = Number(await tip.getAttribute('data-area-count'));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await app.shot('choropleth-hover');

    // Click: only that region's events are visible, and the filter panel says so.
    await app.page.mouse.click(x, y);
    await expect.poll(() => visibleCount(app.page)).toBe(count);
    const code = new URLSearchParams(new URL(app.page.url()).hash.slice(1)).get('r');
    expect(code).toMatch(/^KAZ-/);
    await expect(app.page.locator(`[data-area-filter="${code}"]`).isChecked()).resolves.toBe(true);
    await expect(
      app.page.locator(`[data-area="${code}"]`).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await app.shot('choropleth-filtered');

    // The link reproduces the mode and the filter (the address follows the view after a moment).
    await app.page.waitForTimeout(500);
    const link = app.page.url();
    expect(new URL(link).hash).toContain('mapmode=counts');
    const other = await openPage(browser(), link);
    await waitForApp(other.page);
    await expect.poll(() => areasDrawn(other.page), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => visibleCount(other.page)).toBe(count);
    other.assertClean();
    await other.context.close();

    // Unticking the region in the filter panel shows every event again.
    // (the box goes with the filter, so it is clicked rather than unchecked and watched).
    await app.page.locator(`[data-area-filter="${code}"]`).click();
    await expect.poll(() => visibleCount(app.page)).toBe(total);
    // And back to the marks.
    await app.page.getByRole('button', { name: 'Marks' }).click();
    await expect.poll(() => app.page.locator(MAP).getAttribute('data-map-mode')).toBe('marks');
    app.assertClean();
    await app.context.close();
  });

  it('counts by country at a world zoom, and filters from the keyboard', async () => {
    const app = await openPage(browser(), '?data=fixtures/world-synthetic.geojson#map=1.2/10/20');
    await waitForApp(app.page);
    await painted(app.page);
    await showCounts(app);
    await app.shot('choropleth-world');
    // The map is narrow beside the panels: its key starts closed, and its heading opens it.
    await app.page.getByRole('button', { name: 'Events per country' }).click();
    await expect(app.page.locator('[data-areas-legend="countries"]').isVisible()).resolves.toBe(
      true,
    );
    // Fiji (both sides of the antimeridian), Russia (Norilsk), Kenya, Argentina, Mexico, France,
    // Australia, Kazakhstan.
    expect(await areasDrawn(app.page)).toBe(8);
    const fiji = app.page.locator('[data-area="FJ"]');
    await expect(fiji.textContent()).resolves.toMatch(/2/);
    await fiji.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => visibleCount(app.page)).toBe(2);
    expect(new URL(app.page.url()).hash).toContain('r=FJ');
    app.assertClean();
    await app.context.close();
  });

  it('works right to left, in Arabic, at a phone width', async () => {
    const app = await openPage(browser(), '?lang=ar', { width: 390, height: 844 });
    await waitForApp(app.page);
    await painted(app.page);
    const toggle = app.page.getByRole('group', { name: 'ما تعرضه الخريطة' });
    await expect(toggle.isVisible()).resolves.toBe(true);
    await showCounts(app, 'الأعداد حسب المنطقة');
    await app.shot('choropleth-ar-phone-closed');
    expect(await app.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // On a phone the key starts closed, so that it hides less of the map; its heading opens it.
    await app.page.getByRole('button', { name: /^الأحداث حسب/ }).click();
    // The legend's first area button is inside the map, not cut off at its edge.
    const map = (await app.page.locator(MAP).boundingBox())!;
    const button = (await app.page.locator('[data-area]').first().boundingBox())!;
    expect(button.x).toBeGreaterThanOrEqual(map.x);
    expect(button.x + button.width).toBeLessThanOrEqual(map.x + map.width + 1);
    await app.shot('choropleth-ar-phone');
    app.assertClean();
    await app.context.close();
  });
});
