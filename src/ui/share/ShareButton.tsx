/**
 * Sharing: "Copy link" copies the page's own URL for the current state
 * (origin + path + `?` + currentQuery()), announcing the result in a
 * role="status" line; where the clipboard is refused it shows the link in a
 * selected read-only field to copy by hand. "Embed" gives an iframe snippet
 * (EmbedCode); the "Teacher" disclosure writes `hide=` so a class link hides
 * chosen controls.
 */
import { useId, useRef, useState } from 'react';
import { currentQuery } from '../../state/urlSync';
import { EmbedCode } from './EmbedCode';
import { HideControls } from './HideControls';
import { copyText } from './copyText';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** The link that reproduces the current view exactly. */
export function shareUrl(loc: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${loc.origin}${loc.pathname}?${currentQuery()}`;
}

export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const id = useId();

  const copy = async () => {
    const url = shareUrl();
    if (await copyText(url)) {
      setOutcome({ kind: 'copied' });
    } else {
      setOutcome({ kind: 'manual', url });
      // After React has rendered the field: select it so Ctrl+C copies it.
      requestAnimationFrame(() => {
        field.current?.focus();
        field.current?.select();
      });
    }
  };

  return (
    <div className="share" data-testid="share">
      <button type="button" className="share-copy" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="share-status" data-testid="share-status">
        {outcome.kind === 'copied' ? 'Link copied' : outcome.kind === 'manual' ? 'Could not copy: press Ctrl+C (⌘C on a Mac) to copy the selected link.' : ''}
      </span>
      {outcome.kind === 'manual' ? (
        <span className="share-manual">
          <label htmlFor={`${id}-url`} className="visually-hidden">
            Link to this view
          </label>
          <input id={`${id}-url`} ref={field} type="text" readOnly value={outcome.url} onFocus={(e) => e.target.select()} />
        </span>
      ) : null}
      <EmbedCode />
      <HideControls />
    </div>
  );
}
