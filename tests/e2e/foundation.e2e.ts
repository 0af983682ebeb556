/**
 * The first screen: the app loads the bundled dataset, draws every event on the map (located
 * ones as marks, the others in their own panel), and shows an event's detail with its sources,
 * with no page error and no request leaving 127.0.0.1.
 */
import { describe, expect, inject, it } from 'vitest';
import { distinctColours, openPage, useBrowser, waitForApp } from './harness';
import { seed, title } from './seed-data';

const browser = useBrowser();
const { events, description } = seed();

describe('the first screen', () => {
  it('loads the seed dataset and draws every event', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await app.shot('foundation-loaded');
    await expect
      .poll(() => app.page.getByTestId('visible-count').textContent())
      .toBe(`${events.length} of ${events.length} events`);
    expect(await distinctColours(app.page, '.map-pane canvas.maplibregl-canvas')).toBeGreaterThan(
      20,
    );

    const located = events.filter((e) => e.geometry && !e.properties.place.withheld).length;
    const drawn = Number(
      await app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn'),
    );
    const unlocated = await app.page.locator('[data-unlocated-event]').count();
    expect(drawn).toBe(located);
    expect(drawn + unlocated).toBe(events.length);
    app.assertClean();
  });

  it('follows the reader’s own text size', async () => {
    const app = await openPage(browser(), null as unknown as string);
    // The browser's text size setting (Settings › Appearance › Font size), as Chromium keeps it.
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
    await app.page.goto(inject('baseUrl'));
    await waitForApp(app.page);
    expect(await app.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '24px',
    );
    app.assertClean();
    await app.context.close();
  });

  it('shows the detail of an event with its sources', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const withSources = events.find((e) => e.properties.sources?.length)!;
    await app.page
      .getByRole('button', { name: `Show the detail of ${title(withSources)}` })
      .click();
    const detail = app.page.locator('article.detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(title(withSources));
    const source = description.sources.find((s) => s.id === withSources.properties.sources![0])!;
    const link = detail.locator('ol.sources a').first();
    expect(await link.getAttribute('href')).toBe(source.url);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    await app.shot('foundation-detail');
    app.assertClean();
  });
});
