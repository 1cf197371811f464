/**
 * The hidden DOM contract of image mode (`data-testid="image-json"`): the
 * picture, kernel, pads and each mode's result summarized (full values only
 * for small pictures), for e2e tests and outside checkers.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { PAD_MODES } from '../../core';
import { summarizePixels, type PixelSummary } from '../../core';
import type { ImageModeResult } from '../../engine';
import { engineStore, imageRunStore } from '../engineClient/engineStatus';
import type { ImageSetup } from './useImageSetup';

// A result's summary hashes every value: compute it once per result, not on every arrival.
const summaries = new WeakMap<Float32Array, PixelSummary>();
function summaryOf(r: ImageModeResult): PixelSummary {
  let s = summaries.get(r.values);
  if (!s) {
    s = summarizePixels(r.values, r.height, r.width, 3);
    summaries.set(r.values, s);
  }
  return s;
}

export function ImageJson({ setup }: { setup: ImageSetup }) {
  const results = useStore(imageRunStore, (s) => s.results);
  const backend = useStore(engineStore, (s) => s.backend?.name ?? null);
  const { source, kernel, running, shape, key, plans } = setup;
  const sourceSummary = useMemo(() => (source ? summarizePixels(source.rgb.rgb, source.height, source.width, 3) : null), [source]);
  const ready = plans !== null && PAD_MODES.every((m) => !plans[m].ok || results[m]?.key === key);
  const text = useMemo(
    () => {
      const current = PAD_MODES.filter((m) => results[m]?.key === key);
      return JSON.stringify({
        source: source && sourceSummary ? { name: source.name, origin: source.origin, ...sourceSummary } : null,
        // The kernel the results were computed with, and the chosen one's problem if it has one.
        kernel: { label: running.label, h: running.h, w: running.w, values: running.values.length <= 81 ? running.values : null, ...(kernel.ok ? {} : { error: kernel.message }) },
        pads: shape?.pads ?? null,
        out: shape ? [shape.h.out, shape.w.out] : null,
        backend,
        results: Object.fromEntries(
          current.map((m) => {
            return [m, summaryOf(results[m]!.result)];
          }),
        ),
        invalid: plans ? Object.fromEntries(PAD_MODES.flatMap((m) => (plans[m].ok ? [] : [[m, plans[m].code]]))) : {},
      });
    },
    [source, sourceSummary, kernel, running, shape, backend, results, key, plans],
  );
  return (
    <pre hidden data-testid="image-json" data-state={ready ? 'ready' : 'pending'}>
      {text}
    </pre>
  );
}
