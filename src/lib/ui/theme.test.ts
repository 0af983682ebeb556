/**
 * Every text colour of every theme against every background it is drawn on: 4.5:1 or more (WCAG
 * 1.4.3), read from the stylesheets themselves so that a new shade cannot slip below it.
 */
import { describe, expect, it } from 'vitest';
import { contrast, tokens } from '../../../tests/support/contrast';

const APP = 'src/app.css';
const PRESENT = 'src/lib/present/Presentation.svelte';
const TIMELINE = 'src/lib/timeline/Timeline.svelte';

const TEXT = ['--fg', '--muted', '--muted-strong', '--link', '--error'];
const BACKGROUNDS = ['--bg', '--panel', '--hover', '--selected-bg', '--notice-bg'];

function pairs(theme: Record<string, string>) {
  const out: [string, string, number][] = [];
  for (const fg of TEXT)
    for (const bg of BACKGROUNDS) {
      // A projector theme draws its own backgrounds; ones it does not set are not used there.
      if (!(bg in theme)) continue;
      // Every theme sets every text colour: a projector's may differ from the OS's scheme.
      expect(theme, `${fg} is not set`).toHaveProperty([fg]);
      out.push([
        `${fg} on ${bg}`,
        `${theme[fg]} on ${theme[bg]}`,
        contrast(theme[fg]!, theme[bg]!),
      ]);
    }
  return out;
}

function expectReadable(list: [string, string, number][]) {
  expect(list.length).toBeGreaterThan(0);
  const low = list.filter(([, , r]) => r < 4.5).map(([k, v, r]) => `${k}: ${v} = ${r.toFixed(2)}`);
  expect(low).toEqual([]);
}

describe('theme contrast', () => {
  const light = tokens(APP, ':root');
  const dark = tokens(APP, '  :root');

  it('measures as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('rgb(0 0 0 / 0.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#ffffff'), 1);
  });

  it('the explorer, light and dark', () => {
    expectReadable(pairs(light));
    expectReadable(pairs(dark));
  });

  it('the projector, light and dark', () => {
    expectReadable(pairs(tokens(PRESENT, ".presentation[data-theme='light']")));
    expectReadable(pairs(tokens(PRESENT, ".presentation[data-theme='dark']")));
  });

  it('the timeline, on the page and on the projector, light and dark', () => {
    for (const [scheme, page, projector] of [
      ['light', light, '#ffffff'],
      ['dark', dark, '#000000'],
    ] as const) {
      const tl = tokens(TIMELINE, `.timeline[data-theme='${scheme}']`);
      const list: [string, string, number][] = [];
      for (const fg of ['--tl-fg', '--tl-fg-soft', '--tl-fg-muted', '--tl-accent'])
        for (const bg of [tl['--tl-bg-solid']!, tl['--tl-control']!, page['--bg']!, projector])
          list.push([`${scheme} ${fg}`, `${tl[fg]} on ${bg}`, contrast(tl[fg]!, bg)]);
      list.push([
        `${scheme} --tl-on-accent`,
        `${tl['--tl-on-accent']} on ${tl['--tl-accent']}`,
        contrast(tl['--tl-on-accent']!, tl['--tl-accent']!),
      ]);
      expectReadable(list);
    }
  });
});
