/**
 * Presenting to the Committee: the presentation opens from the header and from a step's link,
 * steps through every step of every narrative by the keys a clicker sends, shows each step's
 * events (and only those) highlighted with their sources, and a presenter window follows the
 * audience's window both ways. Screenshots at projector (1024x768) and full-HD sizes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Narrative } from '../../src/lib/model/schema';
import { translate } from '../../src/lib/i18n/translate';
import { openPage, useBrowser, waitForApp } from './harness';
import { SEED_DIR, seed } from './seed-data';

const browser = useBrowser();
const { description, events } = seed();
const narratives = (description.narratives ?? []).map(
  (p) => JSON.parse(readFileSync(`${SEED_DIR}/${p}`, 'utf8')) as Narrative,
);
const known = new Set(events.map((e) => e.id));
const en = (t: unknown): string =>
  typeof t === 'string' ? t : ((t as Record<string, string>).en ?? '');

async function shown(page: Page) {
  const root = page.locator('.presentation');
  return {
    step: Number(await root.getAttribute('data-step')),
    narrative: await root.getAttribute('data-narrative'),
    highlighted: Number(await root.getAttribute('data-highlight-count')),
    title: await page.getByTestId('step-title').textContent(),
    ids: ((await page.locator('[data-step-events]').getAttribute('data-step-events')) ?? '')
      .split(' ')
      .filter(Boolean),
  };
}

/** Waits until the presentation shows step k of narrative n with exactly its events. */
async function expectStep(page: Page, n: Narrative, k: number) {
  const step = n.steps[k - 1]!;
  const ids = step.events.filter((id) => known.has(id));
  await expect.poll(async () => (await shown(page)).step).toBe(k);
  const s = await shown(page);
  expect(s.narrative).toBe(n.id);
  expect(s.title).toBe(en(step.title));
  expect(s.ids).toEqual(ids);
  expect(s.highlighted).toBe(new Set(ids).size);
  expect(page.url()).toContain(`view=present`);
  expect(page.url()).toContain(`n=${n.id}`);
  expect(page.url()).toMatch(new RegExp(`[#&]s=${k}(&|$)`));
}

