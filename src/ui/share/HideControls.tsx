/**
 * "Teacher: hide controls": one checkbox per hideable control (the `hide=`
 * keys of src/state/urlState.ts). Checking one hides that control at once and
 * puts it in the URL, so the copied link hides it for the class.
 */
import { useState } from 'react';
import { HIDEABLE, type Hideable } from '../../state/urlState';
import { setView } from '../../state/store';
import { useApp } from '../hooks/useApp';

/** The label each hideable control has in the Layer panel. */
export const HIDEABLE_LABEL: Record<Hideable, string> = {
  in: 'Input',
  c: 'Channels',
  f: 'Filters',
  k: 'Kernel',
  s: 'Stride',
  d: 'Dilation',
  pad: 'Border and padding',
  mode: 'Padding mode',
  cval: 'Constant',
  fw: 'Framework',
  flip: 'True convolution (flip)',
  x: 'Input values',
  w: 'Kernel values',
  seed: 'Seed',
};

export function HideControls() {
  const hide = useApp((s) => s.view.hide);
  // The checkboxes exist only while open, so their labels never shadow the controls' own labels.
  const [open, setOpen] = useState(false);
  const toggle = (key: Hideable, on: boolean) => {
    // Keep the schema's order, so the same choice always gives the same link.
    setView({ hide: HIDEABLE.filter((k) => (k === key ? on : hide.includes(k))) });
  };
  return (
    <details className="share-teacher" data-testid="teacher-hide" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Teacher: hide controls{hide.length > 0 ? ` (${hide.length} hidden)` : ''}</summary>
      {open ? (
        <fieldset>
          <legend>Hide these controls (the copied link hides them too)</legend>
          <div className="share-hide-grid">
            {HIDEABLE.map((key) => (
              <label key={key}>
                <input type="checkbox" checked={hide.includes(key)} onChange={(e) => toggle(key, e.target.checked)} />
                <code>{key}</code> {HIDEABLE_LABEL[key]}
              </label>
            ))}
          </div>
          {hide.length > 0 ? (
            <button
              type="button"
              onClick={(e) => {
                // This button goes away with the click: keep focus in the panel instead of dropping it to the page.
                e.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
                setView({ hide: [] });
              }}
            >
              Show all controls
            </button>
          ) : null}
        </fieldset>
      ) : null}
    </details>
  );
}
