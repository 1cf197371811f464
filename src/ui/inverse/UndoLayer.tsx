/**
 * "Undo this layer", beside the output heading: from a convolution, one
 * click opens the transposed convolution that gives its input size back,
 * with the output_padding it needs and why (the rows floor dropped) and the
 * PyTorch line; from a transposed convolution, the forward convolution that
 * maps its output back to its input, when there is a plain one (undoTarget.ts).
 * Both render one link in the same place, so focus stays on it after a click.
 */
import { useMemo } from 'react';
import type { Plan } from '../../core';
import { OPERATION_LABEL } from '../../core';
import { ConfigLink } from './ConfigLink';
import { undoTarget } from './undoTarget';
import { backWhy, droppedWhy, pyArg, sizeCheck, torchForward, torchTransposed } from './undoWords';
import './undo.css';

export function UndoLayer({ plan }: { plan: Plan }) {
  const undo = useMemo(() => undoTarget(plan), [plan]);
  if (!undo) return null;
  if (undo.kind === 'unavailable') {
    return (
      <p className="undo-layer undo-none" data-testid="undo-unavailable">
        {undo.reason}
      </p>
    );
  }
  const back = undo.plan;
  const size = `${back.h.out}×${back.w.out}`;
  if (undo.kind === 'back') {
    const code = torchForward(back);
    return (
      <div className="undo-layer" data-testid="undo-layer">
        <ConfigLink config={undo.config} testId="undo-link">
          {`Way back: the forward ${OPERATION_LABEL.conv.toLowerCase()} →`}
        </ConfigLink>
        <span className="undo-gist">{` maps this ${plan.h.out}×${plan.w.out} output back to ${size}: ${backWhy(back)}.`}</span>
        {code ? <code className="undo-code">{code}</code> : null}
      </div>
    );
  }
  const q = pyArg(undo.dropped.h, undo.dropped.w);
  const torch = torchTransposed(back);
  return (
    <div className="undo-layer" data-testid="undo-layer">
      <ConfigLink config={undo.config} testId="undo-link">
        {`Undo this layer: ${OPERATION_LABEL.convt.toLowerCase()} →`}
      </ConfigLink>
      <span className="undo-gist">{` gives ${size} back with output_padding=${q}.`}</span>
      <details className="undo-why" data-testid="undo-why">
        <summary>{`Why output_padding=${q}?`}</summary>
        <ul>
          {droppedWhy(plan).map((line) => (
            <li key={line}>{line}</li>
          ))}
          {sizeCheck(back, plan).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <pre className="undo-code" data-testid="undo-torch">
          <code>{torch.code}</code>
        </pre>
        {torch.note ? <p>{torch.note}</p> : null}
        <p className="undo-caveat">It gives the input's size back, not its values: a transposed convolution is the convolution's adjoint, not its inverse.</p>
      </details>
    </div>
  );
}