describe('presentation mode', () => {
  it('has narratives to present', () => {
    expect(narratives.map((n) => n.id).sort()).toEqual(['article-by-article', 'january-2022']);
  });

  for (const n of narratives) {
    it(`steps through every step of "${n.id}" by keyboard, and each step's link reopens it`, async () => {
      const app = await openPage(browser(), '', { width: 1024, height: 768 });
      await waitForApp(app.page);
      if (narratives.length > 1)
        await app.page.getByLabel('Narrative to present').selectOption(n.id);
      await app.page.getByRole('button', { name: 'Present', exact: true }).click();
      await expectStep(app.page, n, 1);
      const focused = () =>
        app.page.evaluate(() => {
          const a = document.activeElement;
          return a ? `${a.tagName} ${a.textContent}` : '';
        });
      // The focus starts on the step's title, not on <body>.
      expect(await focused()).toBe(`H2 ${en(n.steps[0]!.title)}`);

      // Forward with what clickers and keyboards send, in turn.
      const forward = ['PageDown', 'ArrowRight', 'Space'];
      const links: string[] = [app.page.url()];
      for (let k = 2; k <= n.steps.length; k++) {
        await app.page.keyboard.press(forward[k % forward.length]!);
        await expectStep(app.page, n, k);
        links.push(app.page.url());
      }
      // Past the end stays at the end; back, home, end, and digits jump.
      await app.page.keyboard.press('PageDown');
      await expectStep(app.page, n, n.steps.length);
      await app.page.keyboard.press('PageUp');
      await expectStep(app.page, n, n.steps.length - 1);
      await app.page.keyboard.press('Shift+Space');
      await expectStep(app.page, n, n.steps.length - 2);
      await app.page.keyboard.press('Home');
      await expectStep(app.page, n, 1);
      await app.page.keyboard.press('End');
      await expectStep(app.page, n, n.steps.length);
      await app.page.keyboard.press('2');
      await expectStep(app.page, n, 2);
      await app.shot(`present-${n.id}-1024x768`);

      // Esc leaves, with the explorer back.
      await app.page.keyboard.press('Escape');
      await expect.poll(() => app.page.locator('.presentation').count()).toBe(0);
      expect(app.page.url()).not.toContain('view=present');
      await expect
        .poll(() => app.page.getByRole('button', { name: 'Present', exact: true }).count())
        .toBe(1);
      // ...and the focus back on the button that started it.
      await expect.poll(focused).toBe('BUTTON Present');
      app.assertClean();
      await app.context.close();

      // Each step's own link opens the presentation at that step.
      const reopened = await openPage(browser(), null as unknown as string, {
        width: 1024,
        height: 768,
      });
      for (let k = 1; k <= links.length; k++) {
        await reopened.page.goto(links[k - 1]!);
        await waitForApp(reopened.page);
        await expectStep(reopened.page, n, k);
      }
      reopened.assertClean();
      await reopened.context.close();
    }, 180_000);
  }

  it('reads well on a projector and a full-HD screen, light and dark', async () => {
    for (const [w, h] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      const n = narratives.find((x) => x.id === 'january-2022') ?? narratives[0]!;
      const app = await openPage(browser(), `#view=present&n=${n.id}&s=2`, {
        width: w,
        height: h,
      });
      await waitForApp(app.page);
      await expectStep(app.page, n, 2);
      await app.page.waitForTimeout(500);
      await app.shot(`present-${w}x${h}-light`);
      // No scrolling on a slide: the panel fits its text and sources.
      const fits = await app.page
        .locator('.presentation .panel')
        .evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
      expect(fits).toBe(true);
      await app.page.getByRole('button', { name: /Projector theme/ }).click();
      await app.page.waitForTimeout(1500);
      await app.shot(`present-${w}x${h}-dark`);
      // Every control has a name and is reachable by keyboard.
      for (const b of await app.page.locator('.presentation button').all()) {
        const name = (await b.getAttribute('aria-label')) ?? (await b.textContent());
        expect(name?.trim()).toBeTruthy();
      }
      app.assertClean();
      await app.context.close();
    }
  }, 120_000);

  it('a presenter window follows the audience window, and the audience follows it', async () => {
    const n = narratives[0]!;
    const app = await openPage(browser(), `#view=present&n=${n.id}&s=1`, {
      width: 1024,
      height: 768,
    });
    await waitForApp(app.page);
    await expectStep(app.page, n, 1);
    const [presenter] = await Promise.all([
      app.context.waitForEvent('page'),
      app.page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await presenter.waitForSelector('[data-app-ready="true"]');
    const current = presenter.getByTestId('presenter-current');
    await expect.poll(() => current.textContent()).toBe(en(n.steps[0]!.title));
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(en(n.steps[1]!.title));
    expect(await presenter.getByTestId('clock').textContent()).toMatch(/\d/);

    await app.page.bringToFront();
    await app.page.keyboard.press('PageDown');
    await expectStep(app.page, n, 2);
    await expect.poll(() => current.textContent()).toBe(en(n.steps[1]!.title));

    await presenter.getByRole('button', { name: /Next step/ }).click();
    await expect.poll(() => current.textContent()).toBe(en(n.steps[2]!.title));
    await expectStep(app.page, n, 3);
    await presenter.screenshot({ path: 'tests/artifacts/present-presenter-window.png' });
    app.assertClean();
    await app.context.close();
  }, 120_000);
});

/** The visible part of the map's canvas, in CSS px: what the map slot does not clip. */
async function mapShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    const slot = document.querySelector('.presentation .map-slot')!.getBoundingClientRect();
    const canvas = document
      .querySelector('.presentation .map-slot canvas.maplibregl-canvas')!
      .getBoundingClientRect();
    const top = Math.max(slot.top, canvas.top, 0);
    const bottom = Math.min(slot.bottom, canvas.bottom, window.innerHeight);
    return Math.max(0, bottom - top);
  });
}

/** The boxes of the lane labels on screen (the spans that hold their text). */
async function laneLabels(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.presentation ul.lanes li span')]
      .filter((s) => s.checkVisibility())
      .map((s) => {
        const r = s.getBoundingClientRect();
        return {
          text: s.textContent ?? '',
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
        };
      }),
  );
}

