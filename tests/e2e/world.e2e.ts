/**
 * The world basemap: a dataset with events on six continents, on both sides of the antimeridian
 * (Fiji) and in the Arctic (Norilsk), loaded by `?data=`. Every event is drawn, over land and sea
 * drawn from the app's own tiles, and the first view frames them all; the world view reads only a
 * few coarse tiles of the archive, a close view the detailed ones. A spreadsheet with latitude
 * and longitude but no precision column, dropped on the page, is drawn whole, with the look
 * "precision not stated" that the legend explains. No request leaves 127.0.0.1.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import {
  counts,
  dropFile,
  headerMenu,
  openPage,
  pngColours,
  useBrowser,
  waitForApp,
} from './harness';
import { colourShares, painted, pixelOf } from './map-view';

const browser = useBrowser();
const FIXTURE = 'fixtures/world-synthetic.geojson';
const places = (
  JSON.parse(
    readFileSync(`tests/fixtures/good/${FIXTURE.split('/')[1]}`, 'utf8'),
  ) as FeatureCollection<Point>
).features.map((f) => f.geometry.coordinates as [number, number]);
/** The light basemap's land and sea. */
const LAND = '#ebe9e3';
const SEA = '#dbe1e6';
const MAP = '[data-events-drawn]';

const drawn = (app: { page: import('playwright-core').Page }) =>
  app.page.locator(MAP).getAttribute('data-events-drawn').then(Number);
/** Bytes of the basemap archive the page has read so far (its range requests' bodies). */
const archiveBytes = (app: { page: import('playwright-core').Page }) =>
  app.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('.pmtiles'))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
  );
/** The whole archive, in bytes. */
const ARCHIVE_BYTES = statSync('data/basemap/world.pmtiles').size;

