import { describe, expect, it } from 'vitest';
import { advance, endWindow, follow, SPEED_MS, startWindow, stepForward } from './playback';

const DAY = 86_400_000;
const E: [number, number] = [0, 100 * DAY];
const slide = { speed: 'day', mode: 'slide', loop: false } as const;
const grow = { speed: 'week', mode: 'grow', loop: false } as const;

describe('startWindow', () => {
  it('slides a window as wide as the current one, from where it starts', () => {
    expect(startWindow([10 * DAY, 13 * DAY], E, slide)).toEqual([10 * DAY, 13 * DAY]);
  });
  it('slides a one-step window from the start when there is none', () => {
    expect(startWindow(null, E, slide)).toEqual([0, DAY]);
  });
  it('starts again from the start when the current window touches the end', () => {
    expect(startWindow([97 * DAY, 100 * DAY], E, slide)).toEqual([0, 3 * DAY]);
  });
  it('ignores a current window as wide as the extent', () => {
    expect(startWindow([-DAY, 200 * DAY], E, slide)).toEqual([0, DAY]);
  });
  it('grows from the start, one step wide', () => {
    expect(startWindow(null, E, grow)).toEqual([0, 7 * DAY]);
  });
  it('resumes a growing window that starts at the start', () => {
    expect(startWindow([0, 20 * DAY], E, grow)).toEqual([0, 20 * DAY]);
  });
  it('never leaves a short extent', () => {
    expect(startWindow(null, [0, DAY / 2], { speed: 'month', mode: 'slide' })).toEqual([
      0,
      DAY / 2,
    ]);
  });
});

describe('advance', () => {
  it('moves both ends by the speed times the seconds when sliding', () => {
    expect(advance([0, 3 * DAY], 0.5, E, slide)).toEqual({
      window: [DAY / 2, 3.5 * DAY],
      done: false,
    });
  });
  it('moves only the end when growing', () => {
    expect(advance([0, 7 * DAY], 2, E, grow)).toEqual({ window: [0, 21 * DAY], done: false });
  });
  it('stops at the end of the extent, then says it is done', () => {
    const last = advance([95 * DAY, 98 * DAY], 5, E, slide);
    expect(last).toEqual({ window: [97 * DAY, 100 * DAY], done: false });
    expect(advance(last.window, 1, E, slide)).toEqual({
      window: [97 * DAY, 100 * DAY],
      done: true,
    });
  });
  it('loops back to the start', () => {
    expect(advance([97 * DAY, 100 * DAY], 1, E, { ...slide, loop: true })).toEqual({
      window: [0, DAY],
      done: false,
    });
  });
  it('a month a second is a mean month', () => {
    expect(SPEED_MS.month).toBeCloseTo((365.2425 / 12) * DAY);
    expect(advance([0, DAY], 0, [0, 1e12], { ...slide, speed: 'month' }).window).toEqual([0, DAY]);
  });
  it('a step is a second', () => {
    expect(stepForward([0, DAY], E, slide)).toEqual(advance([0, DAY], 1, E, slide));
  });
});

describe('endWindow', () => {
  it('is the whole extent when growing', () => {
    expect(endWindow(E, grow)).toEqual(E);
  });
  it('is one step (or the given width) at the end when sliding', () => {
    expect(endWindow(E, slide)).toEqual([99 * DAY, 100 * DAY]);
    expect(endWindow(E, slide, 10 * DAY)).toEqual([90 * DAY, 100 * DAY]);
  });
});

describe('follow', () => {
  it('keeps a view that shows the played window', () => {
    expect(follow([0, 10], [2, 5])).toEqual([0, 10]);
  });
  it('pans a view the window leaves, keeping its width', () => {
    expect(follow([0, 10], [8, 12])).toEqual([2, 12]);
    expect(follow([5, 15], [0, 3])).toEqual([0, 10]);
  });
  it('widens to a window wider than the view', () => {
    expect(follow([0, 10], [0, 30])).toEqual([0, 30]);
  });
});

describe('startWindow from what the timeline shows', () => {
  it('starts at `from` when there is no window and it lies within the extent', () => {
    expect(startWindow(null, E, slide, 40 * DAY)).toEqual([40 * DAY, 41 * DAY]);
    expect(startWindow(null, E, grow, 40 * DAY)).toEqual([40 * DAY, 47 * DAY]);
  });
  it('starts at the extent start when `from` is outside it', () => {
    expect(startWindow(null, E, slide, -5 * DAY)).toEqual([0, DAY]);
  });
});
