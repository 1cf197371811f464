/**
 * "Paste a model" panel of the network view (issue 15): a model definition
 * as people paste it — PyTorch nn.Sequential, Keras Sequential or model.add
 * lines, tf.nn calls — read without running anything (translate/parseModel,
 * loaded on first use), previewed line by line with the shape after each,
 * then used as the network. Pasted text is only ever shown as text.
 */
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { NET_LIMITS } from '../../core';
import { useApp } from '../hooks/useApp';
import { MODEL_EXAMPLES } from './paste/examples';
import { PastePreview } from './paste/PastePreview';
import { applyPaste, baseOf, pasteStore, previewOf, readPaste, setPasteSize, setPasteText } from './paste/pasteStore';

/** Height and width for a paste without an input size; the text is the user's while typing, the store gets sizes within the limits. */
function SizeFields({ h, w }: { h: number; w: number }) {
  const [text, setText] = useState({ h: String(h), w: String(w) });
  const set = (axis: 'h' | 'w', value: string) => {
    setText((t) => ({ ...t, [axis]: value }));
    const v = Number(value);
    if (value.trim() === '' || !Number.isInteger(v) || v < NET_LIMITS.input.min || v > NET_LIMITS.input.max) return;
    setPasteSize({ h, w, [axis]: v });
  };
  return (
    <fieldset className="paste-size">
      <legend>Input size for this model (the paste does not say it)</legend>
      <label>
        Height <input type="number" min={NET_LIMITS.input.min} max={NET_LIMITS.input.max} value={text.h} onChange={(e) => set('h', e.target.value)} />
      </label>
      <label>
        Width <input type="number" min={NET_LIMITS.input.min} max={NET_LIMITS.input.max} value={text.w} onChange={(e) => set('w', e.target.value)} />
      </label>
    </fieldset>
  );
}

export function PasteModel() {
  const id = useId();
  const { text, parse, readText, size, loading, loadError, used } = useStore(pasteStore);
  const config = useApp((s) => s.config);
  const layerCount = useApp((s) => s.view.net.length);
  const base = useMemo(() => baseOf(config), [config]);
  const preview = useMemo(() => previewOf(parse, base, size), [parse, base, size]);
  const stale = parse !== null && readText !== text;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void readPaste();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void readPaste();
    }
  };

  return (
    <section className="panel paste-model" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Paste a model</h3>
      <form onSubmit={onSubmit}>
        <label htmlFor={`${id}-text`} className="paste-label">
          Paste a model: PyTorch <code>nn.Sequential(...)</code>, Keras <code>Sequential([...])</code> or <code>model.add(...)</code> lines, or <code>tf.nn</code> calls
        </label>
        <p id={`${id}-hint`} className="paste-hint">
          Several lines, comments and trailing commas are fine. ReLU, BatchNorm, Dropout and other layers Padlab does not know keep the shape; Flatten,
          Linear or Dense ends the list. Nothing is run. Ctrl+Enter reads.
        </p>
        <p className="paste-examples">
          Try:{' '}
          {MODEL_EXAMPLES.map((ex, i) => (
            <span key={ex.name}>
              {i > 0 ? ', ' : ''}
              <button type="button" className="link-button" onClick={() => setPasteText(ex.text, ex.size ?? null)}>
                {ex.name}
              </button>
            </span>
          ))}
        </p>
        <textarea
          id={`${id}-text`}
          data-testid="paste-model"
          aria-describedby={`${id}-hint`}
          rows={10}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={text}
          onChange={(e) => setPasteText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="paste-actions">
          <button type="submit" disabled={loading}>
            Read
          </button>
          {preview && (
            <button type="button" onClick={() => void applyPaste()} aria-describedby={`${id}-use-hint`}>
              Use this network
            </button>
          )}
          {preview && (
            <span id={`${id}-use-hint`} className="paste-hint">
              {`Replaces the ${layerCount} current ${layerCount === 1 ? 'layer' : 'layers'} and any skip pairs${stale ? '; the changed text is read first' : ''}.`}
            </span>
          )}
        </div>
      </form>
      <div role="status" className="paste-status" data-testid="paste-status">
        {loading ? 'Reading…' : used ?? (stale ? 'The text changed since it was read: press Read to see the new preview.' : '')}
      </div>
      {loadError && (
        <p role="alert" className="invalid" data-testid="paste-error">
          {loadError}
        </p>
      )}
      {parse && !parse.ok && (
        <p role="alert" className="invalid" data-testid="paste-error">
          {parse.message}
        </p>
      )}
      {parse?.ok && preview && (
        <>
          <PastePreview net={preview} style={parse.style} />
          {/* Keyed by the read, so a new paste or example starts from its own size. */}
          {!parse.input.size && <SizeFields key={readText} h={preview.input.h} w={preview.input.w} />}
        </>
      )}
    </section>
  );
}
