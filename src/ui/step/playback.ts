/**
 * Playback timing as pure functions. The loop runs on requestAnimationFrame
 * and calls `nextStep` each frame; the due time of the next cell advances by
 * exactly one interval from the previous due time (not from "now"), so frame
 * jitter does not add up into drift the way chained setInterval/setTimeout
 * delays do.
 */

/** Speed limits of the speed slider, output cells per second. */
export const SPEED = { min: 1, max: 30 } as const;
/** With `prefers-reduced-motion: reduce`, at most this many discrete steps per second. */
export const REDUCED_MOTION_MAX_SPEED = 2;
/** While playing, the live region speaks at most once per this many ms (screen readers queue every change). */
export const ANNOUNCE_EVERY_MS = 1000;

/** The speed playback really runs at: the user's, clamped to the slider range and to 2/s under reduced motion. */
export function playbackRate(speed: number, reducedMotion: boolean): number {
  const s = Math.min(Math.max(Number.isFinite(speed) ? speed : SPEED.min, SPEED.min), SPEED.max);
  return reducedMotion ? Math.min(s, REDUCED_MOTION_MAX_SPEED) : s;
}

/**
 * A frame this close before the due time counts as on time: at 30 cells/s on
 * a 60 Hz display the due time and every other frame coincide, and float
 * rounding must not push the step to the frame after (a visible hitch).
 */
const EARLY_MS = 1;

export interface Tick {
  /** The step to show now (unchanged when no cell is due yet). */
  readonly index: number;
  /** The due time `index` was shown for; pass it back as `last` next frame. */
  readonly last: number;
  /** True when `index` is the last cell: playback stops here. */
  readonly done: boolean;
}

/**
 * One frame of playback at `speed` cells per second: `now` and `last` in ms
 * (requestAnimationFrame time), `index` the current step of `count` cells.
 * Advances at most one cell per frame; when the loop fell behind by more than
 * an interval (a background tab, a long frame), it restarts its clock at
 * `now` instead of racing through the missed cells.
 */
export function nextStep(now: number, last: number, speed: number, index: number, count: number): Tick {
  const end = Math.max(0, count - 1);
  if (index >= end) return { index: end, last, done: true };
  const interval = 1000 / speed;
  if (now - last < interval - EARLY_MS) return { index, last, done: false };
  const next = index + 1;
  return { index: next, last: now - last >= 2 * interval ? now : last + interval, done: next >= end };
}

/** The step Play starts from: the current one, or the first when playback had reached the end. */
export function playStart(index: number, count: number): number {
  return index >= count - 1 ? 0 : index;
}

/**
 * How long to wait before the live region may speak (0 = now): at once when
 * paused (the reader asked for this cell), else no sooner than
 * `ANNOUNCE_EVERY_MS` after the last announcement.
 */
export function announceDelay(now: number, lastAnnounced: number, playing: boolean): number {
  if (!playing) return 0;
  return Math.max(0, lastAnnounced + ANNOUNCE_EVERY_MS - now);
}
