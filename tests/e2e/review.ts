/**
 * The review of what axe-core leaves undecided ("incomplete"): each such node must sit in a part
 * of the page a person has reviewed (REVIEWED, with the reason axe cannot decide there), and the
 * gate checks it again the way the person did:
 * - text axe cannot find a background for (over a canvas, in a scrolled box, under a transparent
 *   overlay, too short, or a symbol) is measured from the screen: the page is photographed with
 *   its text and again with every text transparent, the pixels that differ are the glyphs, and
 *   the text's own colour is compared with the background under every glyph pixel;
 * - a button whose visible text is a symbol (+, ›, ▶) carries a name in words: WCAG 2.5.3 asks
 *   a name to contain the visible label only when that label is text.
 * A node in no reviewed part, or measured below its threshold, fails the gate.
 */
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { installPngPixels, type PngPixelsWindow } from './harness';

interface Reviewed {
  /** The axe rule. */
  rule: 'color-contrast' | 'label-content-name-mismatch';
  /** Where: the node is, or is inside, an element matching this selector. */
  within: string;
  /** Why axe cannot decide there. */
  why: string;
}

const SCROLLED = 'it scrolls: axe cannot see the background of a row scrolled partly out';
const SHORT = 'counts of one or two digits are too short for axe to call them text';
const CANVAS = 'it lies over the WebGL map, which axe cannot read';
const TIMELINE =
  "its marks are drawn on a canvas under the SVG axes, the brush's transparent layer lies over " +
  'the date labels, and the lanes scroll';
const SYMBOL = "the button's visible text is a symbol (+, −, ▶, ›, ✕, ▲); its name is in words";

export const REVIEWED: Reviewed[] = [
  { rule: 'color-contrast', within: '#filters-pane', why: `${SCROLLED}; ${SHORT}` },
  { rule: 'color-contrast', within: '.map-view', why: `${CANVAS}; its panels scroll` },
  { rule: 'color-contrast', within: '.timeline', why: TIMELINE },
  { rule: 'color-contrast', within: '#events', why: `${SCROLLED}; the sort arrow is a symbol` },
  { rule: 'color-contrast', within: '.sheet', why: `the sheet over the page: ${SCROLLED}` },
  {
    rule: 'color-contrast',
    within: 'dialog.data-dialog',
    why: 'a modal dialog over a translucent backdrop; its report scrolls',
  },
  { rule: 'color-contrast', within: '.presentation', why: `${CANVAS}; ${TIMELINE}` },
  {
    rule: 'color-contrast',
    within: 'main.brief',
    why: 'its figures are SVG over a raster map and lie over one another',
  },
  { rule: 'label-content-name-mismatch', within: '.timeline .toolbar', why: SYMBOL },
  { rule: 'label-content-name-mismatch', within: '#events', why: SYMBOL },
  { rule: 'label-content-name-mismatch', within: '.detail', why: SYMBOL },
  { rule: 'label-content-name-mismatch', within: 'dialog.data-dialog', why: SYMBOL },
  { rule: 'label-content-name-mismatch', within: '.presentation .bar', why: SYMBOL },
];

/** One undecided node and what the review found. */
export interface Verdict {
  rule: string;
  target: string;
  /** The reviewed part it is in, or null: not reviewed. */
  within: string | null;
  /** Measured contrast (color-contrast only); 0 when no glyph of it could be brought on screen. */
  ratio?: number;
  /** The ratio it needs: 4.5, or 3 for large text and for symbols (non-text contrast). */
  needs?: number;
  /** Why it fails, if it does. */
  fails?: string;
}

interface Node {
  rule: string;
  target: string;
  messageKey?: string;
  large: boolean;
}

/**
 * Hides the glyphs of every text (HTML and SVG) without moving anything, for the second
 * photograph. A halo stays (a text shadow, an SVG text's stroke painted under its fill): it is
 * the background the glyphs are read against.
 */
const HIDE_TEXT = `*, *::before, *::after { color: transparent !important;
  -webkit-text-fill-color: transparent !important;
  text-decoration-color: transparent !important; caret-color: transparent !important;
  transition: none !important; animation: none !important; }
  text, tspan { fill: transparent !important; }`;

