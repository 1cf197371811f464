/**
 * Helpers that run inside the page (installed with page.addInitScript, which
 * the page's CSP does not block). They talk to the app only through the DOM
 * contract of design.md and the labelled controls, as a user would.
 * Kept dependency-free: Playwright serialises `installBenchHelpers` as source.
 */
/* global window, document, requestAnimationFrame, MutationObserver, HTMLSelectElement, HTMLInputElement -- page.evaluate and init scripts run these functions inside the page */
export function installBenchHelpers() {
  const q = (sel) => document.querySelector(sel);

  /** A control by its aria-label, or by the text of the <label for=…> that names it. */
  const control = (name) => {
    const byAria = document.querySelector(`[aria-label="${name}"]`);
    if (byAria) return byAria;
    for (const label of document.querySelectorAll('label')) {
      if (label.textContent.trim() === name && label.htmlFor) return document.getElementById(label.htmlFor);
    }
    throw new Error(`no control named "${name}"`);
  };

  /** Sets a value the way a user's edit does: the native setter (React tracks it) then input + change events. */
  const setControl = (name, value) => {
    const el = control(name);
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, String(value));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** What a change must alter before it counts as shown: the output shape and the padded input. */
  const snapshot = () => ({
    shape: q('[data-testid="output-shape"]')?.textContent ?? null,
    padded: q('[data-testid="padded-json"]')?.textContent ?? null,
    state: q('[data-testid="output-json"]')?.getAttribute('data-state') ?? null,
  });

  const frame = () => new Promise((r) => requestAnimationFrame(r));
  /** Runs `f` in a task queued now; queued from a rAF callback, it runs after that frame's paint. */
  const task = (f) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => f();
    ch.port2.postMessage(0);
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  /** Resolves with performance.now() when `[data-testid=output-json]` is ready (MutationObserver, no polling delay). */
  const whenReady = (timeoutMs = 10000) =>
    new Promise((resolve) => {
      const done = () => {
        obs.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      };
      const obs = new MutationObserver(() => {
        if (q('[data-testid="output-json"]')?.getAttribute('data-state') === 'ready') done();
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
      const timer = setTimeout(() => {
        obs.disconnect();
        resolve(NaN);
      }, timeoutMs);
      if (q('[data-testid="output-json"]')?.getAttribute('data-state') === 'ready') done();
    });

  /**
   * Applies `change` at the start of a frame (as Chromium delivers slider drags,
   * aligned to animation frames) and resolves with the ms from the change to
   * the end of the first paint whose DOM shows it (NaN after 3 s). The check
   * is queued before the change, so it runs right after this frame's paint,
   * ahead of any work the page defers past the paint (React transitions,
   * tfjs), which is not part of this latency.
   */
  const timeToPaint = (change) =>
    new Promise((resolve) => {
      const before = snapshot();
      requestAnimationFrame(() => {
        let t0 = 0;
        const check = () => {
          const s = snapshot();
          if (s.shape !== before.shape || s.padded !== before.padded) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 3000) resolve(NaN);
          else requestAnimationFrame(() => task(check));
        };
        task(check);
        t0 = performance.now();
        setControl(change.label, change.value);
      });
    });

  /** A cheap fingerprint of a canvas' pixels (for checking that a grid was really redrawn). */
  const canvasHash = (sel) => {
    const c = q(sel);
    if (!c || !c.width || !c.height) return null;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 0x811c9dc5;
    for (let i = 0; i < d.length; i += 7) h = Math.imul(h ^ d[i], 0x01000193);
    return h >>> 0;
  };

  /** Counts rAF callbacks for `ms`; a gap over 25 ms (1.5 frames at 60 Hz) is a long frame. */
  const countFrames = (ms) =>
    new Promise((resolve) => {
      const times = [];
      const tick = (t) => {
        times.push(t);
        if (t - times[0] < ms) return requestAnimationFrame(tick);
        let long = 0;
        for (let i = 1; i < times.length; i++) if (times[i] - times[i - 1] > 25) long++;
        const seconds = (times[times.length - 1] - times[0]) / 1000;
        resolve({ fps: (times.length - 1) / seconds, long, frames: times.length - 1 });
      };
      requestAnimationFrame(tick);
    });

  window.__bench = { control, setControl, snapshot, frame, task, sleep, whenReady, timeToPaint, canvasHash, countFrames };
}
