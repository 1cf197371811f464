/**
 * What each library calls each padding mode, with the current mode's row
 * marked "current", and the naming traps written out (the same word means
 * different borders in scipy, OpenCV and numpy).
 */
import { CONSTANT_ARGS, LIBRARIES, LIBRARY_NAMES, MODE_NAMES, NAME_TRAPS } from '../../translate/frameworks';
import type { PadMode } from '../../core';

export function ModeNames({ mode }: { mode: PadMode }) {
  return (
    <div className="bridge-names">
      <h3 id="bridge-names-title">Padding mode names across libraries</h3>
      <div className="bridge-scroll" role="region" aria-labelledby="bridge-names-title" tabIndex={0}>
        <table data-testid="mode-names" className="bridge-table bridge-stack">
          <caption>The row a b c d padded by 2 cells on each side. “— none”: the library has no such mode. Largest pad: per side, input of n cells (TF, PyTorch).</caption>
          <thead>
            <tr>
              <th scope="col">Padlab mode: border, largest pad</th>
              {LIBRARIES.map((lib) => (
                <th scope="col" key={lib}>
                  {LIBRARY_NAMES[lib]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MODE_NAMES.map((row) => {
              const current = row.modes.includes(mode);
              return (
                <tr key={row.label} className={current ? 'bridge-current' : undefined} data-modes={row.modes.join(' ')}>
                  <th scope="row" data-label="Padlab mode">
                    {row.label}
                    {current ? <span className="badge bridge-chosen">current</span> : null}
                    <code className="bridge-example">{row.example}</code>
                    <span className="bridge-limit">largest pad: {row.limit}</span>
                  </th>
                  {LIBRARIES.map((lib) => (
                    <td key={lib} data-label={LIBRARY_NAMES[lib]}>
                      {row.names[lib] ?? <span className="bridge-none">— none</span>}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="bridge-hint">{CONSTANT_ARGS}</p>
      <h4>Naming traps</h4>
      <ul className="bridge-traps">
        {NAME_TRAPS.map((trap) => (
          <li key={trap}>{trap}</li>
        ))}
      </ul>
    </div>
  );
}
