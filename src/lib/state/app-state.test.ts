import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { makeApp } from '../../../tests/support/app';
import { decodeUrl } from './url';

describe('AppState', () => {
  it('restores the explorer’s filters, window and selection on leaving a presentation', () => {
    const app = makeApp();
    app.open(
      {
        ...app.dataset!,
        narratives: [
          {
            id: 'n',
            title: 'Story',
            steps: [
              { id: 's1', title: 'One', text: 'T', events: ['c'], filters: { articles: [3] } },
            ],
          },
        ],
      },
      null,
    );
    app.toggleArticle(2);
    app.toggleCategory('torture');
    app.setText('beaten');
    app.setTime([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 31)]);
    app.setWindow([Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1)]);
    app.selectById('b');
    flushSync();
    expect(app.visible.count).toBe(1);

    app.enterPresentation('n');
    flushSync();
    expect(app.articles).toEqual([3]);
    expect(app.text).toBe('');
    expect(app.selected).toBe(-1);
    expect(app.currentStep?.step.id).toBe('s1');
    expect([...app.highlight!]).toEqual([...app.currentStep!.highlight]);
    expect(app.index.ids[app.currentStep!.events[0]!]).toBe('c');

    app.leavePresentation();
    flushSync();
    expect(app.articles).toEqual([2]);
    expect(app.currentStep).toBeNull();
    expect(app.highlight).toBeNull();
    expect(app.stepMarker).toBeNull();
    expect(app.categories).toEqual(['torture']);
    expect(app.text).toBe('beaten');
    expect(app.time).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 31)]);
    expect(app.window).toEqual([Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1)]);
    expect(app.index.ids[app.selected]).toBe('b');
    expect(app.visible.count).toBe(1);
  });

  it('keeps the presenter’s window the presenter’s when it follows another narrative', () => {
    const app = makeApp();
    const step = { id: 's1', title: 'One', text: 'T', events: ['c'] };
    app.open(
      {
        ...app.dataset!,
        narratives: [
          { id: 'n', title: 'Story', steps: [step] },
          { id: 'm', title: 'Other', steps: [step, { ...step, id: 's2' }] },
        ],
      },
      decodeUrl('http://127.0.0.1/#view=presenter&n=n'),
    );
    expect(app.view).toBe('presenter');
    app.enterPresentation('m', 2);
    expect(app.view).toBe('presenter');
    expect(app.narrative).toBe('m');
    expect(app.step).toBe(2);
  });

  it('applies a link, leaving out what the dataset does not know and saying so', () => {
    const app = makeApp();
    app.applyUrlState(
      decodeUrl('http://127.0.0.1/#a=2,16&c=protest,nope&p=Almaty|Nowhere&q=x&inview=1&sel=gone'),
    );
    expect(app.articles).toEqual([2]);
    expect(app.categories).toEqual(['protest']);
    expect(app.places).toEqual(['Almaty']);
    expect(app.text).toBe('x');
    expect(app.inView).toBe(true);
    expect(app.selected).toBe(-1);
    expect(app.notices.map((n) => n.key)).toEqual(['notice.articles', 'notice.selected']);
  });

  it('during a brush drag updates the map’s set at once, the list and counts once it rests', () => {
    vi.useFakeTimers();
    try {
      const app = makeApp();
      const day6: [number, number] = [Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 7)];
      app.setTime(day6, true);
      flushSync();
      const inWindow = app.ordered.map((i) => app.index.ids[i]);
      expect(inWindow).toContain('b');
      expect(app.visible.count).toBe(inWindow.length);
      expect(inWindow.length).toBeLessThan(3);
      // The list and the counts still show the set from before the drag…
      expect(app.listed).toHaveLength(3);
      expect([...app.counts.categories.values()].reduce((a, b) => a + b)).toBe(3);
      // …until the pointer rests.
      vi.advanceTimersByTime(150);
      flushSync();
      expect(app.listed.map((i) => app.index.ids[i])).toEqual(inWindow);
      expect([...app.counts.categories.values()].reduce((a, b) => a + b)).toBe(inWindow.length);
      // The drag's end, typed dates or a link apply at once.
      app.setTime(null);
      flushSync();
      expect(app.listed).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
