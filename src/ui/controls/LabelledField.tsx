/**
 * A labelled control with a short explanation shown on hover and focus and
 * read by screen readers (aria-describedby).
 */
import { useId, type ReactNode } from 'react';

export function LabelledField({ label, help, children }: { label: string; help: string; children: (ids: { input: string; help: string }) => ReactNode }) {
  const id = useId();
  const ids = { input: `${id}-input`, help: `${id}-help` };
  return (
    <div className="field">
      <label htmlFor={ids.input}>{label}</label>
      {children(ids)}
      <span className="help" id={ids.help} role="tooltip">
        {help}
      </span>
    </div>
  );
}
