/**
 * "Embed": a disclosure beside "Copy link"; its snippet (EmbedSnippet, with
 * the measuring of the embed page) loads only when it is opened.
 */
import { lazy, Suspense, useState } from 'react';

const EmbedSnippet = lazy(() => import('./EmbedSnippet').then((m) => ({ default: m.EmbedSnippet })));

export function EmbedCode() {
  // The snippet (and its measuring iframe) exists only while open.
  const [open, setOpen] = useState(false);
  return (
    <details className="share-embed" data-testid="embed-code" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Embed</summary>
      {open ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <EmbedSnippet />
        </Suspense>
      ) : null}
    </details>
  );
}
