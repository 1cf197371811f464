/** A small number input over one cell: Enter commits a valid value, Escape (or leaving it) cancels. */
import { useId, useState } from 'react';
import type { Rect } from '../../render/layout';
import { parseCellValue } from './cellValue';

interface Props {
  readonly rect: Rect;
  readonly initial: string;
  /** Accessible name, e.g. "Input value at row 1, col 2". */
  readonly label: string;
  readonly onCommit: (value: number) => void;
  readonly onCancel: (refocus: boolean) => void;
}

export function CellEditor({ rect, initial, label, onCommit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  return (
    <div className="cell-editor" style={{ left: rect.x, top: rect.y, minWidth: rect.width, minHeight: rect.height }}>
      <input
        // The editor exists because the user just asked to type here.
        autoFocus
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            const parsed = parseCellValue(text);
            if (parsed.ok) onCommit(parsed.value);
            else setError(parsed.message);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel(true);
          }
        }}
        onBlur={() => onCancel(false)}
      />
      {error ? (
        <div className="cell-editor-error" id={errorId} role="alert">
          {error}
        </div>
      ) : (
        <div className="cell-editor-hint">Enter sets · Esc cancels</div>
      )}
    </div>
  );
}
