/**
 * Layouts a person would choose on a phone, a tablet and at 200% zoom (WCAG 1.4.10 reflow): no
 * sideways scroll, the map and the timeline first and full width, the filters in a panel that
 * opens and closes by keyboard, the detail as a sheet that Esc closes, every task reachable at
 * 683x425 CSS px, the presentation readable on a phone, and the layout mirrored right to left.
 * Every spec checks that the page logged no error and sent nothing off 127.0.0.1.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForApp } from './harness';

const browser = useBrowser();

const focusedIs = (page: Page, sel: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel);

/** The element's box in CSS px. */
async function box(page: Page, sel: string) {
  const b = await page.locator(sel).first().boundingBox();
  if (!b) throw new Error(`${sel} is not shown`);
  return b;
}

async function noSidewaysScroll(page: Page) {
  const [scroll, inner] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(inner);
}

/**
 * Lays the page out right to left, as the Arabic interface will (the app writes the language's
 * direction on every change of language or title, so it is kept at rtl here).
 */
async function rightToLeft(page: Page) {
  await page.evaluate(() => {
    const html = document.documentElement;
    new MutationObserver(() => {
      if (html.dir !== 'rtl') html.dir = 'rtl';
    }).observe(html, { attributes: true, attributeFilter: ['dir'] });
    html.dir = 'rtl';
  });
}