function undecided(r: AxeResults): Node[] {
  return r.incomplete.flatMap((i) =>
    i.nodes.map((n) => {
      const data = (n.any[0]?.data ?? {}) as {
        messageKey?: string;
        fontSize?: string;
        fontWeight?: string;
      };
      const px = Number(/\(([\d.]+)px\)/.exec(data.fontSize ?? '')?.[1] ?? 0);
      const bold = data.fontWeight === 'bold' || Number(data.fontWeight) >= 700;
      return {
        rule: i.id,
        target: n.target.join(' '),
        messageKey: data.messageKey,
        large: px >= 24 || (bold && px >= 18.66),
      };
    }),
  );
}

/** Where each node is reviewed, and whether a symbol button's visible text has no letter. */
function classify(page: Page, nodes: Node[]) {
  return page.evaluate(
    ([nodes, reviewed]) =>
      nodes.map((n) => {
        const el = document.querySelector(n.target);
        const entry = reviewed.find((r) => r.rule === n.rule && el?.closest(r.within));
        const text = (el instanceof HTMLElement ? el.innerText : el?.textContent) ?? '';
        return {
          within: entry?.within ?? null,
          symbol: text.trim() !== '' && !/[\p{L}\p{N}]/u.test(text),
        };
      }),
    [nodes, REVIEWED] as const,
  );
}

/**
 * Measures the contrast of each target's text from two photographs of the screen, as above.
 * Returns 0 for a target with no glyph pixel on screen.
 */
async function measure(page: Page, targets: string[]): Promise<number[]> {
  await installPngPixels(page);
  const shown = (await page.screenshot()).toString('base64');
  const style = await page.addStyleTag({ content: HIDE_TEXT });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const hidden = (await page.screenshot()).toString('base64');
  await style.evaluate((s) => (s as Element).remove());
  return page.evaluate(
    async ([a, b, targets]) => {
      const { pngPixels } = window as unknown as PngPixelsWindow;
      const A = await pngPixels(a);
      const B = await pngPixels(b);
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const lum = (r: number, g: number, b: number) =>
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      return targets.map((target) => {
        const el = document.querySelector(target);
        if (!el) return 0;
        const css = getComputedStyle(el);
        const svg = el instanceof SVGElement;
        const m = /rgba?\(([^)]+)\)/.exec(svg ? css.fill : css.color);
        if (!m) return 0;
        const [r, g, bl, alpha = 1] = m[1]!
          .split(/[\s,/]+/)
          .filter(Boolean)
          .map(Number);
        let opacity = alpha;
        for (let e: Element | null = el; e; e = e.parentElement)
          opacity *= Number(getComputedStyle(e).opacity);
        // The boxes of the element's own text (a child element with text is a node of its
        // own), or the element's box when it has none (a file input's button).
        const own = [...el.childNodes].flatMap((c) => {
          if (c.nodeType !== Node.TEXT_NODE || !c.textContent?.trim()) return [];
          const range = document.createRange();
          range.selectNodeContents(c);
          return [...range.getClientRects()];
        });
        const boxes = own.length ? own : [el.getBoundingClientRect()];
        // Each cut to the part on screen: inside the viewport and every box that clips it.
        const clips: DOMRect[] = [];
        for (let e = el.parentElement; e; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.overflowX !== 'visible' || s.overflowY !== 'visible')
            clips.push(e.getBoundingClientRect());
        }
        let worst = Infinity;
        for (const box of boxes) {
          let [x0, y0, x1, y1] = [
            Math.max(box.left, 0),
            Math.max(box.top, 0),
            Math.min(box.right, A.w),
            Math.min(box.bottom, A.h),
          ];
          for (const c of clips)
            [x0, y0, x1, y1] = [
              Math.max(x0, c.left),
              Math.max(y0, c.top),
              Math.min(x1, c.right),
              Math.min(y1, c.bottom),
            ];
          for (let y = Math.ceil(y0); y < Math.floor(y1); y++)
            for (let x = Math.ceil(x0); x < Math.floor(x1); x++) {
              const i = (y * A.w + x) * 4;
              const d =
                Math.abs(A.px[i]! - B.px[i]!) +
                Math.abs(A.px[i + 1]! - B.px[i + 1]!) +
                Math.abs(A.px[i + 2]! - B.px[i + 2]!);
              if (d < 24) continue;
              // The text's colour laid over the background under this glyph pixel.
              const under = [B.px[i]!, B.px[i + 1]!, B.px[i + 2]!];
              const fg = [r!, g!, bl!].map((v, k) => v * opacity + under[k]! * (1 - opacity));
              const [l1, l2] = [lum(fg[0]!, fg[1]!, fg[2]!), lum(under[0]!, under[1]!, under[2]!)];
              worst = Math.min(worst, (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05));
            }
        }
        return Number.isFinite(worst) ? Math.round(worst * 100) / 100 : 0;
      });
    },
    [shown, hidden, targets] as const,
  );
}

