/**
 * The interface in Arabic, Chinese, French, Spanish and Kazakh: translated header, filters and
 * list, the document's lang and dir, dates in the language's order, nothing requested off
 * 127.0.0.1; the Arabic and Chinese explorer photographed on a laptop and a phone; and the
 * pseudo-locale (en-XA: every string about 40% longer) showing that nothing is cut.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { headerMenu, openPage, useBrowser, waitForApp } from './harness';
import { seed } from './seed-data';
import { translate, type UiLang } from '../../src/lib/i18n/translate';

const browser = useBrowser();
const { events } = seed();

const LANGS: UiLang[] = ['ar', 'zh', 'fr', 'es', 'kk'];

describe('the interface in other languages', () => {
  it.each(LANGS)('speaks %s', async (lang) => {
    const t = (k: string, p?: Record<string, string | number>) => translate(lang, k, p);
    const app = await openPage(browser(), `#lang=${lang}`);
    await waitForApp(app.page);
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(
      lang === 'ar' ? 'rtl' : 'ltr',
    );
    // Header, filters, list.
    const n = events.length;
    expect(await page.getByTestId('visible-count').textContent()).toBe(
      t('events.count', { visible: n, total: n, count: n }),
    );
    // The further actions fold behind the header's menu on a laptop.
    await headerMenu(page);
    await page.getByRole('button', { name: t('header.copyLink'), exact: true }).waitFor();
    await headerMenu(page, false);
    expect(
      await page.getByRole('combobox', { name: t('lang.label'), exact: true }).inputValue(),
    ).toBe(lang);
    await page.getByRole('search', { name: t('filters.title'), exact: true }).waitFor();
    expect(await page.locator('legend', { hasText: t('filters.articles') }).count()).toBe(1);
    await page.getByRole('region', { name: t('events.list'), exact: true }).waitFor();
    // Article titles in the language (the Convention's terms), on the filters.
    expect(await page.locator('.filters').textContent()).toContain(
      translate(lang, 'article.short', { number: 2 }),
    );
    // The date fields say what form they expect, in the language's own letters.
    const from = page.getByTestId('timeline-from');
    const placeholder = await from.getAttribute('placeholder');
    expect(placeholder).toContain(t('date.letters.year'));
    await from.fill('2022-01-05');
    await expect.poll(() => from.inputValue()).toMatch(/^(05.01.2022|2022.01.05)$/);
    if (lang === 'ar') {
      // Time runs left to right in Arabic too (docs/I18N.md).
      const dirs = await page
        .locator('.overview, .detail[role="application"]')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).direction));
      expect(dirs).toEqual(['ltr', 'ltr']);
    }
    app.assertClean();
  });

  it.each([
    ['ar', 1366, 850],
    ['ar', 390, 844],
    ['zh', 1366, 850],
    ['zh', 390, 844],
  ] as const)('photographs the %s explorer at %ix%i', async (lang, width, height) => {
    const app = await openPage(browser(), `#lang=${lang}`, { width, height });
    await waitForApp(app.page);
    await app.page.evaluate(() => document.fonts.ready);
    await app.shot(`explorer-${lang}-${width}x${height}`);
    app.assertClean();
  });
});

describe('what the screenshots showed', () => {
  it('keeps the map’s scale clear of its credit on a phone in a long language', async () => {
    const app = await openPage(browser(), '#lang=en-XA', { width: 390, height: 844 });
    await waitForApp(app.page);
    const rect = (sel: string) =>
      app.page
        .locator(sel)
        .first()
        .evaluate((e) => e.getBoundingClientRect().toJSON());
    const scale = await rect('.maplibregl-ctrl-scale');
    const credit = await rect('.maplibregl-ctrl-attrib');
    const apart =
      scale.bottom <= credit.top ||
      scale.top >= credit.bottom ||
      scale.right <= credit.left ||
      scale.left >= credit.right;
    expect(apart, JSON.stringify({ scale, credit })).toBe(true);
    app.assertClean();
  });

  it('starts an English title at its beginning in the Arabic header', async () => {
    const app = await openPage(browser(), '#lang=ar', { width: 390, height: 844 });
    await waitForApp(app.page);
    const h1 = app.page.locator('header h1');
    expect(await h1.getAttribute('lang')).toBe('en');
    expect(await h1.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    app.assertClean();
  });
});

describe('Chinese glyphs', () => {
  it('draws Chinese with the app’s own Noto Sans SC, only the slices on screen, from its own origin', async () => {
    const app = await openPage(browser(), '#lang=zh');
    await waitForApp(app.page);
    const { page } = app;
    await page.evaluate(() => document.fonts.ready);
    // Headless Chromium here has no CJK font: what draws the Chinese is the app's own.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [...document.fonts].filter(
              (f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded',
            ).length,
        ),
      )
      .toBeGreaterThan(0);
    // Bold Chinese (the filter headings, «第 3 条») from the semibold slices, not thickened by the browser.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].some(
            (f) =>
              f.family.replace(/"/g, '') === 'Noto Sans SC' &&
              f.weight === '600 700' &&
              f.status === 'loaded',
          ),
        ),
      )
      .toBe(true);
    const slices = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('noto-sans-sc-')),
    );
    expect(slices.length).toBeGreaterThan(0);
    // Slices, not the whole font: a few dozen of the 94.
    expect(slices.length).toBeLessThan(60);
    for (const url of slices) expect(new URL(url).hostname).toBe('127.0.0.1');
    app.assertClean();
  });

  it('fetches none of it in another language', async () => {
    const app = await openPage(browser(), '#lang=fr');
    await waitForApp(app.page);
    await app.page.evaluate(() => document.fonts.ready);
    const fetched = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /noto-sans-sc-|cjk-fonts/.test(n)),
    );
    expect(fetched).toEqual([]);
    app.assertClean();
  });
});

/** Text that the layout cuts: clipped or ellipsised overflow, or a control narrower than its text. */
async function cutText(page: Page, roots: string[]): Promise<string[]> {
  return page.evaluate((roots) => {
    const cut: string[] = [];
    for (const root of roots)
      for (const el of document.querySelectorAll<HTMLElement>(`${root}, ${root} *`)) {
        const own = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
        );
        const control = el.matches('button, select, input[type="text"], input[type="search"]');
        if (!own && !control) continue;
        if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        const s = getComputedStyle(el);
        // A placeholder wider than its field is cut too.
        if (el instanceof HTMLInputElement && el.placeholder && !el.value) {
          const g = document.createElement('canvas').getContext('2d')!;
          g.font = s.font;
          const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
          if (g.measureText(el.placeholder).width > room + 1)
            cut.push(`${root} placeholder: ${el.placeholder}`);
        }
        const hides = /hidden|clip/.test(s.overflowX) || s.textOverflow === 'ellipsis';
        if ((hides || control) && el.scrollWidth > el.clientWidth + 1)
          cut.push(`${root} ${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim()}`);
      }
    return cut;
  }, roots);
}

