/**
 * The dilated causal stack (WaveNet) the layer on screen belongs to
 * (causalStack.ts): per layer its dilation, effective kernel, left padding,
 * width and the receptive field so far, each row a link to that layer's
 * single-layer view. Shown only for a layer of such a stack.
 */
import { useId, useMemo } from 'react';
import type { Config } from '../../core';
import { ConfigLink } from '../inverse';
import { causalStack, inCausalStack } from './causalStack';
import './presets.css';

export function CausalStackPanel({ config }: { config: Config }) {
  const id = useId();
  const rows = useMemo(() => (inCausalStack(config) ? causalStack(config) : []), [config]);
  if (rows.length === 0) return null;
  const last = rows[rows.length - 1]!;
  return (
    <section className="panel causal-stack" aria-labelledby={`${id}-title`} data-testid="causal-stack">
      <h2 id={`${id}-title`}>Dilated causal stack (WaveNet)</h2>
      <p className="causal-stack-gist">
        {`Each layer pads ke − 1 on the left only (Keras padding='causal'), so the width stays ${config.input.w} and no output sees a later input. ` +
          `Stacked, the receptive field is 1 + Σ(ke − 1): ${last.rf} inputs after ${rows.length} layers.`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Dilation</th>
            <th scope="col">ke = d·(k−1)+1</th>
            <th scope="col">Left padding</th>
            <th scope="col">Width</th>
            <th scope="col">Receptive field</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const here = r.d === config.dilation.w;
            return (
              <tr key={r.d} data-testid="stack-row" aria-current={here ? 'true' : undefined} className={here ? 'stack-here' : undefined}>
                <th scope="row">
                  {here ? (
                    `Layer ${i + 1} (this one)`
                  ) : (
                    <ConfigLink config={r.config} testId="stack-link">
                      {`Layer ${i + 1}`}
                    </ConfigLink>
                  )}
                </th>
                <td>{r.d}</td>
                <td>{r.ke}</td>
                <td>{r.left}</td>
                <td>{r.out}</td>
                <td>{r.rf}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