/** The scroll positions of the page and of every scrolled box, to put back after the review. */
function saveScroll(page: Page) {
  return page.evaluateHandle(() => {
    const saved = [document.scrollingElement!, ...document.querySelectorAll('*')]
      .filter((e) => e.scrollTop || e.scrollLeft)
      .map((e) => [e, e.scrollTop, e.scrollLeft] as const);
    return () => saved.forEach(([e, t, l]) => e.scrollTo(l, t));
  });
}

/**
 * Scrolls, in every scrolled box that holds one of the targets, the first of them to the box's
 * middle, and the page to the first target off the screen (near its top): one round brings a target of each box
 * on screen at once.
 */
function bringIntoView(page: Page, targets: string[]) {
  return page.evaluate((targets) => {
    const page = document.scrollingElement!;
    const scrolls = (e: Element) => {
      const s = getComputedStyle(e);
      return (
        (/auto|scroll/.test(s.overflowY) && e.scrollHeight > e.clientHeight) ||
        (/auto|scroll/.test(s.overflowX) && e.scrollWidth > e.clientWidth)
      );
    };
    const done = new Set<Element>();
    const els = targets.flatMap((t) => document.querySelector(t) ?? []);
    for (const el of els)
      for (let box = el.parentElement; box && box !== page; box = box.parentElement) {
        if (!scrolls(box) || done.has(box)) continue;
        done.add(box);
        const [r, c] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
        box.scrollTop += r.top + r.height / 2 - (c.top + c.height / 2);
        box.scrollLeft += r.left + r.width / 2 - (c.left + c.width / 2);
      }
    // One off the screen, or else one on it but under something fixed (a sheet).
    const off =
      els.find((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom <= 0 || r.top >= innerHeight;
      }) ?? els[0];
    if (off) {
      const r = off.getBoundingClientRect();
      // Near the top: a sheet or a bar fixed to the bottom of a phone's screen stays clear.
      page.scrollTop += r.top - innerHeight / 5;
    }
  }, targets);
}

/** Reviews every node axe left undecided in `r`, on `page` as it is now. */
export async function review(page: Page, r: AxeResults): Promise<Verdict[]> {
  const nodes = undecided(r);
  const where = await classify(page, nodes);
  const verdicts: Verdict[] = nodes.map((n, k) => ({
    rule: n.rule,
    target: n.target,
    within: where[k]!.within,
  }));
  // Contrast: measured where the text is; a node scrolled out of its box is scrolled in.
  const contrast = nodes.flatMap((n, k) =>
    n.rule === 'color-contrast' && where[k]!.within ? [k] : [],
  );
  for (const k of contrast) {
    const symbol = nodes[k]!.messageKey === 'nonBmp' || where[k]!.symbol;
    verdicts[k]!.needs = nodes[k]!.large || symbol ? 3 : 4.5;
  }
  const restore = await saveScroll(page);
  let left = contrast;
  for (let round = 0; left.length && round < 12; round++) {
    if (round > 0) await bringIntoView(page, [...new Set(left.map((k) => nodes[k]!.target))]);
    const ratios = await measure(
      page,
      left.map((k) => nodes[k]!.target),
    );
    left.forEach((k, i) => (verdicts[k]!.ratio = ratios[i]));
    left = left.filter((_, i) => ratios[i] === 0);
  }
  await restore.evaluate((f) => f());
  for (const [k, v] of verdicts.entries()) {
    if (!v.within) v.fails = 'not reviewed';
    else if (v.needs !== undefined && !(v.ratio! >= v.needs))
      v.fails = v.ratio ? `contrast ${v.ratio}:1 < ${v.needs}:1` : 'no glyph on screen to measure';
    else if (v.rule === 'label-content-name-mismatch' && !where[k]!.symbol)
      v.fails = 'the visible label is text, not a symbol';
  }
  return verdicts;
}
