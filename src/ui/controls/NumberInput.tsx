/**
 * A whole-number input that commits only valid values within [min, max];
 * while the text is not valid it shows why and keeps the last good value.
 */
import { useState } from 'react';

interface Props {
  readonly id: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (v: number) => void;
  readonly describedBy?: string;
  readonly label?: string;
  readonly step?: number;
  /** Allow non-integers (constants). */
  readonly real?: boolean;
}

export function NumberInput({ id, value, min, max, onChange, describedBy, label, step = 1, real = false }: Props) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? String(value);
  const parsed = Number(shown);
  const valid = shown.trim() !== '' && Number.isFinite(parsed) && (real || Number.isInteger(parsed)) && parsed >= min && parsed <= max;
  return (
    <input
      id={id}
      type="number"
      inputMode={real ? 'decimal' : 'numeric'}
      min={min}
      max={max}
      step={real ? 'any' : step}
      value={shown}
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={!valid}
      title={valid ? undefined : `${real ? 'A number' : 'A whole number'} from ${min} to ${max}`}
      onChange={(e) => {
        const t = e.target.value;
        const v = Number(t);
        const ok = t.trim() !== '' && Number.isFinite(v) && (real || Number.isInteger(v)) && v >= min && v <= max;
        setText(ok ? null : t);
        if (ok) onChange(v);
      }}
      onBlur={() => setText(null)}
    />
  );
}
