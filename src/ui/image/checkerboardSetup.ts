/**
 * What the checkerboard section derives from image mode's state, once per
 * change: the picture box-averaged to the grid's input limit, and for each
 * kernel its core Plan (depthwise convt, PyTorch's crop) and overlap map.
 * One derivation for both readers: the section's view and its engine client
 * (upsampleClient.ts), which runs the plans under `key`.
 */
import {
  CHECKERBOARD_KINDS,
  IMAGE_LIMITS,
  checkerboardPlan,
  downscaleRgb,
  overlapMap,
  rgbToRgba,
  torchUpsampleCrop,
  type CheckerboardChoice,
  type CheckerboardKind,
  type Invalid,
  type OverlapMap,
  type Plan,
  type RgbImage,
} from '../../core';
import type { SourceImage } from './imageStore';

/** One kernel's upsampling: its size, PyTorch's crop, and its Plan and overlap map (or why it cannot run). */
export interface CheckerboardItem {
  readonly kind: CheckerboardKind;
  /** Kernel size k (k×k) and stride s, in pixels. */
  readonly k: number;
  readonly s: number;
  /** PyTorch ConvTranspose2d's `padding` and `output_padding` for an output of n·s. */
  readonly padding: number;
  readonly outputPadding: number;
  readonly plan: Plan | Invalid;
  readonly map: OverlapMap | null;
}

/** The picture the section upsamples: box-averaged by a whole `factor` to fit the core's input limit. */
export interface CheckerboardInput {
  readonly image: RgbImage;
  readonly rgba: Uint8ClampedArray;
  readonly factor: number;
}

export interface CheckerboardSetup {
  readonly source: SourceImage | null;
  readonly choice: CheckerboardChoice;
  readonly input: CheckerboardInput | null;
  /** Per kernel kind; null without a picture. */
  readonly items: Readonly<Record<CheckerboardKind, CheckerboardItem>> | null;
  /** The largest overlap count of the two maps: both are coloured on one scale. */
  readonly maxCount: number;
  /** Identifies the computation (picture, stride, kernel sizes); null when nothing can run. */
  readonly key: string | null;
}

// A picture is downscaled once, however often the stride or kernels change.
const inputs = new WeakMap<SourceImage, CheckerboardInput>();
function inputOf(source: SourceImage): CheckerboardInput {
  let input = inputs.get(source);
  if (!input) {
    const { image, factor } = downscaleRgb(source.rgb, IMAGE_LIMITS.checkerboard.side);
    input = { image, factor, rgba: rgbToRgba(image.rgb) };
    inputs.set(source, input);
  }
  return input;
}

function itemOf(kind: CheckerboardKind, image: RgbImage, k: number, s: number): CheckerboardItem {
  const plan = checkerboardPlan(image, k, s);
  const { padding, outputPadding } = torchUpsampleCrop(k, s);
  return { kind, k, s, padding, outputPadding, plan, map: plan.ok ? overlapMap(plan) : null };
}

function derive(source: SourceImage | null, choice: CheckerboardChoice): CheckerboardSetup {
  if (!source) return { source, choice, input: null, items: null, maxCount: 0, key: null };
  const input = inputOf(source);
  const s = choice.stride;
  const items = {
    uneven: itemOf('uneven', input.image, choice.uneven, s),
    even: itemOf('even', input.image, choice.even, s),
  };
  const maxCount = Math.max(...CHECKERBOARD_KINDS.map((kind) => items[kind].map?.distinct.at(-1) ?? 0));
  const runnable = CHECKERBOARD_KINDS.some((kind) => items[kind].plan.ok);
  const key = runnable ? JSON.stringify([source.id, s, choice.uneven, choice.even]) : null;
  return { source, choice, input, items, maxCount, key };
}

let last: { readonly source: SourceImage | null; readonly choice: CheckerboardChoice; readonly setup: CheckerboardSetup } | null = null;

/** The setup for this picture and choice; the same object while both are (the view and the client share it). */
export function checkerboardSetupOf(source: SourceImage | null, choice: CheckerboardChoice): CheckerboardSetup {
  if (!last || last.source !== source || last.choice !== choice) last = { source, choice, setup: derive(source, choice) };
  return last.setup;
}
