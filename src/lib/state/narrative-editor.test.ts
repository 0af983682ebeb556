import { describe, expect, it } from 'vitest';
import { NarrativeSchema } from '../model/schema';
import {
  addStep,
  deleteStep,
  draftOf,
  duplicateStep,
  editNarrative,
  editStep,
  freeId,
  moveStep,
  narrativeFile,
  newNarrative,
  parseNarrative,
  playOfView,
  redo,
  setPlay,
  setText,
  staleEvents,
  textFor,
  timeOfWindow,
  undo,
  updateFromView,
  type Draft,
  type ViewSnapshot,
} from './narrative-editor';
import { stepState } from './narrative';
import { buildEventIndex } from '../filter/event-index';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';

const EMPTY: ViewSnapshot = {
  articles: [],
  categories: [],
  places: [],
  areas: [],
  text: '',
  brush: null,
  window: null,
  inView: false,
  bounds: null,
  camera: null,
  mapMode: 'marks',
  selected: null,
  highlighted: [],
};
const JAN: ViewSnapshot = {
  ...EMPTY,
  articles: [11],
  categories: ['torture'],
  window: [Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)],
  bounds: [46.123456, 40.5, 87.4, 55.5],
  camera: { center: [70, 48], zoom: 4 },
  selected: 'a',
};
/** Every filter the explorer has, on. */
const ALL: ViewSnapshot = {
  ...JAN,
  places: ['Almaty'],
  areas: ['KZ-ALA', 'FJ'],
  text: 'police',
  brush: [Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 8)],
  inView: true,
  mapMode: 'counts',
  highlighted: ['c', 'a'],
};

/** The narrative with text in every step, as the schema asks. */
const withText = (d: Draft) => ({
  ...d.narrative,
  steps: d.narrative.steps.map((s) => ({ ...s, text: 'Text' })),
});

const start = () => draftOf(newNarrative('mine', 'Mine', 'First', EMPTY));
const titles = (d: ReturnType<typeof start>) => d.narrative.steps.map((s) => s.title);

describe('a step from the view', () => {
  it('holds the filters, the time as inclusive dates, the map rectangle and the selection', () => {
    const d = addStep(start(), JAN, 'January');
    expect(d.narrative.steps[1]).toEqual({
      id: 'step-2',
      title: 'January',
      text: '',
      events: ['a'],
      filters: { articles: [11], categories: ['torture'] },
      time: ['2022-01-01', '2022-01-31'],
      map: { bounds: [46.1235, 40.5, 87.4, 55.5] },
      selected: 'a',
    });
  });

  it('holds every filter on screen: places, regions, text, brushed dates, only in view', () => {
    const s = addStep(start(), ALL, 'All').narrative.steps[1]!;
    expect(s.filters).toEqual({
      articles: [11],
      categories: ['torture'],
      places: ['Almaty'],
      areas: ['KZ-ALA', 'FJ'],
      text: 'police',
      time: ['2022-01-04', '2022-01-07'],
      inView: true,
    });
    // The window is the timeline's; the brushed dates are a filter of their own.
    expect(s.time).toEqual(['2022-01-01', '2022-01-31']);
    // The selected event and those highlighted, each once.
    expect(s.events).toEqual(['a', 'c']);
    expect(s.selected).toBe('a');
    // The map's counts by region, with its rectangle.
    expect(s.map).toEqual({ bounds: [46.1235, 40.5, 87.4, 55.5], mode: 'counts' });
    expect(NarrativeSchema.safeParse(withText(addStep(start(), ALL, 'All'))).success).toBe(true);
  });

  it('shows again what was captured', () => {
    const d = addStep(start(), ALL, 'All');
    const index = buildEventIndex(
      [
        makeEvent('a'),
        makeEvent('b'),
        makeEvent('c', { place: { name: 'Nur-Sultan', precision: 'city' } }),
      ],
      DESCRIPTION,
    );
    const s = stepState(d.narrative.steps[1]!, index, {
      articles: [2, 3, 11],
      categories: ['torture'],
    });
    expect(s.time).toEqual(JAN.window);
    expect(s.brush).toEqual(ALL.brush);
    expect(s.articles).toEqual([11]);
    expect(s.categories).toEqual(['torture']);
    expect(s.places).toEqual(['Almaty']);
    expect(s.areas).toEqual(['KZ-ALA', 'FJ']);
    expect(s.mapMode).toBe('counts');
    expect(s.text).toBe('police');
    expect(s.inView).toBe(true);
    expect(s.selected).toBe(0);
    expect(s.events).toEqual([0, 2]);
    expect(s.map).toEqual({ bounds: [46.1235, 40.5, 87.4, 55.5] });
  });

  it('names a selected event the dataset lacks as missing', () => {
    const d = addStep(start(), { ...EMPTY, selected: 'gone' }, 'x');
    const index = buildEventIndex([makeEvent('a')], DESCRIPTION);
    const s = stepState(d.narrative.steps[1]!, index, { articles: [], categories: [] });
    expect(s.selected).toBe(-1);
    expect(s.missing).toEqual(['gone']);
  });

  it('keeps a camera when the map gave no rectangle, and nothing it was not given', () => {
    const d = addStep(start(), { ...EMPTY, camera: { center: [70.123456, 48], zoom: 4.5 } }, 'x');
    expect(d.narrative.steps[1]).toEqual({
      id: 'step-2',
      title: 'x',
      text: '',
      events: [],
      map: { center: [70.1235, 48], zoom: 4.5 },
    });
  });

  it('widens a window of days to whole days, and writes a shorter one to the minute', () => {
    expect(timeOfWindow([Date.UTC(2022, 0, 4, 16, 48), Date.UTC(2022, 0, 8, 7, 11)])).toEqual([
      '2022-01-04',
      '2022-01-08',
    ]);
    expect(timeOfWindow([Date.UTC(2022, 0, 4, 14, 30), Date.UTC(2022, 0, 5, 9)])).toEqual([
      '2022-01-04T14:30Z',
      '2022-01-05T08:59Z',
    ]);
  });

  it('is inserted after a given step, with an id of its own', () => {
    let d = addStep(start(), EMPTY, 'B');
    d = addStep(d, EMPTY, 'between', 0);
    expect(titles(d)).toEqual(['First', 'between', 'B']);
    expect(new Set(d.narrative.steps.map((s) => s.id)).size).toBe(3);
  });

  it('updates a step from the view, keeping its words and adding the selected event', () => {
    let d = addStep(start(), JAN, 'January');
    d = editStep(d, 1, { text: 'Words', notes: 'Say this' });
    d = updateFromView(d, 1, { ...EMPTY, selected: 'b' });
    expect(d.narrative.steps[1]).toEqual({
      id: 'step-2',
      title: 'January',
      text: 'Words',
      notes: 'Say this',
      events: ['a', 'b'],
      selected: 'b',
    });
  });
});

