/**
 * "Teacher: hide controls": one checkbox per hideable setting of the field
 * table (src/state/fieldTable.ts). Checking one hides that control at once and
 * puts it in the URL, so the copied link hides it for the class.
 */
import { useState } from 'react';
import { hideableKeys } from '../../state/fieldSelectors';
import { FIELDS } from '../../state/fieldTable';
import type { Field } from '../../state/fieldTypes';
import { setView } from '../../state/store';
import { useApp } from '../hooks/useApp';

interface ChoicesProps {
  readonly fields: readonly Field[];
  readonly hide: readonly string[];
  readonly onChange: (hide: readonly string[]) => void;
}

/** The checkboxes: each hideable setting by key and by the name its control has in the Layer panel. */
export function HideChoices({ fields, hide, onChange }: ChoicesProps) {
  const keys = hideableKeys(fields);
  // Keep the schema's order, so the same choice always gives the same link.
  const toggle = (key: string, on: boolean) => onChange(keys.filter((k) => (k === key ? on : hide.includes(k))));
  return (
    <div className="share-hide-grid">
      {fields
        .filter((f) => f.hideable)
        .map((f) => (
          <label key={f.key}>
            <input type="checkbox" checked={hide.includes(f.key)} onChange={(e) => toggle(f.key, e.target.checked)} />
            <code>{f.key}</code> {f.hideLabel ?? f.label}
          </label>
        ))}
    </div>
  );
}

export function HideControls() {
  const hide = useApp((s) => s.view.hide);
  // The checkboxes exist only while open, so their labels never shadow the controls' own labels.
  const [open, setOpen] = useState(false);
  return (
    <details className="share-teacher" data-testid="teacher-hide" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Teacher: hide controls{hide.length > 0 ? ` (${hide.length} hidden)` : ''}</summary>
      {open ? (
        <fieldset>
          <legend>Hide these controls (the copied link hides them too)</legend>
          <HideChoices fields={FIELDS} hide={hide} onChange={(next) => setView({ hide: next })} />
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