describe('phone layouts', () => {
  for (const [width, height] of [
    [320, 640],
    [390, 844],
  ] as const) {
    it(`at ${width}x${height} puts the map and the timeline first, full width, with nothing sideways`, async () => {
      const app = await openPage(browser(), '', { width, height });
      await waitForApp(app.page);
      await noSidewaysScroll(app.page);
      const map = await box(app.page, '.map-pane');
      const timeline = await box(app.page, '.timeline-pane');
      const list = await box(app.page, '#events');
      for (const b of [map, timeline]) {
        expect(b.width).toBeGreaterThanOrEqual(width - 1);
        expect(b.height).toBeGreaterThanOrEqual(200);
      }
      // Map, then timeline, then list, down the page.
      expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(list.y).toBeGreaterThanOrEqual(timeline.y + timeline.height - 1);
      expect(map.y).toBeLessThan(height / 3);
      expect(
        Number(await app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn')),
      ).toBeGreaterThan(0);
      // The filters are not beside the map: they wait behind their button.
      expect(await app.page.locator('#filter-text').isVisible()).toBe(false);
      await app.shot(`layout-${width}x${height}`);
      app.assertClean();
    });

    it(`at ${width}x${height} opens the header's menu with nothing sideways, in English and Arabic`, async () => {
      for (const lang of ['en', 'ar']) {
        const app = await openPage(browser(), `#lang=${lang}`, { width, height });
        await waitForApp(app.page);
        await app.page.locator('button[aria-controls="header-actions"]').click();
        // The narrative picker, Present and Print this narrative wrap within the screen.
        await app.page.locator('#header-actions .present-btn').waitFor();
        await noSidewaysScroll(app.page);
        await app.shot(`layout-${width}x${height}-menu-${lang}`);
        app.assertClean();
      }
    });
  }

  it('opens the filters as a panel by keyboard, moves the focus in, and Esc gives it back', async () => {
    const app = await openPage(browser(), '', { width: 390, height: 844 });
    await waitForApp(app.page);
    const toggle = app.page.getByTestId('filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    let guard = 0;
    while (!(await focusedIs(app.page, '[data-testid="filters-toggle"]')) && guard++ < 20)
      await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Enter');
    await app.page.locator('#filter-text').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedIs(app.page, '#filters-pane')).toBe(true);
    const panel = app.page.getByRole('dialog', { name: 'Filters' });
    expect(await panel.count()).toBe(1);
    await noSidewaysScroll(app.page);
    // Tab goes on inside the panel (the rest of the page is inert while it is open).
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => !!document.activeElement?.closest('#filters-pane'))).toBe(
      true,
    );
    // A filter applied from the panel applies to the views behind it.
    await app.page.locator('input[data-article="3"]').check();
    await expect.poll(() => toggle.textContent()).toContain('1 on');
    await app.shot('layout-390-filters');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('#filter-text').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedIs(app.page, '[data-testid="filters-toggle"]')).toBe(true);
    // Its close button does the same.
    await toggle.click();
    await app.page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => app.page.locator('#filter-text').isVisible()).toBe(false);
    expect(await focusedIs(app.page, '[data-testid="filters-toggle"]')).toBe(true);
    app.assertClean();
  });

  it('opens an event as a sheet over the lower screen, and Esc closes it back to its row', async () => {
    const app = await openPage(browser(), '', { width: 390, height: 844 });
    await waitForApp(app.page);
    const row = app.page.locator('tr[data-event-id] button.title').first();
    const id = await app.page.locator('tr[data-event-id]').first().getAttribute('data-event-id');
    await row.focus();
    await app.page.keyboard.press('Enter');
    const sheet = app.page.getByTestId('detail-sheet');
    await sheet.waitFor();
    expect(await focusedIs(app.page, 'article.detail h2')).toBe(true);
    const b = await box(app.page, '[data-testid="detail-sheet"]');
    expect(b.width).toBeLessThanOrEqual(390);
    expect(b.y + b.height).toBeGreaterThanOrEqual(843);
    expect(b.height).toBeLessThanOrEqual(844 * 0.61);
    // The sources are in the sheet, reachable by scrolling it.
    await app.page.locator('article.detail h3', { hasText: 'Sources' }).scrollIntoViewIfNeeded();
    await noSidewaysScroll(app.page);
    await app.shot('layout-390-detail');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await focusedIs(app.page, `tr[data-event-id="${id}"] button.title`)).toBe(true);
    app.assertClean();
  });

  it('presents on a phone: step text, sources and thumb-sized step buttons on screen', async () => {
    for (const [width, height] of [
      [390, 844],
      [844, 390],
    ] as const) {
      const app = await openPage(browser(), '#view=present', { width, height });
      await waitForApp(app.page);
      await noSidewaysScroll(app.page);
      const title = await box(app.page, '[data-testid="step-title"]');
      expect(title.y + title.height).toBeLessThanOrEqual(height);
      const size = await app.page
        .locator('.panel')
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(size, 'the step text is readable').toBeGreaterThanOrEqual(15);
      expect((await box(app.page, '.map-slot')).height).toBeGreaterThanOrEqual(120);
      expect((await box(app.page, '.timeline-slot')).height).toBeGreaterThanOrEqual(100);
      // Step 2 names events: their sources show in the panel.
      const next = app.page.getByRole('button', { name: 'Next step' });
      const nb = await box(app.page, '.step-btn:last-of-type');
      expect(nb.height).toBeGreaterThanOrEqual(40);
      expect(nb.y + nb.height).toBeLessThanOrEqual(height);
      await next.click();
      await expect
        .poll(() => app.page.locator('.presentation').getAttribute('data-step'))
        .toBe('2');
      const sources = app.page.locator('.panel .step-sources');
      await sources.scrollIntoViewIfNeeded();
      expect(await sources.isVisible()).toBe(true);
      await app.shot(`layout-present-${width}x${height}`);
      app.assertClean();
      await app.context.close();
    }
  });
});

describe('the presenter window on a phone and a tablet', () => {
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const)
    it(`at ${width}x${height}: notes readable, both step buttons on screen and thumb-sized`, async () => {
      const app = await openPage(browser(), '', { width, height });
      await waitForApp(app.page);
      await app.page.evaluate(() => {
        location.hash = 'view=presenter&n=january-2022&s=2';
      });
      await app.page.locator('main.presenter').waitFor();
      await noSidewaysScroll(app.page);
      const notes = app.page.locator('.presenter .notes');
      expect(
        await notes.evaluate((n) => parseFloat(getComputedStyle(n).fontSize)),
        'the notes are readable',
      ).toBeGreaterThanOrEqual(17);
      expect(await notes.evaluate((n) => n.closest('[dir="auto"][lang]') !== null)).toBe(true);
      const prev = await box(app.page, '.presenter nav button:first-of-type');
      const next = await box(app.page, '.presenter nav button:last-of-type');
      const progress = await box(app.page, '.presenter nav .progress');
      for (const b of [prev, next]) {
        expect(b.height).toBeGreaterThanOrEqual(40);
        expect(b.y + b.height).toBeLessThanOrEqual(height);
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
      }
      // The progress does not run under a button.
      for (const b of [prev, next])
        expect(
          progress.y + progress.height <= b.y ||
            progress.x + progress.width <= b.x ||
            b.x + b.width <= progress.x,
        ).toBe(true);
      await app.page.getByRole('button', { name: /Next step/ }).click();
      await expect
        .poll(() => app.page.locator('main.presenter').getAttribute('data-step'))
        .toBe('3');
      await app.shot(`layout-presenter-${width}x${height}`);
      app.assertClean();
      await app.context.close();
    });
});