describe('presentation on a phone', () => {
  // The share of the screen's height the map must have: a phone held upright shares it with the
  // step's text, the timeline and the buttons; on its side, with the timeline alone.
  for (const [width, height, share] of [
    [320, 640, 0.4],
    [844, 390, 0.55],
  ] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`at ${width}x${height} (${lang}) gives the map ${Math.round(share * 100)}% of the height, the step buttons one row, lane labels apart, nothing sideways`, async () => {
        const n = narratives.find((x) => x.id === 'january-2022') ?? narratives[0]!;
        const app = await openPage(browser(), `#lang=${lang}&view=present&n=${n.id}&s=2`, {
          width,
          height,
        });
        await waitForApp(app.page);
        await expect.poll(async () => (await shown(app.page)).step).toBe(2);
        await app.page.waitForTimeout(300);
        await app.shot(`present-phone-${lang}-${width}x${height}`);

        // Nothing scrolls sideways.
        const [scroll, inner] = await app.page.evaluate(() => [
          document.documentElement.scrollWidth,
          window.innerWidth,
        ]);
        expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(inner);

        // The map has its share of the height, on screen.
        expect(await mapShown(app.page)).toBeGreaterThanOrEqual(share * height);

        // The step's text is readable, and starts on screen.
        const panel = app.page.locator('.presentation .panel');
        expect(
          await panel.evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
        ).toBeGreaterThanOrEqual(15);
        const title = (await app.page.getByTestId('step-title').boundingBox())!;
        expect(title.y + title.height).toBeLessThanOrEqual(height);

        // The step's buttons (previous, next, the menu, leave) in one row, on screen, each named.
        const buttons = await app.page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.presentation nav.bar button')]
            .filter((b) => b.checkVisibility())
            .map((b) => {
              const r = b.getBoundingClientRect();
              return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
            }),
        );
        expect(buttons.length).toBeGreaterThanOrEqual(4);
        for (const b of buttons) {
          expect(Math.abs(b.top - buttons[0]!.top), 'the step buttons wrap').toBeLessThanOrEqual(1);
          expect(b.bottom).toBeLessThanOrEqual(height);
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(width);
        }
        const names = ['present.prev', 'present.next', 'layout.menu', 'present.exit'].map((k) =>
          translate(lang, k),
        );
        for (const name of names)
          expect(await app.page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);

        // The lanes' labels do not run into one another.
        const labels = await laneLabels(app.page);
        expect(labels.length).toBeGreaterThanOrEqual(3);
        for (let a = 0; a < labels.length; a++)
          for (let b = a + 1; b < labels.length; b++) {
            const [p, q] = [labels[a]!, labels[b]!];
            const apart =
              p.bottom <= q.top + 0.5 ||
              q.bottom <= p.top + 0.5 ||
              p.right <= q.left + 0.5 ||
              q.right <= p.left + 0.5;
            expect(apart, `"${p.text}" runs into "${q.text}"`).toBe(true);
          }

        app.assertClean();
        await app.context.close();
      }, 120_000);
    }
  }

  it('at 320x640 opens the tools from the menu and the map key from its button, and Esc closes each without leaving', async () => {
    const app = await openPage(browser(), '#view=present&n=january-2022&s=2', {
      width: 320,
      height: 640,
    });
    await waitForApp(app.page);
    const { page } = app;
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim());

    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    const theme = page.getByRole('button', { name: /Projector theme/ });
    expect(await theme.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await theme.isVisible()).toBe(true);
    // The tools open above the bar, within the screen.
    const tools = (await page.locator('.presentation .tools').boundingBox())!;
    const bar = (await page.locator('.presentation nav.bar').boundingBox())!;
    expect(tools.y + tools.height).toBeLessThanOrEqual(bar.y);
    expect(tools.x).toBeGreaterThanOrEqual(0);
    expect(tools.x + tools.width).toBeLessThanOrEqual(320);
    await theme.focus();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await theme.isVisible()).toBe(false);
    expect(await focusedName()).toBe('⋯Menu');
    expect(await page.locator('.presentation').count()).toBe(1);

    // A tool chosen from the menu closes it, with the focus back on the menu.
    await menu.click();
    await theme.click();
    await expect.poll(() => page.locator('.presentation').getAttribute('data-theme')).toBe('dark');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName()).toBe('⋯Menu');

    // The map's panels are folded behind one button; Esc folds them back.
    const key = page.getByRole('button', { name: 'Legend and options' });
    const modes = page.getByRole('group', { name: 'What the map shows' });
    expect(await modes.isVisible()).toBe(false);
    await key.click();
    expect(await key.getAttribute('aria-expanded')).toBe('true');
    expect(await modes.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Legend', exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Legend', exact: true }).focus();
    await page.keyboard.press('Escape');
    expect(await modes.isVisible()).toBe(false);
    expect(await focusedName()).toBe('▸ Legend and options');
    expect(await page.locator('.presentation').count()).toBe(1);

    // Esc with nothing open leaves the presentation.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presentation').count()).toBe(0);
    app.assertClean();
    await app.context.close();
  }, 120_000);
});
