/**
 * The playback clock: moves the brushed time window through an extent (the data's, or a narrative
 * step's from/to) frame by frame with the pure model in time/playback.ts. Each frame sets the
 * window as a brush drag step does, so the map and the timeline follow at once and the list and
 * the counts once it rests; pausing settles them. With reduced motion it takes one whole step a
 * second instead of animating. The clock (frames, timers, the reduced-motion query) is injected
 * so that tests drive it by hand.
 */
import {
  advance,
  follow,
  startWindow,
  stepForward,
  type Frame,
  type PlayMode,
  type PlaySettings,
  type PlaySpeed,
  type Range,
} from '../time/playback';

/** What the player moves: the app state's brushed time and the timeline's window. */
export interface PlayTarget {
  readonly time: [number, number] | null;
  readonly window: [number, number] | null;
  setTime(range: [number, number] | null, live?: boolean): void;
  setWindow(w: [number, number] | null): void;
}

export interface Clock {
  /** Calls back on the next frame with a time in ms; returns a handle for cancel. */
  frame(cb: (now: number) => void): () => void;
  /** Calls back after ms; returns a handle for cancel. */
  after(ms: number, cb: () => void): () => void;
  reducedMotion(): boolean;
}

const browserClock: Clock = {
  frame(cb) {
    if (typeof requestAnimationFrame !== 'function') return browserClock.after(16, () => cb(0));
    const id = requestAnimationFrame(cb);
    return () => cancelAnimationFrame(id);
  },
  after(ms, cb) {
    const id = setTimeout(cb, ms);
    return () => clearTimeout(id);
  },
  reducedMotion: () =>
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
};

/** A frame longer than this (a background tab, a long task) counts as this much playback. */
const MAX_FRAME_S = 0.25;

export class Player {
  readonly #target: PlayTarget;
  readonly #clock: Clock;
  /** The extent of the data, when nothing narrower is played. */
  readonly #dataExtent: () => Range | undefined;

  speed = $state<PlaySpeed>('week');
  mode = $state<PlayMode>('slide');
  loop = $state(false);
  #playing = $state(false);
  get playing() {
    return this.#playing;
  }
  /** The extent being played through: a narrative step's, else the data's. */
  #extent: Range | null = null;
  #cancel: (() => void) | null = null;
  #last = 0;

  constructor(target: PlayTarget, dataExtent: () => Range | undefined, clock = browserClock) {
    this.#target = target;
    this.#dataExtent = dataExtent;
    this.#clock = clock;
  }

  /** The reader asked for reduced motion: playback takes whole steps, a narrative jumps. */
  get reducedMotion(): boolean {
    return this.#clock.reducedMotion();
  }

  get #settings(): PlaySettings {
    return { speed: this.speed, mode: this.mode, loop: this.loop };
  }

  get #range(): Range | undefined {
    return this.#extent ?? this.#dataExtent();
  }

  /** Plays from the current window (or the start), through the data or through `extent`. */
  play(extent: Range | null = null, settings?: Partial<PlaySettings>): void {
    this.#stopClock();
    if (settings) Object.assign(this, settings);
    this.#extent = extent;
    const range = this.#range;
    if (!range) return;
    // Through the data, from the brushed window, else from what the timeline shows.
    const current = extent ? null : this.#target.time;
    const from = extent ? undefined : this.#target.window?.[0];
    const first = startWindow(current, range, this.#settings, from);
    this.#show(first, true);
    this.#playing = true;
    this.#last = -1;
    this.#schedule();
  }

  pause(): void {
    if (!this.#playing) return;
    this.#stopClock();
    this.#playing = false;
    this.#extent = null;
    // The list and the counts catch up with the window (a step not live).
    this.#target.setTime(this.#target.time);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** One step forward (pausing first), from the current window or the start. */
  step(): void {
    this.pause();
    const range = this.#range;
    if (!range) return;
    const time = this.#target.time;
    const frame: Frame = time
      ? stepForward(time, range, this.#settings)
      : { window: startWindow(null, range, this.#settings, this.#target.window?.[0]), done: false };
    this.#show(frame.window, false);
  }

  #show(w: [number, number], live: boolean): void {
    this.#target.setTime(w, live);
    const view = this.#target.window;
    if (view) {
      const next = follow(view, w);
      if (next[0] !== view[0] || next[1] !== view[1]) this.#target.setWindow(next);
    }
  }

  #schedule(): void {
    if (this.#clock.reducedMotion()) {
      this.#cancel = this.#clock.after(1000, () => this.#tick(1));
    } else {
      this.#cancel = this.#clock.frame((now) => {
        const seconds = this.#last < 0 ? 0 : Math.min((now - this.#last) / 1000, MAX_FRAME_S);
        this.#last = now;
        this.#tick(seconds);
      });
    }
  }

  #tick(seconds: number): void {
    this.#cancel = null;
    const range = this.#range;
    const time = this.#target.time;
    if (!range || !time) {
      this.pause();
      return;
    }
    const frame = advance(time, seconds, range, this.#settings);
    this.#show(frame.window, true);
    if (frame.done) this.pause();
    else this.#schedule();
  }

  #stopClock(): void {
    this.#cancel?.();
    this.#cancel = null;
  }
}
