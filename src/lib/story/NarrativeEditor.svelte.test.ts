import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import WithApp from '../../../tests/support/WithApp.svelte';
import { makeApp } from '../../../tests/support/app';
import { loadNarratives } from '../data/narratives/store';
import NarrativeEditor from './NarrativeEditor.svelte';

const stepTitles = () =>
  within(screen.getByRole('list', { name: 'Steps' }))
    .getAllByRole('button')
    .map((b) => b.querySelector('.step-title')!.textContent);

describe('NarrativeEditor', () => {
  it('writes a narrative from the view, previews its text, moves a step by keyboard and undoes', async () => {
    const app = makeApp();
    app.toggleArticle(11);
    app.selectById('a');
    const onclose = vi.fn();
    render(WithApp, { app, component: NarrativeEditor, componentProps: { onclose } });
    await fireEvent.click(screen.getByRole('button', { name: 'New narrative from this view' }));
    flushSync();
    expect(app.written).toHaveLength(1);
    expect(app.narratives.map((n) => n.id)).toEqual(['narrative-1']);
    expect(app.written[0]!.steps[0]).toMatchObject({
      events: ['a'],
      filters: { articles: [11] },
    });

    await fireEvent.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    flushSync();
    expect(stepTitles()).toEqual(['Step 1', 'Step 2']);
    // The new step is the one in the form.
    await fireEvent.input(screen.getByLabelText('Title', { selector: '.step input' }), {
      target: { value: 'Second' },
    });
    await fireEvent.input(screen.getByLabelText(/^Text/), { target: { value: 'Some **bold**' } });
    flushSync();
    expect(
      screen.getByRole('group', { name: 'Preview' }).querySelector('strong')?.textContent,
    ).toBe('bold');
    expect(stepTitles()).toEqual(['Step 1', 'Second']);

    // Alt+ArrowUp on the step moves it, and says so.
    const second = screen.getAllByRole('button', { current: 'step' })[0]!;
    await fireEvent.keyDown(second, { key: 'ArrowUp', altKey: true });
    flushSync();
    expect(stepTitles()).toEqual(['Second', 'Step 1']);
    await tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('status').textContent).toBe('Step moved to position 1 of 2');

    // Undo takes back the move, then the typing (one change per field), and redo returns.
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    flushSync();
    expect(stepTitles()).toEqual(['Step 1', 'Second']);
    await fireEvent.keyDown(screen.getByRole('region', { name: 'Narrative editor' }), {
      key: 'z',
      ctrlKey: true,
    });
    flushSync();
    expect(app.written[0]!.steps[1]!.text).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    flushSync();
    expect(app.written[0]!.steps[1]!.text).toBe('Some **bold**');

    // A step dragged onto another takes its place.
    const items = () => screen.getByRole('list', { name: 'Steps' }).querySelectorAll('li');
    await fireEvent.dragStart(items()[1]!);
    await fireEvent.dragOver(items()[0]!);
    await fireEvent.drop(items()[0]!);
    flushSync();
    expect(stepTitles()).toEqual(['Second', 'Step 1']);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    flushSync();
    expect(stepTitles()).toEqual(['Step 1', 'Second']);

    // Kept in the browser with the dataset (once the writes queued before it are done: on a
    // loaded machine that is more than a few milliseconds).
    await vi.waitFor(
      async () =>
        expect((await loadNarratives('test'))[0]?.steps.map((s) => s.title)).toEqual([
          'Step 1',
          'Second',
        ]),
      { timeout: 5000 },
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Close the narrative editor' }));
    expect(onclose).toHaveBeenCalled();
  }, 30_000);

  it('flags a step that names events the dataset does not have', () => {
    const app = makeApp();
    app.setWritten([
      {
        id: 'old',
        title: 'Old',
        steps: [
          { id: 's1', title: 'Fine', text: 'T', events: ['a'] },
          { id: 's2', title: 'Stale', text: 'T', events: ['a', 'gone'] },
        ],
      },
    ]);
    render(WithApp, { app, component: NarrativeEditor, componentProps: { onclose: () => {} } });
    const flags = screen.getAllByTestId('stale-flag');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.textContent).toContain('1 event not in this dataset');
    expect(flags[0]!.closest('li')?.getAttribute('data-step-id')).toBe('s2');
  });

  it('makes a step a playback from one date to another, from the dates on screen', async () => {
    const app = makeApp();
    app.setWindow([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    app.setTime([Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 8)]);
    render(WithApp, { app, component: NarrativeEditor, componentProps: { onclose: vi.fn() } });
    await fireEvent.click(screen.getByRole('button', { name: 'New narrative from this view' }));
    flushSync();
    const play = screen.getByRole('group', { name: 'Playback' });
    await fireEvent.click(within(play).getByRole('checkbox', { name: /^Play time in this step/ }));
    flushSync();
    // The brushed dates, written in the interface language's order (English: day first).
    const from = within(play).getByRole('textbox', { name: 'Play from' });
    const to = within(play).getByRole('textbox', { name: 'Play until' });
    expect([(from as HTMLInputElement).value, (to as HTMLInputElement).value]).toEqual([
      '04/01/2022',
      '07/01/2022',
    ]);
    expect(app.written[0]!.steps[0]!.play).toEqual({
      from: '2022-01-04',
      to: '2022-01-07',
      speed: 'week',
      mode: 'slide',
    });
    await fireEvent.input(to, { target: { value: '20/01/2022' } });
    await fireEvent.change(within(play).getByRole('combobox', { name: 'Speed' }), {
      target: { value: 'day' },
    });
    await fireEvent.change(within(play).getByRole('combobox', { name: 'Window' }), {
      target: { value: 'grow' },
    });
    flushSync();
    expect(app.written[0]!.steps[0]!.play).toEqual({
      from: '2022-01-04',
      to: '2022-01-20',
      speed: 'day',
      mode: 'grow',
    });
    expect(screen.getByTestId('step-shows').textContent).toContain('time played');
    // Kept in the browser as it is on screen.
    await vi.waitFor(
      async () =>
        expect((await loadNarratives(app.description!.id))[0]!.steps[0]!.play?.to).toBe(
          '2022-01-20',
        ),
      { timeout: 5000 },
    );
    await fireEvent.click(within(play).getByRole('checkbox', { name: /^Play time in this step/ }));
    flushSync();
    expect(app.written[0]!.steps[0]).not.toHaveProperty('play');
    expect(within(play).queryByRole('textbox')).toBeNull();
  });
});