describe('a playback step', () => {
  const week = { speed: 'week', mode: 'grow' } as const;

  it('plays the brushed dates, else the window, as whole days, at the speed and mode given', () => {
    expect(playOfView(ALL, week)).toEqual({
      from: '2022-01-04',
      to: '2022-01-07',
      speed: 'week',
      mode: 'grow',
    });
    expect(playOfView(JAN, { speed: 'day', mode: 'slide' })).toEqual({
      from: '2022-01-01',
      to: '2022-01-31',
      speed: 'day',
      mode: 'slide',
    });
    expect(playOfView(EMPTY, week)).toBeNull();
  });

  it('is set, edited, kept in order, undone and turned off', () => {
    let d = addStep(start(), JAN, 'January');
    d = setPlay(d, 1, playOfView(JAN, week));
    expect(d.narrative.steps[1]!.play).toEqual({
      from: '2022-01-01',
      to: '2022-01-31',
      speed: 'week',
      mode: 'grow',
    });
    // A start after the end moves the end with it; an end before the start moves the start.
    d = setPlay(d, 1, { ...d.narrative.steps[1]!.play!, from: '2022-02-10' });
    expect(d.narrative.steps[1]!.play).toMatchObject({ from: '2022-02-10', to: '2022-02-10' });
    d = setPlay(d, 1, { ...d.narrative.steps[1]!.play!, to: '2022-01-05' });
    expect(d.narrative.steps[1]!.play).toMatchObject({ from: '2022-01-05', to: '2022-01-05' });
    d = setPlay(d, 1, { ...d.narrative.steps[1]!.play!, speed: 'day', mode: 'slide' });
    expect(d.narrative.steps[1]!.play).toMatchObject({ speed: 'day', mode: 'slide' });
    expect(NarrativeSchema.safeParse(withText(d)).success).toBe(true);
    d = undo(d);
    expect(d.narrative.steps[1]!.play).toMatchObject({ speed: 'week', mode: 'grow' });
    d = setPlay(d, 1, null);
    expect(d.narrative.steps[1]).not.toHaveProperty('play');
    expect(undo(d).narrative.steps[1]!.play).toBeDefined();
  });

  it('is exported and read back as the same file, and played as presenting plays it', () => {
    const d = setPlay(addStep(start(), JAN, 'January'), 1, playOfView(ALL, week));
    const file = narrativeFile(withText(d));
    if ('issues' in file) throw new Error(file.issues.join('; '));
    const back = parseNarrative(file.json);
    if ('issues' in back) throw new Error(back.issues.join('; '));
    expect(back.json).toBe(file.json);
    const index = buildEventIndex([makeEvent('a')], DESCRIPTION);
    expect(
      stepState(back.narrative.steps[1]!, index, { articles: [], categories: [] }).play,
    ).toEqual({
      extent: [Date.UTC(2022, 0, 4), Date.UTC(2022, 0, 8)],
      speed: 'week',
      mode: 'grow',
    });
  });
});

