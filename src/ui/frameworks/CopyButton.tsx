/**
 * Copies a snippet with the async Clipboard API. When the browser refuses
 * (no permission, insecure context, an iframe without clipboard-write), the
 * code is selected instead and the user is told to press Ctrl+C.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { copyText } from '../share/copyText';

interface Props {
  readonly text: string;
  /** What is copied, for the button's accessible name, e.g. "PyTorch code". */
  readonly what: string;
  /** The element holding the code, selected when copying is refused. */
  readonly source: RefObject<HTMLElement | null>;
}

type CopyState = { kind: 'idle' } | { kind: 'copied'; text: string } | { kind: 'refused'; text: string };

function selectContents(el: HTMLElement | null): void {
  const selection = window.getSelection();
  if (!el || !selection) return;
  selection.selectAllChildren(el);
}

export function CopyButton({ text, what, source }: Props) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const copy = async () => {
    setState({ kind: (await copyText(text)) ? 'copied' : 'refused', text });
  };
  // Select once React has committed this update and whatever it batched with it: the code's colours
  // (useHighlighted) replace the code's DOM, and a selection made before that commit would vanish.
  // In a microtask, because when one commit does both, the new code element's ref is attached after
  // this effect (the button comes first in the tree): until then `source.current` is null.
  useLayoutEffect(() => {
    if (state.kind !== 'refused') return;
    queueMicrotask(() => selectContents(source.current));
  }, [state, source]);
  // A message about other code (the plan changed since) would mislead.
  const current = state.kind !== 'idle' && state.text === text ? state.kind : 'idle';
  return (
    <span className="bridge-copy">
      <button type="button" onClick={() => void copy()} aria-label={`Copy ${what}`}>
        Copy
      </button>
      <span role="status" className={`bridge-copy-status bridge-copy-${current}`}>
        {current === 'copied' ? `Copied ${text.split('\n').length} lines.` : ''}
        {current === 'refused' ? 'The browser refused the clipboard: the code is selected, press Ctrl+C (⌘C) to copy it.' : ''}
      </span>
    </span>
  );
}