describe('a laptop and a wide screen', () => {
  for (const lang of ['en', 'ar'])
    it(`at 1366x768 (${lang}) keeps the header on one row and the timeline's toolbar on two`, async () => {
      const app = await openPage(browser(), `#lang=${lang}`, { width: 1366, height: 768 });
      await waitForApp(app.page);
      await noSidewaysScroll(app.page);
      const header = await box(app.page, 'header.top');
      expect(header.height, 'the header is one row').toBeLessThanOrEqual(64);
      // The further actions are a menu under it, and Esc closes it back to its button.
      const more = app.page.locator('button[aria-controls="header-more"]');
      await more.click();
      const brief = await box(app.page, '#header-more a[href*="view=brief"]');
      expect(brief.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect((await box(app.page, 'header.top')).height).toBe(header.height);
      await app.page.keyboard.press('Escape');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await focusedIs(app.page, 'button[aria-controls="header-more"]')).toBe(true);
      const toolbar = await box(app.page, '.timeline .toolbar');
      expect(toolbar.height, 'the toolbar is two rows').toBeLessThanOrEqual(64);
      // The playback's settings open from Options.
      await app.page.locator('.play-options summary').click();
      expect(await app.page.locator('[data-testid="playback-speed"]').isVisible()).toBe(true);
      await app.shot(`layout-1366x768-${lang}`);
      app.assertClean();
      await app.context.close();
    });

  it('at 1920x1080 shows every action in the bar, with no menu', async () => {
    const app = await openPage(browser(), '', { width: 1920, height: 1080 });
    await waitForApp(app.page);
    expect(await app.page.getByRole('button', { name: 'Export PNG' }).isVisible()).toBe(true);
    expect(await app.page.locator('button[aria-controls="header-more"]').isVisible()).toBe(false);
    app.assertClean();
    await app.context.close();
  });
});

describe("the map's credit line", () => {
  it('is folded to its button on a phone and a tablet, opens from it, and is open on a laptop', async () => {
    for (const [width, height] of [
      [390, 844],
      [1024, 768],
    ] as const) {
      const phone = await openPage(browser(), '', { width, height });
      await waitForApp(phone.page);
      const credit = phone.page.locator('.map-pane .maplibregl-ctrl-attrib');
      const inner = credit.locator('.maplibregl-ctrl-attrib-inner');
      expect(await inner.textContent()).toContain('Natural Earth');
      expect(await inner.isVisible()).toBe(false);
      expect((await box(phone.page, '.map-pane .maplibregl-ctrl-attrib')).height).toBeLessThan(30);
      await credit.locator('summary').click();
      expect(await inner.isVisible()).toBe(true);
      phone.assertClean();
      await phone.context.close();
    }
    const laptop = await openPage(browser());
    await waitForApp(laptop.page);
    expect(await laptop.page.locator('.map-pane .maplibregl-ctrl-attrib-inner').isVisible()).toBe(
      true,
    );
    laptop.assertClean();
    await laptop.context.close();
  });
});

