/** A row of radio buttons drawn as a segmented control (native radios: arrow keys move, Tab leaves). */
import { useId } from 'react';

interface Props<T extends string | number> {
  readonly legend: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly label: (o: T) => string;
  readonly onChange: (o: T) => void;
  readonly testId?: string;
}

export function Segmented<T extends string | number>({ legend, options, value, label, onChange, testId }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o)} className={o === value ? 'checked' : undefined}>
          <input type="radio" name={name} value={String(o)} checked={o === value} onChange={() => onChange(o)} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}
