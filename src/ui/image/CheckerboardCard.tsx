/**
 * One upsampling of the checkerboard section: the result as tfjs computed it
 * and its overlap-count map side by side, at one whole-pixel scale (so every
 * output pixel is drawn the same size and the pattern is not a resampling
 * artefact), the one-line explanation, and the check against the core.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { IMAGE_LIMITS, borderSentence, orList, overlapRgba, overlapSentence, rampColour, rampPosition } from '../../core';
import type { CheckerboardItem } from './checkerboardSetup';
import { OverlapLegend } from './OverlapLegend';
import { PixelCanvas } from './PixelCanvas';
import { upsampleRunStore } from './upsampleClient';

interface Props {
  readonly item: CheckerboardItem;
  /** The top count of both maps: they share one colour scale. */
  readonly maxCount: number;
  readonly runKey: string;
}

/** The largest whole scale that keeps `size` pixels within the display target (at least 1). */
export const wholeScale = (size: number) => Math.max(1, Math.floor(IMAGE_LIMITS.checkerboardDisplay / size));

/** `4/9` for s²/k², reduced. */
function tapFraction(k: number, s: number): string {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  const g = gcd(s * s, k * k);
  return `${(s * s) / g}/${(k * k) / g}`;
}

export function CheckerboardCard({ item, maxCount, runKey }: Props) {
  const { kind, k, s, padding, outputPadding, plan, map } = item;
  const tagged = useStore(upsampleRunStore, (st) => st.results[kind]);
  const runState = useStore(upsampleRunStore, (st) => st.state);
  const error = useStore(upsampleRunStore, (st) => st.error);
  const overlap = useMemo(() => (map ? overlapRgba(map.counts, maxCount) : null), [map, maxCount]);
  const multiple = k % s === 0;
  const title = `k=${k}, s=${s}: ${multiple ? 'a multiple of the stride' : 'not a multiple of the stride'}`;
  const torch = `nn.ConvTranspose2d(3, 3, kernel_size=${k}, stride=${s}, padding=${padding}, output_padding=${outputPadding}, groups=3, bias=False)`;

  if (!plan.ok || !map || !overlap) {
    return (
      <figure className="image-card cb-card" data-kind={kind}>
        <figcaption>
          <strong>{title}</strong>
        </figcaption>
        <div className="invalid" data-testid={`checkerboard-result-${kind}`} data-state="invalid">
          {plan.ok ? 'No overlap map for this plan.' : plan.message}
        </div>
      </figure>
    );
  }

  const oh = plan.h.out;
  const ow = plan.w.out;
  const scale = wholeScale(Math.max(oh, ow));
  // Width only: a narrow screen may shrink it (max-width), and the height follows the aspect ratio.
  const size = { width: ow * scale };
  const result = tagged?.result;
  const current = tagged?.key === runKey;
  const state = current ? 'ready' : runState === 'error' ? 'error' : 'pending';
  const counts = `${orList(map.interior)} taps`;
  const rows = map.h.counts.slice(0, 2 * s + 2).join(' ');

  return (
    <figure className={`image-card cb-card${current ? '' : ' image-card-stale'}`} data-kind={kind} aria-busy={!current}>
      <figcaption>
        <strong>{title}</strong>
        <code className="cb-code">{torch}</code>
        <span className="image-aliases">{`every tap ${tapFraction(k, s)} (s²/k²) · output ${ow}×${oh} · shown ${scale}× (one output pixel = ${scale}×${scale} screen pixels)`}</span>
      </figcaption>
      <div className="cb-pair">
        <div className="cb-pane">
          <h4>Result on TensorFlow.js</h4>
          {result ? (
            <PixelCanvas
              rgba={result.rgba}
              width={result.width}
              height={result.height}
              label={`The picture upsampled ×${s} by a ${k}×${k} transposed convolution, ${ow}×${oh} pixels; inside the border each pixel sums ${counts}${map.interior.length > 1 ? ', a checkerboard of bright and dark pixels' : ', evenly'}`}
              testId={`checkerboard-result-${kind}`}
              state={state}
              className="cb-pixels"
              style={size}
            />
          ) : (
            <div className="image-placeholder cb-placeholder" style={{ ...size, aspectRatio: `${ow} / ${oh}` }} data-testid={`checkerboard-result-${kind}`} data-state={state}>
              {state === 'error' ? `TensorFlow.js failed: ${error ?? ''}` : 'computing…'}
            </div>
          )}
        </div>
        <div className="cb-pane">
          <h4>Overlap count (taps per pixel)</h4>
          <PixelCanvas
            rgba={overlap}
            width={ow}
            height={oh}
            label={`Overlap counts of the ${k}×${k} kernel at stride ${s}: ${orList(map.distinct)} taps per pixel over the whole output, ${orList(map.interior)} inside the border`}
            testId={`checkerboard-overlap-${kind}`}
            className="cb-pixels"
            style={size}
          />
          <OverlapLegend counts={map.counts} distinct={map.distinct} colour={(c) => rampColour(rampPosition(c, maxCount))} />
        </div>
      </div>
      <p className="cb-explain" data-testid={`checkerboard-explain-${kind}`}>
        {overlapSentence(k, s, map)}
      </p>
      <p className="image-hint">
        {`Taps per row from the top: ${rows} … (columns alike). `}
        {borderSentence(map) ?? ''}
      </p>
      <p className="image-hint" data-testid={`checkerboard-check-${kind}`}>
        {result && current
          ? `${result.backend} · ${result.ms.toFixed(0)} ms · max |Δ| vs the core's scatter reference: ${result.maxAbsDiff.toPrecision(2)} (float32 allows ${result.tolerance.toPrecision(2)})`
          : 'checking against the core reference…'}
      </p>
    </figure>
  );
}