describe('editing', () => {
  it('reorders, clamping the target, and leaves a no-op out of the history', () => {
    let d = addStep(addStep(start(), EMPTY, 'B'), EMPTY, 'C');
    d = moveStep(d, 2, 0);
    expect(titles(d)).toEqual(['C', 'First', 'B']);
    d = moveStep(d, 0, 99);
    expect(titles(d)).toEqual(['First', 'B', 'C']);
    const same = moveStep(d, 0, -1);
    expect(same).toBe(d);
  });

  it('duplicates a step just after it, with a new id, and deletes all but the last step', () => {
    let d = duplicateStep(start(), 0);
    expect(d.narrative.steps.map((s) => s.id)).toEqual(['step-1', 'step-1-copy']);
    expect(titles(d)).toEqual(['First', 'First']);
    d = deleteStep(d, 0);
    expect(d.narrative.steps.map((s) => s.id)).toEqual(['step-1-copy']);
    expect(deleteStep(d, 0)).toBe(d);
  });

  it('undoes and redoes every change, and a new change clears the redo', () => {
    const d0 = start();
    const d1 = addStep(d0, EMPTY, 'B');
    const d2 = moveStep(d1, 1, 0);
    const d3 = deleteStep(d2, 1);
    expect(titles(undo(d3))).toEqual(titles(d2));
    expect(titles(undo(undo(d3)))).toEqual(titles(d1));
    expect(undo(undo(undo(d3))).narrative).toEqual(d0.narrative);
    expect(undo(d0)).toBe(d0);
    const back = redo(undo(undo(d3)));
    expect(titles(back)).toEqual(titles(d2));
    expect(titles(redo(back))).toEqual(titles(d3));
    expect(redo(d3)).toBe(d3);
    expect(undo(undo(d3)).future).toHaveLength(2);
    expect(duplicateStep(undo(d3), 0).future).toEqual([]);
  });

  it('takes typing into one field as one change', () => {
    let d = start();
    for (const text of ['W', 'Wo', 'Wor', 'Word']) d = editStep(d, 0, { text }, 'text');
    d = editStep(d, 0, { notes: 'n' }, 'notes');
    d = editNarrative(d, { title: 'Min' }, 'title');
    d = editNarrative(d, { title: 'Mi' }, 'title');
    expect(d.past).toHaveLength(3);
    d = undo(d);
    expect(d.narrative.title).toBe('Mine');
    d = undo(d);
    expect(d.narrative.steps[0]!.notes).toBeUndefined();
    d = undo(d);
    expect(d.narrative.steps[0]!.text).toBe('');
  });

  it('drops an optional field set to undefined', () => {
    let d = editStep(start(), 0, { notes: 'n' });
    d = editStep(d, 0, { notes: undefined });
    expect('notes' in d.narrative.steps[0]!).toBe(false);
    d = editNarrative(d, { description: 'about' });
    d = editNarrative(d, { description: undefined });
    expect('description' in d.narrative).toBe(false);
  });

  it('edits one language of a text in several and keeps the others', () => {
    expect(setText({ en: 'a', ru: 'б' }, 'ru', 'в')).toEqual({ en: 'a', ru: 'в' });
    expect(setText('a', 'ru', 'в')).toBe('в');
    expect(textFor({ en: 'a', ru: 'б' }, 'ru')).toBe('б');
    expect(textFor({ en: 'a' }, 'ru')).toBe('a');
    expect(textFor(undefined, 'en')).toBe('');
  });

  it('finds a free id', () => {
    expect(freeId('a', [])).toBe('a');
    expect(freeId('a', ['a', 'a-2'])).toBe('a-3');
  });
});

describe('stale steps', () => {
  it('names, per step, the events the dataset does not have', () => {
    let d = start();
    d = editStep(d, 0, { events: ['a', 'gone'] });
    d = addStep(d, { ...EMPTY, selected: 'b' }, 'B');
    const has = (id: string) => id === 'a' || id === 'b';
    expect(staleEvents(d.narrative, has)).toEqual([['gone'], []]);
  });
});

describe('as a file', () => {
  it('is refused with reasons when a step has no text, and valid once written', () => {
    const d = start();
    const bad = narrativeFile(d.narrative);
    expect('issues' in bad && bad.issues).toEqual(['steps.0.text: must not be empty']);
    const ok = narrativeFile(editStep(d, 0, { text: 'Words' }).narrative);
    expect('json' in ok).toBe(true);
  });

  it('reads back what it wrote, byte for byte', () => {
    const d = editStep(addStep(start(), JAN, 'January'), 0, { text: 'W' });
    const d2 = editStep(d, 1, { text: '**Jan**', notes: 'n' });
    const out = narrativeFile(d2.narrative);
    if (!('json' in out)) throw new Error('invalid');
    const back = parseNarrative(out.json);
    if (!('json' in back)) throw new Error('invalid');
    expect(back.json).toBe(out.json);
    expect(NarrativeSchema.parse(JSON.parse(out.json))).toEqual(back.narrative);
  });

  it('says why a file is not a narrative', () => {
    expect(parseNarrative('{')).toMatchObject({ issues: [expect.any(String)] });
    expect(parseNarrative('{"id":"x","title":"t","steps":[]}')).toMatchObject({
      issues: [expect.stringContaining('steps')],
    });
  });
});
