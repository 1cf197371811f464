/**
 * The framework table: for the current configuration, each framework's ways
 * of writing the layer, with the pads and output size they give or the exact
 * error they raise. Differences from Padlab are spelled out in words and a
 * "≠" mark, never by colour alone; the chosen framework's row says "chosen".
 * A pooling layer's rows also say when only the border values differ; a
 * transposed convolution's compare crops of its uncropped output.
 */
import { useMemo } from 'react';
import { frameworkTable, hasDifferences, tableBasis, type Attempt, type Diff, type FrameworkRow, type Pads } from '../../translate/frameworks';
import { OPERATION_LABEL, type Plan } from '../../core';

const ROLE_LABEL: Record<Attempt['role'], string> = {
  literal: 'as configured',
  exact: 'exact',
  idiom: 'usual “same”',
};

const DIFF_TEXT: Record<Diff, string> = {
  same: '✓ same as Padlab',
  shifted: '≠ other pads, same size: every window sits on other cells',
  size: '≠ other output size',
  values: '≠ same pads and size, other border values',
};

const padsText = (p: Pads) => p.join(', ');

/** A cell whose value differs from Padlab's: a visible "≠" and words for screen readers (one element, for the narrow layout's grid). */
function Differs({ children }: { children: string }) {
  return (
    <span>
      <span aria-hidden="true">≠ </span>
      <span className="visually-hidden">differs: </span>
      {children}
    </span>
  );
}

function AttemptCells({ attempt, plan, basis }: { attempt: Attempt; plan: Plan; basis: Pads }) {
  const o = attempt.outcome;
  const code = (
    <td data-label="Written as" className="bridge-cell-code">
      <span className={`bridge-role bridge-role-${attempt.role}`}>{attempt.label ?? ROLE_LABEL[attempt.role]}</span> <code>{attempt.code}</code>
      {attempt.note ? <span className="bridge-attempt-note">{attempt.note}</span> : null}
    </td>
  );
  if (o.kind === 'error') {
    return (
      <>
        {code}
        <td colSpan={3} className="bridge-error" data-label="Result">
          <span>
            <span aria-hidden="true">✗ </span>raises <code>{o.error}</code>
          </span>
        </td>
      </>
    );
  }
  // Read off the numbers: a pool's other rounding keeps the pads, another divisor keeps pads and size.
  const padsDiffer = o.pads.some((p, i) => p !== basis[i]);
  const sizeDiffers = o.out.h !== plan.h.out || o.out.w !== plan.w.out;
  const size = `${o.out.h}×${o.out.w}`;
  return (
    <>
      {code}
      <td data-label={plan.transposed ? 'Crops T, B, L, R' : 'Pads T, B, L, R'} className={`bridge-cell-num${padsDiffer ? ' bridge-differs' : ''}`}>
        {padsDiffer ? <Differs>{padsText(o.pads)}</Differs> : padsText(o.pads)}
      </td>
      <td data-label="Output" className={`bridge-cell-num${sizeDiffers ? ' bridge-differs' : ''}`}>
        {sizeDiffers ? <Differs>{size}</Differs> : size}
      </td>
      <td data-label="Compared with Padlab" className={`bridge-cell-diff bridge-diff-${o.diff}`}>
        <span>
          {DIFF_TEXT[o.diff]}
          {o.diff === 'shifted' ? ` (Padlab: ${padsText(basis)})` : ''}
          {o.cells ? ` (${o.cells.differ} of ${o.cells.of} output values, on this input)` : ''}
        </span>
      </td>
    </>
  );
}

function Rows({ row, current, plan, basis }: { row: FrameworkRow; current: boolean; plan: Plan; basis: Pads }) {
  return (
    <>
      {row.attempts.map((a, i) => (
        <tr key={`${a.role}-${i}`} className={current ? 'bridge-current' : undefined} data-framework={row.id} data-role={a.role}>
          {i === 0 ? (
            <th scope="rowgroup" rowSpan={row.attempts.length} data-label="Framework">
              {row.name}
              {current ? <span className="badge bridge-chosen">chosen</span> : null}
              {row.extraStep ? <span className="bridge-step">Extra step: {row.extraStep}.</span> : <span className="bridge-step bridge-step-none">One layer does it.</span>}
            </th>
          ) : null}
          <AttemptCells attempt={a} plan={plan} basis={basis} />
        </tr>
      ))}
    </>
  );
}

export function FrameworkTable({ plan }: { plan: Plan }) {
  const rows = useMemo(() => frameworkTable(plan), [plan]);
  const basis = tableBasis(plan);
  const chosen = plan.config.framework;
  return (
    <div className="bridge-table-wrap">
      <h3 id="bridge-table-title">Each framework with these settings</h3>
      <p className="bridge-hint">
        {hasDifferences(rows)
          ? 'Careful: some ways of writing this layer raise an error (✗) or give other pads or another size (≠). The “exact” line matches Padlab.'
          : 'Written as shown, every framework gives Padlab’s pads and output.'}
      </p>
      <table data-testid="framework-table" className="bridge-table bridge-stack" aria-labelledby="bridge-table-title">
        <caption>
          {OPERATION_LABEL[plan.op]}: Padlab {basis.what === 'crops' ? 'crops the uncropped output (plus output padding) by' : 'pads'} top, bottom, left, right ={' '}
          {padsText(basis.pads)} and outputs {plan.h.out}×{plan.w.out}.
          “exact” reproduces that; “as configured” spells this padding choice in the framework;{' '}
          {plan.pool ? '“often written” is what a port usually writes instead.' : '“usual same” is what people write for same padding.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">Written as</th>
            <th scope="col">{basis.what === 'crops' ? 'Crops T, B, L, R' : 'Pads T, B, L, R'}</th>
            <th scope="col">Output</th>
            <th scope="col">Compared with Padlab</th>
          </tr>
        </thead>
        {rows.map((row) => (
          <tbody key={row.id}>
            <Rows row={row} current={row.id === chosen} plan={plan} basis={basis.pads} />
          </tbody>
        ))}
      </table>
    </div>
  );
}
