/**
 * Highlighted HTML for a snippet, computed off the first paint: the code is
 * shown as plain text at once, and the highlighted version replaces it when
 * highlight.js has loaded (a lazy chunk) and run.
 */
import { useEffect, useState } from 'react';
import type { CodeLanguage } from './highlight';

/**
 * Longer snippets stay plain: highlight.js wraps every number in a span, and
 * a 64×64×4 input (~64 K characters) took 90–190 ms and ~16 000 spans per
 * snippet, on every change of the configuration.
 */
export const HIGHLIGHT_LIMIT = 30_000;

const never = () => false;

/** Runs `f` when the browser is idle (at most 1 s later); a timer where requestIdleCallback is missing (Safari). */
function whenIdle(f: () => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 1000 }) : window.setTimeout(f, 50);
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}

/**
 * The highlighted HTML of `code`, or null until it is ready (render the plain
 * text meanwhile). While `hold()` is true (a selection in the code) the
 * colours wait, and come at the next idle moment after it. Pass a stable
 * `hold` (useCallback): a new one restarts the wait.
 */
export function useHighlighted(code: string, language: CodeLanguage, enabled: boolean, hold: () => boolean = never): string | null {
  const [done, setDone] = useState<{ code: string; html: string } | null>(null);
  const wanted = enabled && code.length <= HIGHLIGHT_LIMIT;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    let idle: number | null = null;
    void import('./highlight').then((m) => {
      if (!live) return;
      // Highlighting takes 5–15 ms on a software-rendered page: run it when the browser is idle, so a
      // slider drag (a new configuration every frame) never waits for colours of code nobody reads yet.
      const apply = () => {
        if (!live) return;
        // Colouring replaces the code's DOM: never under a reader's selection (the copy fallback selects it).
        if (hold()) idle = whenIdle(apply);
        else setDone({ code, html: m.highlightHtml(code, language) });
      };
      idle = whenIdle(apply);
    });
    return () => {
      live = false;
      if (idle !== null) cancelIdle(idle);
    };
  }, [code, language, wanted, hold]);
  // A result for older code is stale: show the plain text until the new one is in.
  return wanted && done?.code === code ? done.html : null;
}
