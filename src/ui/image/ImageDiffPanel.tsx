/**
 * Where two padding modes disagree: |a − b| amplified (only the border
 * should light up), with the largest difference printed.
 */
import { useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { PAD_MODES, type PadMode } from '../../core';
import type { ImagePlan } from '../../core';
import type { Invalid } from '../../core';
import { diffMap } from '../../core';
import { cornerRect } from '../../core';
import { IMAGE_LIMITS } from '../../core';
import { Select } from '../controls/Select';
import { imageRunStore } from '../engineClient/engineStatus';
import { imageStore, setImageUi } from './imageStore';
import { PixelCanvas } from './PixelCanvas';

export function ImageDiffPanel({ runKey, plans }: { runKey: string; plans: Readonly<Record<PadMode, ImagePlan | Invalid>> }) {
  const id = useId();
  const mode = useStore(imageStore, (s) => s.diffMode);
  const against = useStore(imageStore, (s) => s.compareAgainst);
  const corner = useStore(imageStore, (s) => s.corner);
  const a = useStore(imageRunStore, (s) => s.results[mode]);
  const b = useStore(imageRunStore, (s) => s.results[against]);
  const ra = a?.key === runKey ? a.result : null;
  const rb = b?.key === runKey ? b.result : null;
  const diff = useMemo(() => (ra && rb ? diffMap(ra.values, rb.values) : null), [ra, rb]);
  const width = ra?.width ?? 0;
  const height = ra?.height ?? 0;
  const inset = ra ? cornerRect(width, height, corner, IMAGE_LIMITS.inset) : null;
  const pixels = width * height;

  return (
    <section className="panel image-diff" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Difference map</h2>
      <div className="image-diff-pickers">
        {/* Out of context "Mode" and "against" say little (a screen reader's list of form fields): the names carry the panel's title. */}
        <label htmlFor={`${id}-a`}>
          <span className="visually-hidden">Difference map: </span>Mode
        </label>
        <Select id={`${id}-a`} value={mode} options={PAD_MODES} onChange={(diffMode: PadMode) => setImageUi({ diffMode })} />
        <label htmlFor={`${id}-b`}>
          <span className="visually-hidden">Difference map: compared </span>against
        </label>
        <Select id={`${id}-b`} value={against} options={PAD_MODES} onChange={(compareAgainst: PadMode) => setImageUi({ compareAgainst })} />
      </div>
      {diff && inset ? (
        <>
          <p data-testid="image-diff-max">
            {mode === against
              ? 'The same mode: no difference.'
              : `max |Δ| = ${diff.maxAbs.toFixed(2)} (of 255) · ${diff.changed.toLocaleString('en-US')} of ${pixels.toLocaleString('en-US')} pixels differ (${((100 * diff.changed) / pixels).toFixed(1)}%) · shown ×${diff.gain.toFixed(1)}`}
          </p>
          <div className="image-diff-row">
            <div className="image-frame">
              <PixelCanvas rgba={diff.rgba} width={width} height={height} label={`Difference between ${mode} and ${against}`} testId="image-diff" state="ready" className="image-result" />
            </div>
            <PixelCanvas
              rgba={diff.rgba}
              width={width}
              height={height}
              crop={inset}
              label={`${corner} corner of the difference, magnified ${IMAGE_LIMITS.insetScale}×`}
              className="image-inset"
              style={{ width: inset.w * IMAGE_LIMITS.insetScale, height: inset.h * IMAGE_LIMITS.insetScale }}
            />
          </div>
          <p className="image-hint">Black: equal. Red → yellow → white: a larger difference. Padding only changes outputs whose window reaches past the edge, so only a band as wide as the padding lights up.</p>
        </>
      ) : (
        <p className="image-hint">
          {!plans[mode].ok || !plans[against].ok
            ? `${!plans[mode].ok ? mode : against} cannot run with these settings (see its card), so there is nothing to compare.`
            : 'Waiting for both results…'}
        </p>
      )}
    </section>
  );
}
