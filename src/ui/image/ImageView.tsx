/**
 * Image mode: a real picture through every padding mode on TensorFlow.js,
 * side by side, each with a magnified corner, and a difference map. The
 * pad spec, stride, dilation and constant are the grid view's (app store);
 * the picture and the kernel are image mode's own (imageStore). A second
 * tab upsamples the same picture by transposed convolutions (the checkerboard).
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { PAD_MODES } from '../../core';
import type { ImagePlan } from '../../core';
import { DerivationPanel } from '../DerivationPanel';
import { CheckerboardControls } from './CheckerboardControls';
import { CheckerboardPanel } from './CheckerboardPanel';
import { ImageDiffPanel } from './ImageDiffPanel';
import { slug } from './download';
import { ImageJson } from './ImageJson';
import { ImageStatus } from './ImageStatus';
import { imageStore } from './imageStore';
import { ImageTabs, tabId, tabPanelId } from './ImageTabs';
import { KernelControls } from './KernelControls';
import { LayerControls, ViewControls } from './LayerControls';
import { ResultCard } from './ResultCard';
import { PixelCanvas } from './PixelCanvas';
import { hasSource, showSample } from './sourceActions';
import { SourcePicker } from './SourcePicker';
import { startUpsampleClient } from './upsampleClient';
import { useImageSetup, type ImageSetup } from './useImageSetup';

/** What the standing status line says: the kernel in use while a custom one is broken, and the modes that cannot run. */
function viewStatus(fallbackKernel: string | null, cannotRun: readonly string[]): string {
  const parts: string[] = [];
  if (fallbackKernel) parts.push(`Showing the last kernel that worked (${fallbackKernel}) until the custom kernel is fixed.`);
  if (cannotRun.length === 1) parts.push(`${cannotRun[0]} cannot run with these settings: its card says why.`);
  else if (cannotRun.length > 1) parts.push(`${cannotRun.length} modes cannot run with these settings (${cannotRun.join(', ')}): their cards say why.`);
  return parts.join(' ');
}

function Summary({ setup, shape }: { setup: ImageSetup; shape: ImagePlan | null }) {
  const { source } = setup;
  // ImageStatus keeps one place in this tree with or without a picture: its live region is in the
  // page before the first picture arrives and is never re-inserted, so every change of words is announced.
  return (
    <div className="image-summary">
      {source ? <PixelCanvas rgba={source.rgba} width={source.width} height={source.height} label={`Input picture: ${source.name}`} className="image-source-thumb" testId="image-source" /> : null}
      <div>
        {source ? (
          <p className="image-source-name">
            Input <strong>{source.name}</strong> {`· ${source.width}×${source.height} RGB`}
          </p>
        ) : null}
        {shape ? (
          <>
            <h2 className="image-output-title">
              Output <span data-testid="image-output-shape">{`${shape.h.out}×${shape.w.out}`}</span>
            </h2>
            <p className="pads-summary" data-testid="image-pads">
              {`pads top ${shape.pads[0]}, bottom ${shape.pads[1]}, left ${shape.pads[2]}, right ${shape.pads[3]} · padded ${shape.h.padded}×${shape.w.padded}`}
            </p>
          </>
        ) : null}
        <ImageStatus />
      </div>
    </div>
  );
}

/** The padding-modes section's main column: sizes, every mode's result, the difference map, the derivation. */
function ModesPanel({ setup, hidden }: { setup: ImageSetup; hidden: boolean }) {
  const { source, kernel, running, plans, shape, key, cval } = setup;
  const firstInvalid = plans ? PAD_MODES.map((m) => plans[m]).find((p) => !p.ok) : undefined;
  const fileStem = source ? `${slug(source.name)}-${slug(running.label)}` : 'image';
  // Hidden, not unmounted, behind the other tab: its live regions stay in the page (see Summary).
  return (
    <div className="main-column" role="tabpanel" id={tabPanelId('modes')} aria-labelledby={tabId('modes')} hidden={hidden}>
      <section className="panel" aria-label="Input and output size">
        <Summary setup={setup} shape={shape} />
      </section>
      {/* One standing live region for the view's state: inserted together with its words, a status
          is not reliably announced; and one line for all modes that cannot run, not one alert per card. */}
      <p className="image-hint image-view-status" role="status" data-testid="image-view-status">
        {viewStatus(kernel.ok ? null : running.label, plans ? PAD_MODES.filter((m) => !plans[m].ok) : [])}
      </p>
      {plans && key !== null ? (
        <>
          <section className="image-results" aria-label="The result under every padding mode">
            {PAD_MODES.map((mode) => (
              <ResultCard key={mode} mode={mode} plan={plans[mode]} runKey={key} fileStem={fileStem} cval={cval} />
            ))}
          </section>
          <ImageDiffPanel runKey={key} plans={plans} />
        </>
      ) : null}
      {shape ? <DerivationPanel steps={{ h: shape.h.steps, w: shape.w.steps }} /> : firstInvalid && !firstInvalid.ok && firstInvalid.steps ? <DerivationPanel steps={firstInvalid.steps} failed={firstInvalid.axis} /> : null}
      <ImageJson setup={setup} />
    </div>
  );
}

export function ImageView() {
  const setup = useImageSetup();
  const section = useStore(imageStore, (s) => s.section);

  useEffect(() => {
    if (!hasSource()) showSample('test-card');
  }, []);
  // The checkerboard tab's runs: asked for while the view is open and that tab is chosen.
  useEffect(() => startUpsampleClient(), []);

  return (
    <div className="layout image-view" data-testid="image-view">
      <ImageTabs />
      <section className="panel controls" aria-labelledby="image-controls-title">
        <h2 id="image-controls-title">Picture</h2>
        <SourcePicker />
        {section === 'modes' ? (
          <>
            <h2>Kernel</h2>
            <div className="control-grid">
              <KernelControls kernel={setup.kernel} />
            </div>
            <h2>Layer</h2>
            <div className="control-grid">
              <LayerControls />
            </div>
            <h2>View</h2>
            <div className="control-grid">
              <ViewControls />
            </div>
          </>
        ) : (
          <>
            <h2>Upsampling</h2>
            <div className="control-grid">
              <CheckerboardControls />
            </div>
          </>
        )}
      </section>
      <ModesPanel setup={setup} hidden={section !== 'modes'} />
      {/* Always in the page (each tab's aria-controls names its panel); its content only while chosen. */}
      <div className="main-column" role="tabpanel" id={tabPanelId('checkerboard')} aria-labelledby={tabId('checkerboard')} hidden={section !== 'checkerboard'}>
        {section === 'checkerboard' ? <CheckerboardPanel /> : null}
      </div>
    </div>
  );
}
