/**
 * The explorer: controls and presets, the padded grid with the window map,
 * kernel and output (with the layer that undoes it), a causal stack's table,
 * the derivation and warnings, the step-through, and the data panel.
 * Everything reads one Plan; an invalid configuration shows why, never a blank page.
 */
import { lazy, memo, Suspense, useDeferredValue, useEffect } from 'react';
import { FRAMEWORK_LABEL, type Plan } from '../core';
import { BackendBadge } from './BackendBadge';
import { CompareLaunch } from './compare';
import { ControlsPanel } from './controls/ControlsPanel';
import { DataPanel } from './DataPanel';
import { DerivationPanel } from './DerivationPanel';
import { startEngineClient } from './engineClient/engineClient';
import { ErrorBoundary } from './ErrorBoundary';
import { GridsPanel } from './grids/GridsPanel';
import { useApp, usePlan } from './hooks/useApp';
import { UndoLayer } from './inverse';
import { OpenLayerBanner } from './net/OpenLayerBanner';
import { Notices } from './Notices';
import { CausalStackPanel, PresetsPanel } from './presets';
import { ShareButton } from './share';
import { StepThrough } from './step/StepThrough';
import { ViewNav } from './ViewNav';
import { Warnings } from './Warnings';

// Image mode loads its own code (samples, pipeline) only when opened.
const ImageView = lazy(() => import('./image/ImageView').then((m) => ({ default: m.ImageView })));
// Not the default view either: its code loads when a link or the nav opens it.
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
// The network view, likewise (layers, skip pairs, receptive fields, the model parser).
const NetView = lazy(() => import('./net/NetView').then((m) => ({ default: m.NetView })));
// Embed mode (embed=1), only ever opened by a link.
const EmbedView = lazy(() => import('./embed/EmbedView').then((m) => ({ default: m.EmbedView })));
// The phone layout's sticky summary (hidden on wide screens): its own chunk, so it adds nothing to the initial JS.
const ConfigSummaryBar = lazy(() => import('./layout/ConfigSummaryBar').then((m) => ({ default: m.ConfigSummaryBar })));
// The exercises, likewise (question generator, grading, score).
const QuizView = lazy(() => import('./quiz/QuizView').then((m) => ({ default: m.QuizView })));

// Panels that may follow a frame later: they re-render after the grids, shape and derivation
// are painted (useDeferredValue), not in the same frame (the code tabs alone are ~4,000 elements).
// Below the fold, and the bulk of the code (every framework's tables and code export, the solver):
// their chunks load after the first paint, so the initial JS stays within its budget (scripts/bench).
const SolvePanelLater = memo(lazy(() => import('./solve').then((m) => ({ default: m.SolvePanel }))));
const BridgePanelLater = memo(lazy(() => import('./frameworks/FrameworkPanel').then((m) => ({ default: m.FrameworkPanel }))));

/**
 * The layer's border in one line: the pads and padded size; a pool's ceil
 * overhang apart; for a transposed convolution its crops of the uncropped
 * output (the grid's picture pads, which may be negative, are in the grid's
 * own legend and in padded-json).
 */
function PadsSummary({ plan }: { plan: Plan }) {
  const t = plan.transposed;
  if (t) {
    return (
      <p className="pads-summary">
        {`crops top ${t.h.cropBefore}, bottom ${t.h.cropAfter}, left ${t.w.cropBefore}, right ${t.w.cropAfter} of the uncropped ${t.h.full + t.h.q}×${t.w.full + t.w.q}`}
        {t.h.q + t.w.q > 0 ? ` (output padding ${t.h.q}×${t.w.q} included)` : ''}
      </p>
    );
  }
  const { h, w } = plan;
  return (
    <p className="pads-summary">
      {`pads top ${plan.pads[0]}, bottom ${plan.pads[1]}, left ${plan.pads[2]}, right ${plan.pads[3]} · padded ${h.padded - h.overhang}×${w.padded - w.overhang}`}
      {h.overhang + w.overhang > 0 ? ` · the ceil window hangs ${h.overhang}×${w.overhang} past it` : ''}
    </p>
  );
}

