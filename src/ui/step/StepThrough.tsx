/**
 * The step-through: walks the output cells one at a time (buttons, keys,
 * slider, playback) and writes out the current cell's dot product with its
 * numbers (a pool: its max, or its sum and divisor). It writes only `view.step` (URL) and `ui.playing/speed/filter`;
 * the grids draw the current window from the same state.
 */
import { useMemo, useState } from 'react';
import { paddedOf, referenceOf, type Plan } from '../../core';
import { useApp, useEngineStatus } from '../hooks/useApp';
import { useStep } from '../hooks/useStep';
import { DotProductView } from './DotProductView';
import { PoolStepView } from './PoolStepView';
import { poolStep } from './poolStep';
import type { EngineValue } from './StepValues';
import { formatNumber } from '../../render/formatNumber';
import { useAnnouncer, usePlayback, useReducedMotion, useStepKeys } from './hooks';
import { STEP_PANEL_ATTR } from './keys';
import { playbackRate, REDUCED_MOTION_MAX_SPEED } from './playback';
import { StepControls } from './StepControls';
import { dotProduct, outName } from './terms';
import { strideDilationText, windowText } from './window';

export function StepThrough({ plan }: { plan: Plan }) {
  const pos = useStep(plan);
  const playing = useApp((s) => s.ui.playing);
  const speed = useApp((s) => s.ui.speed);
  // ui.filter may outlive a configuration with more filters; a pool's output channel is the channel shown.
  const pick = useApp((s) => (plan.pool ? s.ui.channel : s.ui.filter));
  const filter = Math.max(0, Math.min(pick, plan.filters - 1));
  const reduced = useReducedMotion();
  const rate = playbackRate(speed, reduced);
  const [expanded, setExpanded] = useState(false);
  usePlayback(pos.count, rate);
  useStepKeys();

  const reference = referenceOf(plan);
  const dot = useMemo(() => (plan.pool ? null : dotProduct(plan, paddedOf(plan), filter, pos.row, pos.col)), [plan, filter, pos.row, pos.col]);
  const pool = useMemo(() => (plan.pool ? poolStep(plan, paddedOf(plan), filter, pos.row, pos.col) : null), [plan, filter, pos.row, pos.col]);
  const flat = filter * pos.count + pos.index;
  const refValue = reference[flat] ?? NaN;
  const result = useEngineStatus((s) => (s.plan === plan && s.state === 'ready' ? s.result : null));
  const tfValue = result?.values[flat];
  const engine: EngineValue | null = result && tfValue !== undefined ? { value: tfValue, backend: result.backend } : null;

  const done = !playing && pos.index === pos.count - 1;
  const size = `${plan.h.out}×${plan.w.out}`;
  const announcement =
    `Output cell row ${pos.row}, column ${pos.col} of ${size}` +
    (plan.filters > 1 ? `, ${plan.pool ? 'channel' : 'filter'} ${filter}` : '') +
    `: ${formatNumber(refValue, 'hyphen')}${done && pos.count > 1 ? '. Last cell, done.' : ''}`;
  const live = useAnnouncer(announcement, playing);

  return (
    <section className="panel step-through" aria-labelledby="step-title" data-testid="step-through" {...{ [STEP_PANEL_ATTR]: '' }}>
      <div className="step-head">
        <h2 id="step-title">Step through the output</h2>
        <span className={`badge step-status step-${playing ? 'playing' : done ? 'done' : 'paused'}`} data-testid="step-status">
          {playing ? 'playing' : done ? 'done' : 'paused'}
        </span>
      </div>
      <StepControls
        pos={pos}
        outWidth={plan.w.out}
        playing={playing}
        speed={speed}
        rate={rate}
      />
      {reduced ? (
        <p className="step-note">
          Reduced motion is on: playback moves one cell at a time, at most {REDUCED_MOTION_MAX_SPEED} per second. The buttons and
          arrow keys still step by hand.
        </p>
      ) : null}
      <p className="step-window" data-testid="step-window">
        {outName({ filter, row: pos.row, col: pos.col })} reads {windowText(plan, pos.row, pos.col)} ({strideDilationText(plan)})
      </p>
      {pool ? (
        <PoolStepView plan={plan} step={pool} engine={engine} expanded={expanded} onToggleExpanded={() => setExpanded((e) => !e)} />
      ) : dot ? (
        <DotProductView
          dot={dot}
          mode={plan.config.mode}
          reference={refValue}
          engine={engine}
          expanded={expanded}
          onToggleExpanded={() => setExpanded((e) => !e)}
        />
      ) : null}
      <p className="step-keys">
        Keys (here or with nothing focused): <kbd>Space</kbd> play/pause, <kbd>←</kbd>/<kbd>→</kbd> step, <kbd>Home</kbd>/<kbd>End</kbd>{' '}
        first/last.
      </p>
      <p ref={live} className="visually-hidden" aria-live="polite" data-testid="step-announce" />
    </section>
  );
}
