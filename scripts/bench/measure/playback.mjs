/**
 * playback.fps: animation frames per second while the step-through plays on
 * the 64×64 grid at its top speed (30 cells/s), over 5 s, counted with
 * requestAnimationFrame — i.e. whether the page keeps its frame rate while
 * every step re-renders the window, the dot product and both overlays. The
 * same count with nothing playing is reported as the ceiling of this browser.
 */
/* global window, document -- page.evaluate and init scripts run these functions inside the page */
import { openApp } from '../lib/browser.mjs';
import { round } from '../lib/stats.mjs';

export async function measurePlayback(browser, url, ms = 5000) {
  const page = await openApp(browser, url);
  await page.waitForTimeout(1500);
  const idle = await page.evaluate((ms) => window.__bench.countFrames(ms), 2000);
  const run = await page.evaluate(async (duration) => {
    const b = window.__bench;
    b.setControl('Speed', 30);
    const scrub = document.querySelector('[data-testid="step-scrub"]');
    const from = Number(scrub.value);
    document.querySelector('[data-testid="step-play"]').click();
    await b.frame();
    const count = await b.countFrames(duration);
    const steps = Number(scrub.value) - from;
    const playing = document.querySelector('[data-testid="step-status"]')?.textContent;
    document.querySelector('[data-testid="step-play"]').click();
    return { ...count, steps, playing };
  }, ms);
  await page.context().close();
  return {
    metrics: { 'playback.fps': round(run.fps, 1) },
    info: {
      frames: run.frames,
      long_frames: run.long,
      cells_stepped: run.steps,
      state_while_counting: run.playing,
      idle_fps: round(idle.fps, 1),
    },
  };
}
