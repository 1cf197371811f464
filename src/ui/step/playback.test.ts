import { describe, expect, it } from 'vitest';
import { ANNOUNCE_EVERY_MS, announceDelay, nextStep, playbackRate, playStart } from './playback';

describe('nextStep', () => {
  it('holds the cell until one interval (less 1 ms) has passed (4 cells/s = 250 ms)', () => {
    expect(nextStep(1248, 1000, 4, 3, 25)).toEqual({ index: 3, last: 1000, done: false });
    expect(nextStep(1249.5, 1000, 4, 3, 25)).toEqual({ index: 4, last: 1250, done: false }); // within 1 ms counts as due
    expect(nextStep(1250, 1000, 4, 3, 25)).toEqual({ index: 4, last: 1250, done: false });
  });
  it('advances the due time by the interval, not to the frame time (no drift)', () => {
    expect(nextStep(1266, 1000, 4, 3, 25)).toEqual({ index: 4, last: 1250, done: false });
  });
  it('after a stall of two intervals or more, moves one cell and restarts the clock at now', () => {
    expect(nextStep(5000, 1000, 4, 3, 25)).toEqual({ index: 4, last: 5000, done: false });
  });
  it('is done on reaching the last cell, and stays there', () => {
    expect(nextStep(1250, 1000, 4, 23, 25)).toEqual({ index: 24, last: 1250, done: true });
    expect(nextStep(9999, 1000, 4, 24, 25)).toMatchObject({ index: 24, done: true });
    expect(nextStep(0, 0, 4, 0, 1)).toMatchObject({ index: 0, done: true });
  });
  it('over 10 s of jittery 60 Hz frames at 4/s, shows exactly floor(elapsed/250) cells', () => {
    let seed = 7;
    const jitter = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 8;
    const start = 1000;
    let last = start;
    let index = 0;
    let now = start;
    for (let frame = 1; frame <= 600; frame++) {
      now = start + frame * (1000 / 60) + jitter();
      const t = nextStep(now, last, 4, index, 1000);
      [index, last] = [t.index, t.last];
    }
    expect(index).toBe(Math.floor((now - start) / 250));
    // A loop that restarted its clock at each frame would lose ~a frame per cell.
    expect(index).toBeGreaterThanOrEqual(39);
  });
  it('at 30 cells/s on 60 Hz frames, a cell every other frame', () => {
    let last = 0;
    let index = 0;
    for (let frame = 1; frame <= 60; frame++) {
      const t = nextStep((frame * 1000) / 60, last, 30, index, 1000);
      [index, last] = [t.index, t.last];
    }
    expect(index).toBe(30);
  });
});

describe('playbackRate', () => {
  it('clamps to 1..30 and to 2/s under reduced motion', () => {
    expect(playbackRate(4, false)).toBe(4);
    expect(playbackRate(4, true)).toBe(2);
    expect(playbackRate(1, true)).toBe(1);
    expect(playbackRate(100, false)).toBe(30);
    expect(playbackRate(0, false)).toBe(1);
    expect(playbackRate(NaN, false)).toBe(1);
  });
});

describe('playStart', () => {
  it('restarts from the first cell only at the end', () => {
    expect(playStart(24, 25)).toBe(0);
    expect(playStart(7, 25)).toBe(7);
  });
});

describe('announceDelay', () => {
  it('speaks at once when paused', () => {
    expect(announceDelay(1000, 990, false)).toBe(0);
  });
  it('while playing waits out the rest of a second since the last announcement', () => {
    expect(announceDelay(1300, 1000, true)).toBe(700);
    expect(announceDelay(2000, 1000, true)).toBe(0);
    expect(announceDelay(5, -Infinity, true)).toBe(0);
  });
  it('playing 30 cells/s for 5 s makes at most 6 announcements', () => {
    let lastAt = -Infinity;
    let spoken = 0;
    let due = 0;
    for (let t = 0; t <= 5000; t += 1000 / 30) {
      // The hook's timer: a pending announcement fires when its delay has passed.
      if (t >= due && announceDelay(t, lastAt, true) === 0) {
        spoken++;
        lastAt = t;
      }
      due = lastAt + ANNOUNCE_EVERY_MS;
    }
    expect(spoken).toBeLessThanOrEqual(6);
    expect(spoken).toBeGreaterThanOrEqual(5);
  });
});
