/**
 * One side of the compare view: its editor, its pads, padded size and output
 * shape, the notices of B's link, and why it cannot run when it cannot.
 * Everything shown is read from the side's Plan (or Invalid).
 */
import type { ReactNode } from 'react';
import type { Config, PlanResult } from '../../core';
import type { Notice } from '../../state/notices';
import type { Hideable } from '../../state/urlState';
import { gridNoun, sideSummary } from './compareWords';
import { ConfigEditor } from './ConfigEditor';

interface Props {
  readonly side: 'A' | 'B';
  readonly config: Config;
  readonly plan: PlanResult;
  readonly notices?: readonly Notice[];
  readonly hide: readonly Hideable[];
  readonly onChange: (patch: Partial<Config>) => void;
  /** Extra lines under the summary (A's TensorFlow.js badge). */
  readonly children?: ReactNode;
}

export function SideCard({ side, config, plan, notices = [], hide, onChange, children }: Props) {
  const lower = side.toLowerCase();
  return (
    <section className={`panel compare-side compare-side-${lower}`} aria-labelledby={`compare-${lower}-title`} data-testid={`compare-side-${lower}`}>
      <h2 id={`compare-${lower}-title`}>
        <span className="compare-letter" aria-hidden="true">
          {side}
        </span>
        {`Configuration ${side}`}
        <span className="compare-fw">{` · ${sideSummary(config)}`}</span>
      </h2>
      {notices.length > 0 ? (
        <div className="notices" role="status" data-testid={`compare-notices-${lower}`}>
          <p>{`Some settings in ${side}'s link were adjusted:`}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan.ok ? (
        <dl className="compare-facts">
          <div>
            <dt>pads T,B,L,R</dt>
            <dd data-testid={`compare-pads-${lower}`}>{plan.pads.join(', ')}</dd>
          </div>
          <div>
            <dt>padded</dt>
            <dd>{`${plan.h.padded}×${plan.w.padded}`}</dd>
          </div>
          <div>
            <dt>output</dt>
            <dd className="compare-shape" data-testid={`compare-shape-${lower}`}>
              {`${plan.h.out}×${plan.w.out}`}
              {plan.filters > 1 ? ` × ${plan.filters} ${gridNoun(config)}s` : ''}
            </dd>
          </div>
        </dl>
      ) : (
        <div role="alert" className="invalid" data-testid={`compare-invalid-${lower}`}>
          <h3>{`${side} cannot run`}</h3>
          <p>{plan.message}</p>
        </div>
      )}
      {children}
      <ConfigEditor side={side} config={config} hide={hide} onChange={onChange} />
    </section>
  );
}
