import { describe, expect, it } from 'vitest';
import { Player, type Clock, type PlayTarget } from './player.svelte';

const DAY = 86_400_000;

/** A clock driven by hand: `tick(ms)` runs the pending frame or timer. */
function manualClock(reduced = false) {
  let pending: ((now: number) => void) | null = null;
  let now = 0;
  const clock: Clock = {
    frame(cb) {
      pending = cb;
      return () => (pending = null);
    },
    after(_ms, cb) {
      pending = () => cb();
      return () => (pending = null);
    },
    reducedMotion: () => reduced,
  };
  return {
    clock,
    tick(ms: number) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.(now);
    },
    get pending() {
      return pending !== null;
    },
  };
}

interface TestTarget extends PlayTarget {
  time: [number, number] | null;
  window: [number, number] | null;
  live: boolean[];
}

function target(): TestTarget {
  return {
    time: null,
    window: [0, 10 * DAY],
    live: [],
    setTime(r, live = false) {
      this.time = r;
      this.live.push(live);
    },
    setWindow(w) {
      this.window = w;
    },
  };
}

describe('Player', () => {
  it('moves the window frame by frame at its speed, and settles it on pause', () => {
    const c = manualClock();
    const t = target();
    const p = new Player(t, () => [0, 100 * DAY], c.clock);
    p.speed = 'day';
    p.play();
    expect(p.playing).toBe(true);
    expect(t.time).toEqual([0, DAY]);
    c.tick(16); // first frame: no time elapsed yet
    c.tick(250);
    c.tick(250);
    expect(t.time).toEqual([DAY / 2, 1.5 * DAY]);
    c.tick(5000); // a long frame counts as a quarter of a second
    expect(t.time).toEqual([0.75 * DAY, 1.75 * DAY]);
    p.pause();
    expect(p.playing).toBe(false);
    expect(c.pending).toBe(false);
    expect(t.live.at(-1)).toBe(false);
    expect(t.live.slice(0, -1).every(Boolean)).toBe(true);
  });

  it('stops at the end of the data unless it loops', () => {
    const c = manualClock();
    const t = target();
    const p = new Player(t, () => [0, 3 * DAY], c.clock);
    p.speed = 'day';
    p.play();
    for (let k = 0; k < 30; k++) c.tick(200);
    expect(t.time).toEqual([2 * DAY, 3 * DAY]);
    expect(p.playing).toBe(false);
    p.loop = true;
    p.play();
    for (let k = 0; k < 30; k++) c.tick(200);
    expect(p.playing).toBe(true);
    p.pause();
  });

  it('pans the timeline along with the window', () => {
    const c = manualClock();
    const t = target();
    const p = new Player(t, () => [0, 100 * DAY], c.clock);
    p.speed = 'week';
    p.play();
    c.tick(0);
    for (let k = 0; k < 8; k++) c.tick(250);
    expect(t.time).toEqual([14 * DAY, 21 * DAY]);
    expect(t.window).toEqual([11 * DAY, 21 * DAY]);
    p.pause();
  });

  it('steps a second at a time, paused', () => {
    const c = manualClock();
    const t = target();
    const p = new Player(t, () => [0, 100 * DAY], c.clock);
    p.mode = 'grow';
    p.speed = 'day';
    p.step();
    expect(t.time).toEqual([0, DAY]);
    p.step();
    expect(t.time).toEqual([0, 2 * DAY]);
    expect(p.playing).toBe(false);
  });

  it('with reduced motion, takes a whole step a second', () => {
    const c = manualClock(true);
    const t = target();
    const p = new Player(t, () => [0, 100 * DAY], c.clock);
    p.speed = 'day';
    p.play([10 * DAY, 20 * DAY], { mode: 'grow' });
    expect(t.time).toEqual([10 * DAY, 11 * DAY]);
    c.tick(1000);
    expect(t.time).toEqual([10 * DAY, 12 * DAY]);
    expect(p.reducedMotion).toBe(true);
    p.pause();
  });

  it('does nothing without data', () => {
    const c = manualClock();
    const t = target();
    const p = new Player(t, () => undefined, c.clock);
    p.play();
    expect(p.playing).toBe(false);
    expect(t.time).toBeNull();
  });
});
