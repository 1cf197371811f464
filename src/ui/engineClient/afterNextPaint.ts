/**
 * Paint first, tfjs after (README, Performance): the engine client starts a
 * grid run, and loads tfjs at all, only once the frame with the new grids
 * and reference values is on screen, so tfjs's main-thread work (uploads,
 * kernel launches, a shader compile for a new shape) never delays that paint.
 */

/** How long a hidden page (no animation frames) waits before running anyway, ms. */
const HIDDEN_PAGE_WAIT_MS = 100;

/**
 * Resolves after the browser has painted the frame in progress: a task
 * queued from an animation frame callback runs after that frame's paint.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, HIDDEN_PAGE_WAIT_MS);
  });
}