function ValidView({ plan }: { plan: Plan }) {
  const later = useDeferredValue(plan);
  return (
    <>
      <section className="panel results" aria-labelledby="results-title">
        <div className="results-head">
          <h2 id="results-title">
            Output <span data-testid="output-shape">{`${plan.h.out}×${plan.w.out}`}</span>
            {plan.filters > 1 ? ` × ${plan.filters} ${plan.pool ? 'channels' : 'filters'}` : ''}
          </h2>
          <PadsSummary plan={plan} />
          <BackendBadge plan={plan} />
          <UndoLayer plan={plan} />
        </div>
        <ErrorBoundary panel="the grids" resetKey={plan}>
          <GridsPanel plan={plan} />
        </ErrorBoundary>
      </section>
      <CausalStackPanel config={plan.config} />
      <ErrorBoundary panel="the step-through" resetKey={plan}>
        <StepThrough plan={plan} />
      </ErrorBoundary>
      <ErrorBoundary panel="the derivation" resetKey={plan}>
        <DerivationPanel steps={{ h: plan.h.steps, w: plan.w.steps }} />
      </ErrorBoundary>
      <ErrorBoundary panel="the solver" resetKey={later}>
        <Suspense fallback={<p role="status">Loading the solver…</p>}>
          <SolvePanelLater plan={later} />
        </Suspense>
      </ErrorBoundary>
      <Warnings warnings={plan.warnings} framework={FRAMEWORK_LABEL[plan.config.framework]} />
      <ErrorBoundary panel="the framework comparison and code" resetKey={later}>
        <Suspense fallback={<p role="status">Loading the framework bridge…</p>}>
          <BridgePanelLater plan={later} />
        </Suspense>
      </ErrorBoundary>
      <DataPanel plan={plan} />
    </>
  );
}

function Explorer() {
  const plan = usePlan();
  return (
    <>
      <Notices />
      <OpenLayerBanner />
      {/* The fallback keeps the bar's room, so the grids do not move when it arrives. */}
      <Suspense fallback={<div className="config-summary" />}>
        <ConfigSummaryBar plan={plan} />
      </Suspense>
      <div className="layout">
        <div className="side-column">
          <ErrorBoundary panel="the controls" resetKey={plan}>
            <ControlsPanel />
          </ErrorBoundary>
          <PresetsPanel />
        </div>
        <div className="main-column">
          {plan.ok ? (
            <ValidView plan={plan} />
          ) : (
            <>
              <div role="alert" className="invalid" data-testid="invalid">
                <h2>This configuration cannot run</h2>
                <p>{plan.message}</p>
              </div>
              {plan.steps ? <DerivationPanel steps={plan.steps} failed={plan.axis} /> : null}
            </>
          )}
        </div>
      </div>
    </>
  );
}

function CurrentView() {
  const view = useApp((s) => s.view.view);
  if (view === 'compare') {
    return (
      <>
        <Notices />
        <Suspense fallback={<p role="status">Loading the compare view…</p>}>
          <CompareView />
        </Suspense>
      </>
    );
  }
  if (view === 'image') {
    return (
      <Suspense fallback={<p role="status">Loading image mode…</p>}>
        <ImageView />
      </Suspense>
    );
  }
  if (view === 'quiz') {
    return (
      <>
        <Notices />
        <Suspense fallback={<p role="status">Loading the exercises…</p>}>
          <QuizView />
        </Suspense>
      </>
    );
  }
  if (view === 'net') {
    return (
      <>
        <Notices />
        <Suspense fallback={<p role="status">Loading the network view…</p>}>
          <NetView />
        </Suspense>
      </>
    );
  }
  return <Explorer />;
}

export function App() {
  // The engine client follows the store from here on (engineClient/engineClient.ts). Started after the
  // first commit, not in main.tsx: its first run, and the tfjs import, wait for a paint that shows the app.
  useEffect(() => startEngineClient(), []);
  const framework = useApp((s) => s.config.framework);
  const view = useApp((s) => s.view.view);
  // Embed mode (embed=1): the grids and the step-through only, for an iframe on a course page.
  if (useApp((s) => s.view.embed)) {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <EmbedView />
      </Suspense>
    );
  }
  return (
    <>
      <header className="site-header">
        <h1>Padlab</h1>
        <p>See exactly what a 2-D convolution does at the border — padding, output size and the real result — under {FRAMEWORK_LABEL[framework]}'s rules.</p>
        <div className="header-tools">
          <CompareLaunch />
          <ShareButton />
        </div>
      </header>
      <main>
        <ViewNav />
        <ErrorBoundary resetKey={view}>
          <CurrentView />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <a href="./selftest.html">Self-test: run the PyTorch golden vectors on this browser</a>
      </footer>
    </>
  );
}
