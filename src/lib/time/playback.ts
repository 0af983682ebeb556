/**
 * Time played: the brushed window moved through the data at a chosen speed, as a pure model.
 * Given the current window, the speed, the mode and the extent played through, it says what the
 * next window is, and whether playback has reached the end. Sliding keeps the window's width and
 * moves both ends; growing keeps the start and moves the end. A step is one second of playback;
 * with reduced motion the player takes whole steps once a second instead of animating.
 */

const DAY = 86_400_000;

/** How much data time passes in a second of playback. */
export const PLAY_SPEEDS = ['day', 'week', 'month'] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
/** Slide a window of fixed width, or grow a window from the start. */
export const PLAY_MODES = ['slide', 'grow'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

/** Data ms per second of playback (a month: a mean Gregorian month). */
export const SPEED_MS: Record<PlaySpeed, number> = {
  day: DAY,
  week: 7 * DAY,
  month: 30.436875 * DAY,
};

export interface PlaySettings {
  speed: PlaySpeed;
  mode: PlayMode;
  /** Start again from the beginning on reaching the end. */
  loop: boolean;
}

export type Range = readonly [number, number];

export interface Frame {
  window: [number, number];
  /** The end of the extent was reached (and not looped): playback stops here. */
  done: boolean;
}

/**
 * The window playback starts from. Sliding keeps the width of the current window when there is
 * one narrower than the extent (a day when none), starting where the current window starts if it
 * lies within the extent and does not already touch its end, else at `from` (the start of what
 * the timeline shows, say) when that is within the extent, else at the extent's start. Growing
 * starts with one step's worth from the same place, or grows the current window from its start.
 */
export function startWindow(
  current: Range | null,
  extent: Range,
  { speed, mode }: Pick<PlaySettings, 'speed' | 'mode'>,
  from?: number,
): [number, number] {
  const [e0, e1] = extent;
  const span = Math.max(e1 - e0, 1);
  const step = Math.min(SPEED_MS[speed], span);
  const inside = (t: number | undefined): t is number => t !== undefined && t >= e0 && t < e1;
  if (mode === 'grow') {
    if (current && inside(current[0]) && current[1] < e1) return [current[0], current[1]];
    const a = !current && inside(from) ? from : e0;
    return [a, Math.min(a + step, e1)];
  }
  const width = current && current[1] - current[0] < span ? current[1] - current[0] : step;
  const a =
    current && inside(current[0]) && current[1] < e1 ? current[0] : inside(from) ? from : e0;
  return [a, Math.min(a + width, e1)];
}

/**
 * The window after `seconds` of playback from `current`. Past the extent's end it stops at the
 * end (done), or with `loop` starts again from the extent's start, as startWindow does.
 */
export function advance(
  current: Range,
  seconds: number,
  extent: Range,
  settings: PlaySettings,
): Frame {
  const e1 = extent[1];
  const delta = SPEED_MS[settings.speed] * Math.max(seconds, 0);
  const [a, b] = current;
  if (b >= e1) {
    if (settings.loop) return { window: startWindow(null, extent, settings), done: false };
    return { window: [a, b], done: true };
  }
  const end = Math.min(b + delta, e1);
  if (settings.mode === 'grow') return { window: [a, end], done: false };
  return { window: [end - (b - a), end], done: false };
}

/** One step (a second's worth) forward, for the step button and reduced motion. */
export function stepForward(current: Range, extent: Range, settings: PlaySettings): Frame {
  return advance(current, 1, extent, settings);
}

/** The last window of a playback, where reduced motion jumps to. */
export function endWindow(
  extent: Range,
  settings: Pick<PlaySettings, 'speed' | 'mode'>,
  width?: number,
): [number, number] {
  const [e0, e1] = extent;
  if (settings.mode === 'grow') return [e0, e1];
  const w = Math.min(width ?? SPEED_MS[settings.speed], e1 - e0);
  return [e1 - w, e1];
}

/**
 * The timeline's detail window moved so that it shows `played` (its width kept when it can):
 * playback that leaves the window in view pans it along instead.
 */
export function follow(view: Range, played: Range): [number, number] {
  const width = view[1] - view[0];
  if (played[1] - played[0] > width) return [played[0], played[1]];
  if (played[1] > view[1]) return [played[1] - width, played[1]];
  if (played[0] < view[0]) return [played[0], played[0] + width];
  return [view[0], view[1]];
}
