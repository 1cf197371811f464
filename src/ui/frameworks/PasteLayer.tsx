/**
 * "Paste a layer": one line of PyTorch, Keras, TensorFlow or Theano code sets
 * the controls (parseLayer reads it without evaluating anything). What was
 * read, what was changed, clamped or ignored is shown; a line that cannot be
 * read shows why in an alert. Ctrl+Enter (⌘+Enter) applies.
 *
 * The text and the last result live in a small store outside the component:
 * a pasted layer can make the configuration invalid, which unmounts the
 * panel, and the user must find their line and its notes when it comes back.
 */
import { useId, type FormEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { parseLayer, type ParseResult } from '../../translate/parseLayer';
import { appStore, setConfig } from '../../state/store';
import { describePatch } from './describePatch';

const pasteStore = createStore<{ text: string; result: ParseResult | null }>(() => ({ text: '', result: null }));

const EXAMPLE = "nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, padding_mode='reflect')";
const POOL_EXAMPLE = 'nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)';

function Outcome({ result }: { result: Extract<ParseResult, { ok: true }> }) {
  const changed = describePatch(result.patch);
  return (
    <>
      <p>
        Read as <strong>{result.recognized}</strong>
        {changed.length > 0 ? `: set ${changed.join(', ')}.` : ': nothing to change.'}
      </p>
      {result.notes.length > 0 ? (
        <ul className="bridge-import-notes">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {result.ignored.length > 0 ? <p className="bridge-import-ignored">Not understood, ignored: {result.ignored.join(', ')}.</p> : null}
    </>
  );
}

export function PasteLayer() {
  const id = useId();
  const text = useStore(pasteStore, (s) => s.text);
  const result = useStore(pasteStore, (s) => s.result);

  const apply = () => {
    const parsed = parseLayer(text, appStore.getState().config);
    pasteStore.setState({ result: parsed });
    if (parsed.ok) setConfig(parsed.patch);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    apply();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      apply();
    }
  };

  return (
    <form className="bridge-import" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Paste a layer</h3>
      <label htmlFor={`${id}-text`}>One layer line from PyTorch, Keras (1–3), TensorFlow or Theano</label>
      <p id={`${id}-hint`} className="bridge-hint">
        For example <code>{EXAMPLE}</code> or <code>{POOL_EXAMPLE}</code>. It sets the operation, kernel, stride, dilation, padding, mode and
        channels (for a pool: ceil_mode and count_include_pad); nothing is run. Ctrl+Enter applies.
      </p>
      <div className="bridge-import-row">
        <textarea
          id={`${id}-text`}
          data-testid="import-layer"
          aria-describedby={`${id}-hint`}
          rows={2}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={text}
          onChange={(e) => pasteStore.setState({ text: e.target.value })}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="bridge-apply">
          Apply
        </button>
      </div>
      <div role="status" className="bridge-import-result" data-testid="import-result">
        {result?.ok ? <Outcome result={result} /> : null}
      </div>
      {result && !result.ok ? (
        <p role="alert" className="bridge-import-error" data-testid="import-error">
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
