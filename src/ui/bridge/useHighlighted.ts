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

/** The highlighted HTML of `code`, or null until it is ready (render the plain text meanwhile). */
export function useHighlighted(code: string, language: CodeLanguage, enabled: boolean): string | null {
  const [done, setDone] = useState<{ code: string; html: string } | null>(null);
  const wanted = enabled && code.length <= HIGHLIGHT_LIMIT;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./highlight').then((m) => {
      if (live) setDone({ code, html: m.highlightHtml(code, language) });
    });
    return () => {
      live = false;
    };
  }, [code, language, wanted]);
  // A result for older code is stale: show the plain text until the new one is in.
  return wanted && done?.code === code ? done.html : null;
}
