/** The plan's warnings: what the chosen framework raises or cannot express, and border effects. */
import type { Warning } from '../core';

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;
const WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export function Warnings({ warnings, framework }: { warnings: readonly Warning[]; framework: string }) {
  if (warnings.length === 0) return null;
  return (
    <section className="panel warnings" aria-labelledby="warnings-title" data-testid="warnings">
      <h2 id="warnings-title">What to know ({framework})</h2>
      <ul>
        {warnings.map((w) => (
          <li key={w.code} className={`warning-${w.severity}`} data-code={w.code}>
            <span aria-hidden="true">{ICON[w.severity]} </span>
            <span className="visually-hidden">{WORD[w.severity]}: </span>
            {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