describe('the world map', () => {
  it('draws every event, over the world, all in the first view', async () => {
    const app = await openPage(browser(), `?data=${FIXTURE}`);
    await waitForApp(app.page);
    await painted(app.page);
    expect(await drawn(app)).toBe(places.length);
    const box = (await app.page.locator(MAP).boundingBox())!;
    for (const [lon, lat] of places) {
      const [x, y] = await pixelOf(app.page, lon, lat);
      expect(x, `${lon},${lat}`).toBeGreaterThanOrEqual(box.x);
      expect(x, `${lon},${lat}`).toBeLessThanOrEqual(box.x + box.width);
      expect(y, `${lon},${lat}`).toBeGreaterThanOrEqual(box.y);
      expect(y, `${lon},${lat}`).toBeLessThanOrEqual(box.y + box.height);
    }
    // The basemap under them: land and sea, each a good share of the map.
    const [land, sea] = await colourShares(app.page, MAP, [LAND, SEA]);
    expect(land).toBeGreaterThan(0.1);
    expect(sea).toBeGreaterThan(0.1);
    // A world view reads a few coarse tiles of the archive, not the detail of a country.
    const bytes = await archiveBytes(app);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(ARCHIVE_BYTES / 8);
    await app.shot('world-first-view');
    app.assertClean();
    await app.context.close();
  });

  it.each([
    ['Fiji, across the antimeridian', '8/-17.8/178.6'],
    ['Norilsk, in the Arctic', '9/69.35/88.2'],
  ])('draws land at city zoom: %s', async (_name, view) => {
    const app = await openPage(browser(), `?data=${FIXTURE}#map=${view}`);
    await waitForApp(app.page);
    await painted(app.page);
    await expect
      .poll(async () => (await colourShares(app.page, MAP, [LAND]))[0], { timeout: 20_000 })
      .toBeGreaterThan(0.15);
    await app.shot(`world-${view.replaceAll('/', '_')}`);
    app.assertClean();
    await app.context.close();
  });

  it('draws every row of a CSV with coordinates and no precision, hollow, as the legend says', async () => {
    // The six cities, as a spreadsheet gives them: coordinates, no precision column.
    const rows = [
      ['Cairo', 'EG', 30.0444, 31.2357],
      ['Minsk', 'BY', 53.9045, 27.5615],
      ['Tehran', 'IR', 35.6892, 51.389],
      ['Yangon', 'MM', 16.8409, 96.1735],
      ['Istanbul', 'TR', 41.0082, 28.9784],
      ['Mexico City', 'MX', 19.4326, -99.1332],
    ] as const;
    const csv = [
      'date,title,place,country,latitude,longitude,category',
      ...rows.map(
        ([place, country, lat, lon], k) =>
          `2022-0${k + 1}-10,Synthetic event in ${place},${place},${country},${lat},${lon},Detention`,
      ),
    ].join('\n');
    const app = await openPage(browser());
    await waitForApp(app.page);
    await dropFile(app.page, 'no-precision.csv', csv);
    expect((await counts(app.page)).imported).toBe(rows.length);
    // The report says it once for the file.
    const report = (await app.page.getByTestId('import-report').textContent())!;
    expect(report.split('drawn with the look "precision not stated"')).toHaveLength(2);
    await app.page
      .getByRole('button', { name: `Explore the ${rows.length} imported events` })
      .click();
    await app.page.waitForSelector('[data-app-ready="true"]');
    await painted(app.page);
    expect(await drawn(app)).toBe(rows.length);
    expect(await app.page.locator('[data-unlocated-event]').count()).toBe(0);
    // The legend starts collapsed on a map this narrow: open it.
    const legend = app.page.getByRole('button', { name: 'Legend' });
    if ((await legend.getAttribute('aria-expanded')) !== 'true') await legend.click();
    const key = app.page.locator('[data-legend="unstated"]');
    expect(await key.isVisible()).toBe(true);
    expect(await key.textContent()).toContain('Precision not stated');
    // The look itself is checked by unit tests (the buffers' HOLLOW flag) and by eye on these.
    await app.shot('world-unstated-light');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await painted(app.page);
    // The dark basemap has replaced the light land.
    await expect
      .poll(async () => (await colourShares(app.page, MAP, [LAND]))[0], { timeout: 20_000 })
      .toBeLessThan(0.01);
    await app.shot('world-unstated-dark');
    // The printed brief's map draws them with the same hollow look, and its legend says so.
    // (in this page: the link opens a new tab, and the dropped file is this page's; on a laptop
    // the link is behind the header's menu)
    await headerMenu(app.page);
    const href = await app.page.getByRole('link', { name: 'Print brief' }).getAttribute('href');
    await app.page.evaluate((h) => (location.hash = h!), href);
    const briefMap = app.page.locator('svg.brief-map');
    await expect.poll(() => briefMap.getAttribute('data-marks')).toBe(String(rows.length));
    await expect
      .poll(() => briefMap.getAttribute('data-basemap'), { timeout: 20_000 })
      .toMatch(/^z/);
    expect(await briefMap.locator('path[data-look="unstated"]').count()).toBe(rows.length);
    // No dashed "somewhere in this region" ring: nothing says how far the place may be.
    expect(await briefMap.locator('circle[stroke-dasharray]').count()).toBe(0);
    const briefKey = app.page.locator('.brief [data-legend="unstated"]');
    expect(await briefKey.textContent()).toContain('Precision not stated');
    await briefMap.scrollIntoViewIfNeeded();
    await app.shot('world-unstated-brief');
    app.assertClean();
    await app.context.close();
  });

  it('prints a brief whose map frames every event, over the world basemap', async () => {
    const app = await openPage(browser(), `?data=${FIXTURE}#view=brief`);
    await waitForApp(app.page);
    const map = app.page.locator('svg.brief-map');
    await expect.poll(() => map.getAttribute('data-marks')).toBe(String(places.length));
    // The world frame reads the coarsest tiles; drawn, not only fetched.
    await expect.poll(() => map.getAttribute('data-basemap'), { timeout: 20_000 }).toBe('z0');
    const png = (await map.screenshot()).toString('base64');
    const [land] = (await pngColours(app.page, png, ['#e4e2dc'])).shares;
    expect(land).toBeGreaterThan(0.1);
    // Every mark inside the map's frame.
    const box = (await map.boundingBox())!;
    const marks = await map
      .locator('path[transform]')
      .evaluateAll((ps) => ps.map((p) => (p as SVGGraphicsElement).getBoundingClientRect()));
    expect(marks).toHaveLength(places.length);
    for (const r of marks) {
      expect(r.x).toBeGreaterThanOrEqual(box.x);
      expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(r.y).toBeGreaterThanOrEqual(box.y);
      expect(r.y + r.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    }
    app.assertClean();
    await app.context.close();
  });
});
