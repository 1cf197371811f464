/**
 * Image mode's own state (not in the URL: a picture cannot travel in a link):
 * the source picture, the kernel choice and the view options. The layer
 * settings (pad spec, stride, dilation, cval, flip) stay in the app store's
 * config, shared with the grid view.
 */
import { createStore } from 'zustand/vanilla';
import type { PadMode } from '../../core';
import type { Corner } from '../../core';
import { buildKernel, type Kernel2D, type KernelChoice, type KernelResult } from '../../core';
import type { DisplayMapping, RgbImage } from '../../core';
import { defaultCheckerboardChoice, fitCheckerboardChoice, type CheckerboardChoice } from '../../core';

/** The two sections of image mode: every padding mode of a convolution, or the checkerboard of a transposed one. */
export const IMAGE_SECTIONS = ['modes', 'checkerboard'] as const;
export type ImageSection = (typeof IMAGE_SECTIONS)[number];

/** A picture ready to convolve. `id` changes whenever the picture does. */
export interface SourceImage {
  readonly id: number;
  /** The sample's title or the user's file name (always shown as text). */
  readonly name: string;
  readonly origin: 'sample' | 'file' | 'paste';
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8ClampedArray;
  readonly rgb: RgbImage;
}

export interface ImageUiState {
  readonly source: SourceImage | null;
  /** The sample shown, or null for the user's own picture. */
  readonly sample: string | null;
  readonly loading: string | null;
  /** Why the last file could not be used (role="alert"); the previous picture stays. */
  readonly loadError: string | null;
  /** What was changed on load (downscaled), role="status". */
  readonly loadNotice: string | null;
  readonly kernel: KernelChoice;
  /** The kernel the choice makes, or why not (a custom kernel being typed). */
  readonly built: KernelResult;
  /** The last kernel that could be made: the results stay on it while the text is being fixed. */
  readonly lastGood: Kernel2D;
  /** The mode every difference is measured against. */
  readonly compareAgainst: PadMode;
  /** The mode the large difference map shows. */
  readonly diffMode: PadMode;
  readonly corner: Corner;
  readonly mapping: DisplayMapping;
  /** The section shown (a view sub-state, not in the URL, like the picture). */
  readonly section: ImageSection;
  /** The checkerboard section's stride and kernel sizes. */
  readonly checkerboard: CheckerboardChoice;
}

export const DEFAULT_KERNEL: KernelChoice = { name: 'box', size: 9, sigma: 2, custom: '1/16 2/16 1/16\n2/16 4/16 2/16\n1/16 2/16 1/16' };

const DEFAULT_BUILT = buildKernel(DEFAULT_KERNEL);
if (!DEFAULT_BUILT.ok) throw new Error(DEFAULT_BUILT.message);

export const imageStore = createStore<ImageUiState>(() => ({
  source: null,
  sample: null,
  loading: null,
  loadError: null,
  loadNotice: null,
  kernel: DEFAULT_KERNEL,
  built: DEFAULT_BUILT,
  lastGood: DEFAULT_BUILT.kernel,
  compareAgainst: 'zeros',
  diffMode: 'reflect',
  corner: 'top-left',
  mapping: 'clamp',
  section: 'modes',
  checkerboard: defaultCheckerboardChoice(),
}));

export function setImageUi(patch: Partial<ImageUiState>): void {
  imageStore.setState(patch);
}

/** Changes the kernel choice; the kernel is built here, once per change. */
export function setKernel(patch: Partial<KernelChoice>): void {
  imageStore.setState((s) => {
    const kernel = { ...s.kernel, ...patch };
    const built = buildKernel(kernel);
    return { kernel, built, lastGood: built.ok ? built.kernel : s.lastGood };
  });
}

/** Changes the checkerboard's stride or a kernel size; sizes that do not suit a new stride become its defaults. */
export function setCheckerboard(patch: Partial<CheckerboardChoice>): void {
  imageStore.setState((s) => {
    const next = { ...s.checkerboard, ...patch };
    // A new stride starts from its own pair (2s−1 beside 2s): the old sizes were chosen for the old stride.
    const fresh = patch.stride !== undefined && patch.stride !== s.checkerboard.stride;
    return { checkerboard: fitCheckerboardChoice(fresh ? defaultCheckerboardChoice(next.stride) : next) };
  });
}

let nextId = 1;

/** Makes a SourceImage from RGBA bytes (a new id each time). */
export function sourceImage(name: string, origin: SourceImage['origin'], width: number, height: number, rgba: Uint8ClampedArray, rgb: RgbImage): SourceImage {
  return { id: nextId++, name, origin, width, height, rgba, rgb };
}
