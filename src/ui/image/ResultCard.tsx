/**
 * One padding mode's result: the picture, a magnified corner (where the
 * border artifact is), its difference from the compared mode, and a PNG
 * download. `data-state` says pending / ready / invalid / error for tests.
 */
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { PadMode } from '../../core';
import { maxAbsDiff } from '../../core';
import { cornerRect } from '../../core';
import { IMAGE_LIMITS } from '../../core';
import { rgbToRgba } from '../../core';
import type { Invalid } from '../../core';
import type { ImagePlan } from '../../core';
import { downloadCanvasPng } from './download';
import { imageRunStore } from '../engineClient/engineStatus';
import { imageStore } from './imageStore';
import { MODE_ALIASES, modeTitle } from './modeInfo';
import { PixelCanvas } from './PixelCanvas';

interface Props {
  readonly mode: PadMode;
  readonly plan: ImagePlan | Invalid;
  readonly runKey: string;
  readonly fileStem: string;
  readonly cval: number;
}

const pct = (v: number, of: number) => `${(100 * v) / of}%`;

export function ResultCard({ mode, plan, runKey, fileStem, cval }: Props) {
  const tagged = useStore(imageRunStore, (s) => s.results[mode]);
  const runState = useStore(imageRunStore, (s) => s.state);
  const error = useStore(imageRunStore, (s) => s.error);
  const compareAgainst = useStore(imageStore, (s) => s.compareAgainst);
  const against = useStore(imageRunStore, (s) => s.results[compareAgainst]);
  const corner = useStore(imageStore, (s) => s.corner);
  const mapping = useStore(imageStore, (s) => s.mapping);
  const canvas = useRef<HTMLCanvasElement>(null);
  const result = tagged?.result;
  const current = tagged?.key === runKey;
  const rgba = useMemo(() => (result ? (mapping === 'clamp' ? result.rgba : rgbToRgba(result.values, mapping)) : null), [result, mapping]);
  const inset = result ? cornerRect(result.width, result.height, corner, IMAGE_LIMITS.inset) : null;
  const diff = useMemo(
    () => (current && result && against?.key === runKey && mode !== compareAgainst ? maxAbsDiff(result.values, against.result.values) : null),
    [current, result, against, runKey, mode, compareAgainst],
  );
  const title = modeTitle(mode, cval);

  if (!plan.ok) {
    return (
      <figure className="image-card image-card-invalid" data-mode={mode}>
        <figcaption>
          <strong>{title}</strong>
          <span className="image-aliases">{MODE_ALIASES[mode]}</span>
        </figcaption>
        {/* Not an alert: the view's status line names every mode that cannot run, once. */}
        <div className="invalid" data-testid={`image-result-${mode}`} data-state="invalid">
          {plan.message}
        </div>
      </figure>
    );
  }

  const state = current ? 'ready' : runState === 'error' ? 'error' : 'pending';
  return (
    <figure className={`image-card${current ? '' : ' image-card-stale'}`} data-mode={mode} aria-busy={!current}>
      <figcaption>
        <strong>{title}</strong>
        <span className="image-aliases">{MODE_ALIASES[mode]}</span>
      </figcaption>
      <div className="image-frame">
        {result && rgba && inset ? (
          <>
            <PixelCanvas
              ref={canvas}
              rgba={rgba}
              width={result.width}
              height={result.height}
              label={`Result with ${title} padding, ${result.width}×${result.height} pixels`}
              testId={`image-result-${mode}`}
              state={state}
              className="image-result"
            />
            <span
              className="image-inset-mark"
              aria-hidden="true"
              style={{ left: pct(inset.x, result.width), top: pct(inset.y, result.height), width: pct(inset.w, result.width), height: pct(inset.h, result.height) }}
            />
          </>
        ) : (
          <div className="image-placeholder" data-testid={`image-result-${mode}`} data-state={state}>
            {state === 'error' ? `TensorFlow.js failed: ${error ?? ''}` : 'computing…'}
          </div>
        )}
      </div>
      {result && rgba && inset ? (
        <div className="image-card-foot">
          <PixelCanvas
            rgba={rgba}
            width={result.width}
            height={result.height}
            crop={inset}
            label={`${corner} corner of the ${title} result, magnified ${IMAGE_LIMITS.insetScale}×`}
            className="image-inset"
            style={{ width: inset.w * IMAGE_LIMITS.insetScale, height: inset.h * IMAGE_LIMITS.insetScale }}
          />
          <div className="image-card-info">
            <span>{`${result.width}×${result.height} · ${result.ms.toFixed(0)} ms`}</span>
            {mode === compareAgainst ? (
              <span>the mode others are compared with</span>
            ) : diff !== null ? (
              <span data-testid={`image-maxdiff-${mode}`}>{`max |Δ| vs ${compareAgainst}: ${diff.toFixed(1)}`}</span>
            ) : null}
            <button
              type="button"
              disabled={!current}
              onClick={() => canvas.current && void downloadCanvasPng(canvas.current, `padlab-${fileStem}-${mode}.png`)}
            >
              Download PNG
              {/* Six of these sit side by side: the name says whose picture each one saves. */}
              <span className="visually-hidden">{` of the ${title} result`}</span>
            </button>
          </div>
        </div>
      ) : null}
    </figure>
  );
}
