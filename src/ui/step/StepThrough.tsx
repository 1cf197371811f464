/**
 * The step-through: walks cells one at a time (buttons, keys, slider,
 * playback) and writes out the current one with its numbers — an output
 * cell's dot product (a pool: its max, or its sum and divisor), or, for a
 * transposed convolution shown as a scatter, an input cell's stamp. It
 * writes only the walk's position (walk.ts) and `ui.playing/speed`; the
 * grids draw the current window or stamp from the same state.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { paddedOf, referenceOf, type Plan } from '../../core';
import { ExportPanel } from '../export/ExportPanel';
import { useApp, useEngineStatus } from '../hooks/useApp';
import { usePictureState } from '../grids/transposedPicture';
import { DotProductView } from './DotProductView';
import { poolStep } from './poolStep';
import type { EngineValue } from './StepValues';
import { formatNumber } from '../../render/formatNumber';
import { useAnnouncer, usePlayback, useReducedMotion, useStepKeys } from './hooks';
import { STEP_PANEL_ATTR } from './keys';
import { playbackRate, REDUCED_MOTION_MAX_SPEED } from './playback';
import { stampOf } from './stamp';
import { stampLine } from './stampLine';
import { StepControls } from './StepControls';
import { dotProduct, outName } from './terms';
import { walkOf } from './walk';
import { strideDilationText, windowText } from './window';

// A pool's and a scatter picture's step views load with the first such layer: the first page (a convolution) needs neither.
const PoolStepView = lazy(() => import('./PoolStepView').then((m) => ({ default: m.PoolStepView })));
const StampView = lazy(() => import('./StampView').then((m) => ({ default: m.StampView })));

export function StepThrough({ plan }: { plan: Plan }) {
  const picture = usePictureState((s) => s.picture);
  const stampIndex = usePictureState((s) => s.stamp);
  const walk = walkOf(plan, useApp((s) => s.view.step), { picture, stamp: stampIndex });
  const pos = walk.pos;
  const scatter = walk.kind === 'input';
  const playing = useApp((s) => s.ui.playing);
  const speed = useApp((s) => s.ui.speed);
  // ui.filter may outlive a configuration with more filters; a pool's output channel is the channel shown.
  const pick = useApp((s) => (plan.pool ? s.ui.channel : s.ui.filter));
  const filter = Math.max(0, Math.min(pick, plan.filters - 1));
  const channel = Math.max(0, Math.min(useApp((s) => s.ui.channel), plan.channels - 1));
  const reduced = useReducedMotion();
  const rate = playbackRate(speed, reduced);
  const [expanded, setExpanded] = useState(false);
  usePlayback(pos.count, rate);
  useStepKeys();

  const reference = referenceOf(plan);
  const dot = useMemo(() => (plan.pool || scatter ? null : dotProduct(plan, paddedOf(plan), filter, pos.row, pos.col)), [plan, scatter, filter, pos.row, pos.col]);
  const pool = useMemo(() => (plan.pool ? poolStep(plan, paddedOf(plan), filter, pos.row, pos.col) : null), [plan, filter, pos.row, pos.col]);
  const stamp = useMemo(() => (scatter ? stampOf(plan, channel, filter, pos.row, pos.col) : null), [plan, scatter, channel, filter, pos.row, pos.col]);
  const flat = filter * pos.count + pos.index;
  const refValue = reference[flat] ?? NaN;
  const result = useEngineStatus((s) => (s.plan === plan && s.state === 'ready' ? s.result : null));
  const tfValue = result?.values[flat];
  const engine: EngineValue | null = result && tfValue !== undefined ? { value: tfValue, backend: result.backend } : null;

  const done = !playing && pos.index === pos.count - 1;
  const last = done && pos.count > 1 ? '. Last cell, done.' : '';
  const announcement = stamp
    ? `Input cell row ${pos.row}, column ${pos.col} of ${plan.h.n}×${plan.w.n}${plan.channels > 1 ? `, channel ${channel}` : ''}: ${formatNumber(stamp.x, 'hyphen')}${last}`
    : `Output cell row ${pos.row}, column ${pos.col} of ${plan.h.out}×${plan.w.out}` +
      (plan.filters > 1 ? `, ${plan.pool ? 'channel' : 'filter'} ${filter}` : '') +
      `: ${formatNumber(refValue, 'hyphen')}${last}`;
  const live = useAnnouncer(announcement, playing);

  return (
    <section className="panel step-through" aria-labelledby="step-title" data-testid="step-through" {...{ [STEP_PANEL_ATTR]: '' }}>
      <div className="step-head">
        <h2 id="step-title">{scatter ? 'Step through the input (the scatter)' : 'Step through the output'}</h2>
        <span className={`badge step-status step-${playing ? 'playing' : done ? 'done' : 'paused'}`} data-testid="step-status">
          {playing ? 'playing' : done ? 'done' : 'paused'}
        </span>
      </div>
      <StepControls pos={pos} unit={walk.kind} outWidth={scatter ? plan.w.n : plan.w.out} playing={playing} speed={speed} rate={rate} />
      {reduced ? (
        <p className="step-note">
          Reduced motion is on: playback moves one cell at a time, at most {REDUCED_MOTION_MAX_SPEED} per second. The buttons and
          arrow keys still step by hand.
        </p>
      ) : null}
      <p className="step-window" data-testid="step-window">
        {stamp
          ? stampLine(plan, stamp)
          : `${outName({ filter, row: pos.row, col: pos.col })} reads ${windowText(plan, pos.row, pos.col)} (${strideDilationText(plan)})`}
      </p>
      {stamp ? (
        <Suspense fallback={null}>
          <StampView
            plan={plan}
            stamp={stamp}
            reference={reference}
            engine={result}
            expanded={expanded}
            onToggleExpanded={() => setExpanded((e) => !e)}
          />
        </Suspense>
      ) : pool ? (
        <Suspense fallback={null}>
          <PoolStepView plan={plan} step={pool} engine={engine} expanded={expanded} onToggleExpanded={() => setExpanded((e) => !e)} />
        </Suspense>
      ) : dot ? (
        <DotProductView
          dot={dot}
          mode={plan.config.mode}
          transposed={plan.transposed !== null}
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
      <ExportPanel plan={plan} />
    </section>
  );
}
