/**
 * The checkerboard section's hidden DOM contract (`data-testid="checkerboard-json"`):
 * for each kernel its size, PyTorch's crop, output size, overlap counts
 * (distinct over the whole map and inside the border, per axis from the top)
 * and tfjs's result summarized with its difference from the core reference.
 * `data-state` is `ready` once every runnable kernel's result is the current one.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { CHECKERBOARD_KINDS, summarizePixels } from '../../core';
import type { CheckerboardSetup } from './checkerboardSetup';
import { upsampleRunStore } from './upsampleClient';

/** How many leading per-axis counts the JSON lists (enough for two periods at s=4 and the border). */
const AXIS_HEAD = 12;

export function CheckerboardJson({ setup }: { setup: CheckerboardSetup }) {
  const results = useStore(upsampleRunStore, (s) => s.results);
  const { source, input, items, key } = setup;
  const ready = items !== null && key !== null && CHECKERBOARD_KINDS.every((kind) => !items[kind].plan.ok || results[kind]?.key === key);
  const text = useMemo(() => {
    const kinds = items
      ? Object.fromEntries(
          CHECKERBOARD_KINDS.map((kind) => {
            const { k, s, padding, outputPadding, plan, map } = items[kind];
            const tagged = results[kind];
            const r = tagged && tagged.key === key ? tagged.result : null;
            return [
              kind,
              {
                k,
                s,
                padding,
                outputPadding,
                out: plan.ok ? [plan.h.out, plan.w.out] : null,
                invalid: plan.ok ? null : plan.code,
                overlap: map
                  ? { distinct: map.distinct, interior: map.interior, rows: map.h.counts.slice(0, AXIS_HEAD), cols: map.w.counts.slice(0, AXIS_HEAD) }
                  : null,
                result: r ? { ...summarizePixels(r.values, r.height, r.width, 3), backend: r.backend, maxAbsDiff: r.maxAbsDiff, tolerance: r.tolerance } : null,
              },
            ];
          }),
        )
      : null;
    return JSON.stringify({
      source: source && input ? { name: source.name, shape: [input.image.height, input.image.width, 3], factor: input.factor } : null,
      stride: setup.choice.stride,
      kernels: kinds,
    });
  }, [source, input, items, key, results, setup.choice.stride]);
  return (
    <pre hidden data-testid="checkerboard-json" data-state={ready ? 'ready' : 'pending'}>
      {text}
    </pre>
  );
}
