import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import WithApp from '../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../tests/support/app';
import type { Narrative } from '../model/schema';
import NarrativeBrief from './NarrativeBrief.svelte';

const narrative: Narrative = {
  id: 'two-views',
  title: 'Two views',
  steps: [
    {
      id: 'almaty',
      title: 'Almaty',
      text: 'Close in.',
      events: ['a'],
      map: { bounds: [76.5, 43, 77.3, 43.5] },
    },
    {
      id: 'region',
      title: 'The region',
      text: 'Further out.',
      events: ['a'],
      map: { center: [80, 42], zoom: 4 },
    },
    { id: 'none', title: 'No view', text: 'The events frame it.', events: ['a'] },
  ],
};

describe('NarrativeBrief', () => {
  it("frames each step's map on the view the step saved, not the same frame for all", () => {
    const app = makeApp();
    const { container } = render(WithApp, {
      app,
      component: NarrativeBrief,
      componentProps: { narrative },
    });
    flushSync();
    const frames = [...container.querySelectorAll('.step svg.brief-map')].map((svg) =>
      svg.getAttribute('data-frame')!.split(',').map(Number),
    );
    expect(frames).toHaveLength(3);
    // The rectangle saved, as it was.
    expect(frames[0]).toEqual([76.5, 43, 77.3, 43.5]);
    // A camera: centred where it was, much wider than the first.
    const [w, s, e, n] = frames[1]!;
    expect((w! + e!) / 2).toBeCloseTo(80, 1);
    expect(s!).toBeLessThan(42);
    expect(n!).toBeGreaterThan(42);
    expect(e! - w!).toBeGreaterThan(20);
    // No view saved: the frame of its events, around Almaty.
    expect(new Set(frames.map((f) => f.join(','))).size).toBe(3);
  });
});