describe('200% zoom (1366x850 at 683x425 CSS px)', () => {
  it('filters, searches, opens an event and its sources, the Data dialog, presents and prints', async () => {
    const app = await openPage(browser(), '', { width: 683, height: 425 });
    await waitForApp(app.page);
    await noSidewaysScroll(app.page);
    expect((await box(app.page, '.map-pane')).height).toBeGreaterThanOrEqual(200);
    expect((await box(app.page, '.map-pane')).width).toBeGreaterThanOrEqual(682);
    // Filter and search.
    await app.page.getByTestId('filters-toggle').click();
    await app.page.locator('#filter-text').fill('Uzbek');
    await app.page.locator('input[data-article="3"]').check();
    await app.page.keyboard.press('Escape');
    await expect
      .poll(() => app.page.getByTestId('visible-count').textContent())
      .not.toMatch(/^(\d+) of \1 /);
    // Open an event and read its sources.
    await app.page.locator('tr[data-event-id] button.title').first().click();
    await app.page.getByTestId('detail-sheet').waitFor();
    const sources = app.page.locator('article.detail h3', { hasText: 'Sources' });
    await sources.scrollIntoViewIfNeeded();
    expect(await sources.isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    // The actions are behind the menu: the Data dialog, the brief, the presentation.
    const menu = app.page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await noSidewaysScroll(app.page);
    const brief = app.page.getByRole('link', { name: 'Print brief' });
    expect(await brief.getAttribute('href')).toContain('view=brief');
    expect(await brief.isVisible()).toBe(true);
    await app.page.getByRole('button', { name: 'Data', exact: true }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.first().waitFor();
    await app.shot('layout-683x425-data');
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'Present', exact: true }).click();
    await app.page.getByTestId('step-title').waitFor();
    await noSidewaysScroll(app.page);
    await app.shot('layout-683x425-present');
    app.assertClean();
  });
});

describe('tablets', () => {
  it('at 1024x768 keeps the list beside the views and opens the filters as a panel', async () => {
    const app = await openPage(browser(), '', { width: 1024, height: 768 });
    await waitForApp(app.page);
    const map = await box(app.page, '.map-pane');
    const list = await box(app.page, '#events');
    expect(list.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(map.width).toBeGreaterThan(600);
    expect(await app.page.locator('#filter-text').isVisible()).toBe(false);
    await app.page.getByTestId('filters-toggle').click();
    expect(await app.page.locator('#filter-text').isVisible()).toBe(true);
    app.assertClean();
  });

  it('at 1366x850 (desktop) shows the filters beside the map, with no panel button', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    expect(await app.page.locator('#filter-text').isVisible()).toBe(true);
    expect(await app.page.getByTestId('filters-toggle').count()).toBe(0);
    app.assertClean();
  });
});

describe('right to left', () => {
  it('mirrors the desktop: filters on the right, the list on the left, zoom buttons at the left', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    await rightToLeft(app.page);
    const filters = await box(app.page, '.filters-pane');
    const map = await box(app.page, '.map-pane');
    const list = await box(app.page, '#events');
    expect(filters.x).toBeGreaterThan(map.x);
    expect(list.x + list.width).toBeLessThanOrEqual(map.x + 1);
    const zoom = await box(app.page, '.maplibregl-ctrl-zoom-in');
    expect(zoom.x).toBeLessThan(map.x + map.width / 2);
    // The detail's "next" arrow points the way of reading: to the left.
    await app.page.locator('tr[data-event-id] button.title').first().click();
    const arrow = app.page.locator('article.detail .nav button .arrow').last();
    expect(await arrow.evaluate((a) => getComputedStyle(a).transform)).toBe(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    await app.shot('layout-rtl-1366');
    app.assertClean();
  });

  it("points the presentation's step buttons the way of reading, and lays its English text out left to right", async () => {
    const app = await openPage(browser(), '#lang=ar&view=present&n=january-2022&s=2');
    await waitForApp(app.page);
    for (const button of await app.page.locator('.bar .step-btn').all())
      expect(await button.evaluate((b) => getComputedStyle(b).transform)).toBe(
        'matrix(-1, 0, 0, 1, 0, 0)',
      );
    const text = app.page.locator('.panel .step-text');
    expect(await text.evaluate((t) => getComputedStyle(t).direction)).toBe('ltr');
    app.assertClean();
    await app.context.close();
  });

  it('opens the filters panel from the right on a phone', async () => {
    const app = await openPage(browser(), '', { width: 390, height: 844 });
    await waitForApp(app.page);
    await rightToLeft(app.page);
    await app.page.getByTestId('filters-toggle').click();
    const panel = await box(app.page, '#filters-pane');
    expect(panel.x + panel.width).toBeGreaterThanOrEqual(389);
    expect(panel.x).toBeGreaterThan(0);
    await noSidewaysScroll(app.page);
    await app.shot('layout-rtl-390-filters');
    app.assertClean();
  });
});
