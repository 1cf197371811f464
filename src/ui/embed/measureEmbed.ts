/**
 * The embed page's height for the current configuration, measured: the
 * embed URL is loaded in a hidden same-origin iframe `MEASURE_WIDTH` px
 * wide (and MEASURE_HEIGHT tall, a screen's worth: a frame 1 px tall lays some panels out
 * differently) and its content height is read once the output is ready and the
 * height has held still for a moment (the grids' size depends on the width,
 * the step-through's on the layer, so an estimate would drift from the page).
 */

/** The width the snippet's height is measured at, px (a course page's text column). */
export const MEASURE_WIDTH = 760;
/** The measuring frame's height, px. */
export const MEASURE_HEIGHT = 600;
/** Added below the measured content, px: room for a scroll bar or a font a little larger on the host. */
export const HEIGHT_SLACK = 16;
const POLL_MS = 150;
const TIMEOUT_MS = 15_000;

/** Resolves with the content height in px (slack included), or rejects after TIMEOUT_MS or on abort. */
export function measureEmbed(src: string, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Measuring the embedded view';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.className = 'embed-measure';
    frame.style.width = `${MEASURE_WIDTH}px`;
    frame.style.height = `${MEASURE_HEIGHT}px`;
    let last = -1;
    let still = 0;
    const started = performance.now();
    const finish = (height: number | null, error?: Error) => {
      clearInterval(timer);
      signal.removeEventListener('abort', onAbort);
      frame.remove();
      if (height === null) reject(error ?? new Error('could not measure'));
      else resolve(height + HEIGHT_SLACK);
    };
    const onAbort = () => finish(null, new DOMException('aborted', 'AbortError'));
    const timer = setInterval(() => {
      const doc = frame.contentDocument;
      const ready = doc?.querySelector('[data-testid="output-json"][data-state="ready"], [data-testid="invalid"]');
      // The bottom of the embed view, not the document's scrollHeight: that is never less than the frame's own height.
      const height = Math.ceil(doc?.querySelector('main')?.getBoundingClientRect().bottom ?? 0);
      if (ready && height > 0 && height === last) still++;
      else still = 0;
      last = height;
      if (still >= 2) finish(height);
      else if (performance.now() - started > TIMEOUT_MS) finish(null, new Error('the embedded view did not finish loading'));
    }, POLL_MS);
    signal.addEventListener('abort', onAbort);
    document.body.append(frame);
  });
}
