/**
 * The explorer: brushing the timeline filters the map live, article filters give the right
 * counts, a copied link reproduces the same view, a keyboard-only path from filter to detail, and
 * the Russian interface and search across scripts. Every spec checks that the page logged no
 * error and sent nothing off 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, waitForApp, headerMenu } from './harness';
import { seed, title } from './seed-data';
import { toInterval } from '../../src/lib/time/partial-date';

const browser = useBrowser();
const { events, description } = seed();
const located = (list: typeof events) =>
  list.filter((e) => e.geometry && !e.properties.place.withheld).length;

async function visibleCount(page: Page): Promise<string | null> {
  return page.getByTestId('visible-count').textContent();
}

async function listedIds(page: Page): Promise<string[]> {
  return page
    .locator('tr[data-event-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')!));
}

describe('the explorer', () => {
  it('counts each article from the data and filters by it', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    for (const a of description.articles) {
      const expected = events.filter((e) => e.properties.articles.includes(a.number)).length;
      const label = app.page.locator('label', {
        has: app.page.locator(`input[data-article="${a.number}"]`),
      });
      expect(await label.locator('.count').textContent(), `article ${a.number}`).toBe(
        String(expected),
      );
    }
    await app.page.locator('input[data-article="3"]').check();
    const under3 = events.filter((e) => e.properties.articles.includes(3));
    await expect
      .poll(() => visibleCount(app.page))
      .toBe(`${under3.length} of ${events.length} events`);
    expect((await listedIds(app.page)).sort()).toEqual(under3.map((e) => e.id).sort());
    await expect
      .poll(() => app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn'))
      .toBe(String(located(under3)));
    // Category counts now count under article 3 only.
    for (const c of description.categories) {
      const expected = under3.filter((e) => e.properties.category === c.id).length;
      const label = app.page.locator('label', {
        has: app.page.locator(`input[data-category="${c.id}"]`),
      });
      expect(await label.locator('.count').textContent(), `category ${c.id}`).toBe(
        String(expected),
      );
    }
    await app.shot('explorer-article-3');
    app.assertClean();
  });

  it('filters the map live while the timeline is brushed', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const area = (await app.page.locator('[data-brush-area]').first().boundingBox())!;
    const y = area.y + area.height / 2;
    const timeline = app.page.locator('[data-timeline-painted]');
    const marksBefore = await timeline.getAttribute('data-marks');
    await app.page.keyboard.down('Shift');
    await app.page.mouse.move(area.x + area.width * 0.02, y);
    await app.page.mouse.down();
    await app.page.mouse.move(area.x + area.width * 0.3, y, { steps: 5 });
    // While the button is still down, the map already shows fewer events.
    const during = Number(
      await app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn'),
    );
    await app.page.mouse.move(area.x + area.width * 0.5, y, { steps: 5 });
    await app.page.mouse.up();
    await app.page.keyboard.up('Shift');
    await expect.poll(() => new URL(app.page.url()).hash).toMatch(/t=/);
    const t = new URLSearchParams(new URL(app.page.url()).hash.slice(1)).get('t')!;
    const [a, b] = t.split('..').map((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));
    const inside = events.filter((e) => {
      const iv = toInterval(e.properties.date.start, e.properties.date.end);
      return !('error' in iv) && iv.start < b! && iv.end > a!;
    });
    await expect
      .poll(() => visibleCount(app.page))
      .toBe(`${inside.length} of ${events.length} events`);
    await expect
      .poll(() => app.page.locator('[data-events-drawn]').getAttribute('data-events-drawn'))
      .toBe(String(located(inside)));
    expect(during).toBeLessThanOrEqual(located(events));
    expect(inside.length).toBeLessThan(events.length);
    // The timeline is not filtered by its own brush: it still draws every event, the ones outside
    // the window dimmed, and says it shows the new visible set.
    expect(await timeline.getAttribute('data-marks')).toBe(marksBefore);
    await expect.poll(() => app.page.locator('[data-brush-area] path.outside').count()).toBe(1);
    await expect
      .poll(async () =>
        (await timeline.getAttribute('data-timeline-painted')) ===
        (await app.page.locator('[data-visible-version]').getAttribute('data-visible-version'))
          ? 'same'
          : 'behind',
      )
      .toBe('same');
    await app.shot('explorer-brushed');
    app.assertClean();
  });

  it('reproduces the same view from a copied link', async () => {
    const app = await openPage(browser());
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForApp(app.page);
    await app.page.locator('input[data-article="2"]').check();
    await app.page.getByRole('searchbox').fill('almaty');
    const target = events.find(
      (e) =>
        e.properties.articles.includes(2) && JSON.stringify(e).toLowerCase().includes('almaty'),
    )!;
    await app.page.getByRole('button', { name: `Show the detail of ${title(target)}` }).click();
    await expect
      .poll(() => app.page.locator('article.detail h2').textContent())
      .toBe(title(target));
    // Let the URL catch up, then copy it the way a person would.
    await app.page.waitForTimeout(500);
    await headerMenu(app.page);
    await app.page.getByRole('button', { name: 'Copy link to this view' }).click();
    await headerMenu(app.page, false);
    const link = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`sel=${target.id}`);
    const count = await visibleCount(app.page);
    await app.page.getByRole('button', { name: 'Close the detail' }).click();
    const ids = await listedIds(app.page);

    const other = await openPage(browser(), link);
    await waitForApp(other.page);
    expect(await visibleCount(other.page)).toBe(count);
    expect(await other.page.locator('article.detail h2').textContent()).toBe(title(target));
    await other.page.getByRole('button', { name: 'Close the detail' }).click();
    expect(await listedIds(other.page)).toEqual(ids);
    // Back returns to the view with the event selected.
    await other.page.goBack();
    await expect
      .poll(() => other.page.locator('article.detail h2').textContent())
      .toBe(title(target));
    app.assertClean();
    other.assertClean();
  });

  it('goes from a filter to an event’s detail by keyboard alone', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const focusedIs = (sel: string) =>
      app.page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel);
    let guard = 0;
    while (!(await focusedIs('input[data-article="3"]')) && guard++ < 60)
      await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Space');
    const under3 = events.filter((e) => e.properties.articles.includes(3));
    await expect
      .poll(() => visibleCount(app.page))
      .toBe(`${under3.length} of ${events.length} events`);
    guard = 0;
    while (!(await focusedIs('tr[data-event-id] button.title')) && guard++ < 200)
      await app.page.keyboard.press('Tab');
    const id = await app.page.evaluate(() =>
      document.activeElement!.closest('tr')!.getAttribute('data-event-id'),
    );
    await app.page.keyboard.press('Enter');
    const e = events.find((x) => x.id === id)!;
    await expect.poll(() => app.page.locator('article.detail h2').textContent()).toBe(title(e));
    expect(await focusedIs('article.detail h2')).toBe(true);
    await app.shot('explorer-keyboard');
    // Esc closes the detail and gives the focus back to the row it came from.
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.locator('article.detail').count()).toBe(0);
    expect(await focusedIs(`tr[data-event-id="${id}"] button.title`)).toBe(true);
    app.assertClean();
  });

  it('skips to the events without losing the view', async () => {
    const app = await openPage(browser(), '#lang=ru&a=3&q=Uzbek');
    await waitForApp(app.page);
    const before = await visibleCount(app.page);
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.className)).toContain('skip');
    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('events');
    const hash = await app.page.evaluate(() => location.hash);
    expect(hash).toContain('a=3');
    expect(hash).toContain('q=Uzbek');
    expect(await visibleCount(app.page)).toBe(before);
    // The anchor typed into the address (a bookmark, the browser's back) keeps the view too.
    await app.page.evaluate(() => (location.hash = '#events'));
    await expect.poll(() => app.page.evaluate(() => location.hash)).toContain('q=Uzbek');
    expect(await visibleCount(app.page)).toBe(before);
    app.assertClean();
  });

  it('finds the same events whatever script a place is typed in', async () => {
    const app = await openPage(browser());
    await waitForApp(app.page);
    const search = app.page.getByRole('searchbox');
    const found = async (q: string) => {
      await search.fill(q);
      await expect
        .poll(() => app.page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('q')))
        .toBe(q);
      return { count: await visibleCount(app.page), ids: (await listedIds(app.page)).sort() };
    };
    const latin = await found('Almaty');
    // Every event placed in Almaty is among them (the Russian name of one of them, "Алматинская
    // область", does not contain "Алматы": only the fold across scripts finds it by that name).
    const inAlmaty = events.filter((e) =>
      JSON.stringify(e.properties.place.name).includes('Almaty'),
    );
    expect(inAlmaty.length).toBeGreaterThan(0);
    expect(latin.ids).toEqual(expect.arrayContaining(inAlmaty.map((e) => e.id)));
    expect(await found('Алматы')).toEqual(latin);
    // The city's former name, in Russian, with its hyphen.
    expect(await found('Алма-Ата')).toEqual(latin);
    app.assertClean();
  });

  it('speaks Russian', async () => {
    const app = await openPage(browser(), '#lang=ru');
    await waitForApp(app.page);
    expect(await visibleCount(app.page)).toBe(`${events.length} из ${events.length} событий`);
    expect(await app.page.locator('legend', { hasText: 'Статьи Конвенции' }).count()).toBe(1);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const e = events[0]!;
    await app.page.getByRole('button', { name: `Показать подробности: ${title(e, 'ru')}` }).click();
    await expect
      .poll(() => app.page.locator('article.detail h2').textContent())
      .toBe(title(e, 'ru'));
    expect(await app.page.locator('article.detail').textContent()).toContain('Источники');
    // And back to English from the switcher.
    await app.page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await expect
      .poll(() => visibleCount(app.page))
      .toBe(`${events.length} of ${events.length} events`);
    await app.shot('explorer-russian');
    app.assertClean();
  });
});
