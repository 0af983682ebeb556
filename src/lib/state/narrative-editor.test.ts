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
  redo,
  setText,
  staleEvents,
  textFor,
  timeOfWindow,
  undo,
  updateFromView,
  type ViewSnapshot,
} from './narrative-editor';
import { stepState } from './narrative';
import { buildEventIndex } from '../filter/event-index';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';

const EMPTY: ViewSnapshot = {
  articles: [],
  categories: [],
  time: null,
  bounds: null,
  camera: null,
  selected: null,
};
const JAN: ViewSnapshot = {
  articles: [11],
  categories: ['torture'],
  time: [Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)],
  bounds: [46.123456, 40.5, 87.4, 55.5],
  camera: { center: [70, 48], zoom: 4 },
  selected: 'a',
};

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
    });
  });

  it('shows again what was captured', () => {
    const d = addStep(start(), JAN, 'January');
    const index = buildEventIndex([makeEvent('a'), makeEvent('b')], DESCRIPTION);
    const s = stepState(d.narrative.steps[1]!, index, {
      articles: [2, 3, 11],
      categories: ['torture'],
    });
    expect(s.time).toEqual(JAN.time);
    expect(s.articles).toEqual([11]);
    expect(s.events).toEqual([0]);
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
