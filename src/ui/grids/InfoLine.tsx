/**
 * The line under the grids: the hovered (or keyboard-focused) cell in words,
 * in an aria-live region; with no hover, the step-through's window (not live,
 * so playback does not flood a screen reader).
 */
import { paddedOf, type Plan } from '../../core';
import { useApp } from '../hooks/useApp';
import { useStep } from '../hooks/useStep';
import { describeOutput, describePadded, describeStep } from './describe';
import { describePoolOutput } from './describePool';
import { validHover } from './hover';
import { useOutputValues } from './useOutputValues';

export function InfoLine({ plan, channel, filter, id }: { plan: Plan; channel: number; filter: number; id: string }) {
  const hover = validHover(plan, useApp((s) => s.ui.hover));
  const step = useStep(plan);
  const out = useOutputValues(plan, filter);
  let text = '';
  if (hover?.grid === 'padded') text = describePadded(plan, paddedOf(plan), channel, hover.row, hover.col);
  else if (hover?.grid === 'output') {
    const value = out.values[hover.row * plan.w.out + hover.col] ?? NaN;
    // A pool's output channel is its input channel (`filter` is that channel here).
    text = plan.pool
      ? describePoolOutput(plan, paddedOf(plan), filter, value, hover.row, hover.col, out.stale)
      : describeOutput(plan, value, hover.row, hover.col, out.stale);
  }
  return (
    <div className="grid-info" data-testid="grid-info">
      <p id={id} aria-live="polite" className="grid-info-hover">
        {text}
      </p>
      {hover ? null : <p className="grid-info-step">{describeStep(plan, step.index, step.count, step.row, step.col)}</p>}
    </div>
  );
}