describe('the pseudo-locale (en-XA)', () => {
  it('is only in the link, and cuts no text of the explorer, the detail or the Data dialog', async () => {
    const app = await openPage(browser(), '#lang=en-XA', { width: 1366, height: 850 });
    await waitForApp(app.page);
    const { page } = app;
    const t = (k: string) => translate('en-XA', k);
    // Shown as the current language, but offered in the menu only while it is the language.
    const options = await page
      .getByRole('combobox', { name: t('lang.label'), exact: true })
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'kk', 'en-XA']);
    const fr = await openPage(browser(), '#lang=fr');
    await waitForApp(fr.page);
    expect(
      await fr.page
        .getByRole('combobox', { name: translate('fr', 'lang.label'), exact: true })
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'kk']);
    await fr.context.close();
    expect(await page.getByTestId('visible-count').textContent()).toMatch(/^\[.*\]$/);
    expect(
      await cutText(page, ['header.top', 'form.filters', '.list', 'section.timeline .toolbar']),
    ).toEqual([]);
    await page.locator('tr[data-event-id] button').first().click();
    await page.locator('article.detail').waitFor();
    expect(await cutText(page, ['article.detail'])).toEqual([]);
    await app.shot('explorer-pseudo-detail');
    await page.getByRole('button', { name: t('data.button') }).click();
    await page.locator('dialog[open]').waitFor();
    expect(await cutText(page, ['dialog[open]'])).toEqual([]);
    await app.shot('explorer-pseudo-data');
    app.assertClean();
  });
});

describe('choosing a language in the menu', () => {
  it('loads that language then, and switches the page whole, never through English', async () => {
    const app = await openPage(browser(), '#lang=en');
    await waitForApp(app.page);
    const { page } = app;
    const catalogues = () => app.requests.filter((u) => /\/messages\.[\w-]+\.js$/.test(u));
    // English is part of the page: no other catalogue before one is chosen.
    expect(catalogues()).toEqual([]);
    // Every state the page shows on the way: its language and the header's count.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const note = () =>
        seen.push(
          `${document.documentElement.lang} ${document.querySelector('[data-testid="visible-count"]')?.textContent}`,
        );
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      new MutationObserver(note).observe(document.documentElement, { attributes: true });
    });
    const n = events.length;
    const count = (lang: UiLang) =>
      translate(lang, 'events.count', { visible: n, total: n, count: n });
    for (const lang of ['ru', 'ar'] as const) {
      await page.locator('label.lang select').selectOption(lang);
      await expect.poll(() => page.getByTestId('visible-count').textContent()).toBe(count(lang));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    }
    expect(catalogues().map((u) => u.replace(/.*\/messages\.(\w+)-.*/, '$1'))).toEqual([
      'ru',
      'ar',
    ]);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const whole = new Set([`en ${count('en')}`, `ru ${count('ru')}`, `ar ${count('ar')}`]);
    expect(seen.filter((s) => !whole.has(s))).toEqual([]);
    app.assertClean();
  });
});
