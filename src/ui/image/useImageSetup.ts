/**
 * Everything image mode derives from the state, once per change: the kernel
 * (or why it cannot be made), one plan per padding mode for the picture's
 * size (core/image/imagePlan.ts), and the request key the engine runs under.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { PAD_MODES, type PadMode } from '../../core';
import { deriveImagePlan, type ImagePlan } from '../../core';
import type { Kernel2D, KernelResult } from '../../core';
import type { Invalid } from '../../core';
import { useApp } from '../hooks/useApp';
import { imageStore, type SourceImage } from './imageStore';

export interface ImageSetup {
  readonly source: SourceImage | null;
  /** The kernel as chosen, or why it cannot be made. */
  readonly kernel: KernelResult;
  /** The kernel the results are computed with: the chosen one, or the last good one while it cannot be made. */
  readonly running: Kernel2D;
  /** Per mode: its plan, or why that mode cannot run here. Null without a picture. */
  readonly plans: Readonly<Record<PadMode, ImagePlan | Invalid>> | null;
  /** Any valid plan: pads, output size and steps are the same for every mode. */
  readonly shape: ImagePlan | null;
  /** Identifies the computation (picture, kernel, layer settings); null when nothing can run. */
  readonly key: string | null;
  readonly flip: boolean;
  readonly cval: number;
}

export function useImageSetup(): ImageSetup {
  const source = useStore(imageStore, (s) => s.source);
  const kernel = useStore(imageStore, (s) => s.built);
  const running = useStore(imageStore, (s) => s.lastGood);
  const pad = useApp((s) => s.config.pad);
  const stride = useApp((s) => s.config.stride);
  const dilation = useApp((s) => s.config.dilation);
  const flip = useApp((s) => s.config.flip);
  const cval = useApp((s) => s.config.cval);

  return useMemo(() => {
    if (!source) return { source, kernel, running, plans: null, shape: null, key: null, flip, cval };
    const k = running;
    const entries = PAD_MODES.map((mode) => [
      mode,
      deriveImagePlan({ size: { h: source.height, w: source.width }, kernel: { h: k.h, w: k.w }, stride, dilation, pad, mode }),
    ]);
    const plans = Object.fromEntries(entries) as Record<PadMode, ImagePlan | Invalid>;
    const shape = Object.values(plans).find((p): p is ImagePlan => p.ok) ?? null;
    const key = JSON.stringify([source.id, k.h, k.w, k.values, pad, stride, dilation, flip, cval]);
    return { source, kernel, running, plans, shape, key, flip, cval };
  }, [source, kernel, running, pad, stride, dilation, flip, cval]);
}
