/**
 * Everything image mode derives from the state, once per change: the kernel
 * (or why it cannot be made), one plan per padding mode for the picture's
 * size (core/image/imagePlan.ts), and the request key the engine runs under.
 * One derivation for both readers: the view (useImageSetup.ts) and the
 * engine client (ui/engineClient/engineClient.ts), which loads this module with
 * image mode's chunk and runs what `imageRunOf` says.
 */
import { PAD_MODES, type Config, type PadMode } from '../../core';
import { deriveImagePlan, type ImagePlan } from '../../core';
import type { Kernel2D, KernelResult } from '../../core';
import type { Invalid } from '../../core';
import type { ImageRun } from '../engineClient/engineClient';
import { imageStore, type ImageUiState, type SourceImage } from './imageStore';

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

/** What a setup depends on: image mode's own state and the layer settings it shares with the grid view. */
export interface SetupInputs {
  readonly source: SourceImage | null;
  readonly kernel: KernelResult;
  readonly running: Kernel2D;
  readonly pad: Config['pad'];
  readonly stride: Config['stride'];
  readonly dilation: Config['dilation'];
  readonly flip: boolean;
  readonly cval: number;
}

function setupInputs(image: Pick<ImageUiState, 'source' | 'built' | 'lastGood'>, config: Config): SetupInputs {
  const { pad, stride, dilation, flip, cval } = config;
  return { source: image.source, kernel: image.built, running: image.lastGood, pad, stride, dilation, flip, cval };
}

function derive(i: SetupInputs): ImageSetup {
  const { source, kernel, running, pad, stride, dilation, flip, cval } = i;
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
}

let last: { readonly inputs: SetupInputs; readonly setup: ImageSetup } | null = null;

/** The setup for these inputs; the same object while every input is the same (the view and the client share it). */
export function imageSetupOf(inputs: SetupInputs): ImageSetup {
  const same = last && (Object.keys(inputs) as (keyof SetupInputs)[]).every((k) => Object.is(inputs[k], last?.inputs[k]));
  if (!same || !last) last = { inputs, setup: derive(inputs) };
  return last.setup;
}

/** What the engine runs for a setup; null without a picture. */
function imageRunOf(setup: ImageSetup): ImageRun | null {
  const { source, plans, key, running, flip, cval } = setup;
  if (!source || !plans || key === null) return null;
  const valid = PAD_MODES.map((m) => plans[m]).filter((p): p is ImagePlan => p.ok);
  return { key, job: { image: source.rgb, kernel: running, flip, cval }, plans: valid };
}

/** The image run the current state asks for, given the app's configuration. */
export function currentImageRun(config: Config): ImageRun | null {
  return imageRunOf(imageSetupOf(setupInputs(imageStore.getState(), config)));
}

/** Calls `listener` on every change of image mode's own state; returns the unsubscribe function. */
export function watchImageState(listener: () => void): () => void {
  return imageStore.subscribe(listener);
}
