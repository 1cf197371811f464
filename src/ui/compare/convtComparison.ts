/**
 * The one-click transposed-convolution comparison (issue 13): Keras
 * `Conv2DTranspose(k, s, padding='same')` (A) against the PyTorch
 * `ConvTranspose2d` a port usually writes for it, `padding=⌈(ke−s)/2⌉,
 * output_padding=(ke−s) mod 2` (B). Both give `n·s`, but when `ke − s` is
 * odd Keras crops `⌊(ke−s)/2⌋` from the top/left and PyTorch `⌈(ke−s)/2⌉`:
 * the whole output moves one cell — the decoder that is "one row off".
 *
 * Both keep the layer's input, channels and values. The geometry is the
 * layer's own when it is a transposed convolution with a stride of 2 or more,
 * else the classic odd case, kernel 3, stride 2 (dilation 1).
 */
import { effectiveKernel, FRAMEWORK_LABEL, type Config, type Pair } from '../../core';
import type { ConfigPair } from './poolComparisons';
import type { LaunchLabel } from './tfSameVsTorchLabel';

const ODD_CASE = { kernel: { h: 3, w: 3 }, stride: { h: 2, w: 2 }, dilation: { h: 1, w: 1 } } as const;

/** The geometry both sides use: the layer's own when it is an upsampling transposed convolution, else k=3 s=2. */
function comparedGeometry(c: Config): Pick<Config, 'kernel' | 'stride' | 'dilation'> {
  return c.op === 'convt' && c.stride.h >= 2 && c.stride.w >= 2 ? { kernel: c.kernel, stride: c.stride, dilation: c.dilation } : ODD_CASE;
}

/** PyTorch's usual port of Keras `same` on one axis: `padding = ⌈(ke−s)/2⌉`, `output_padding = (ke−s) mod 2` (0 when ke ≤ s). */
export function torchPortOfSame(k: number, s: number, d: number): { readonly padding: number; readonly outputPadding: number } {
  const extra = Math.max(effectiveKernel(k, d) - s, 0);
  return { padding: Math.ceil(extra / 2), outputPadding: extra % 2 };
}

/** Keras Conv2DTranspose `same` (A) vs PyTorch's usual port (B). */
export function kerasSameVsTorchTransposed(config: Config): ConfigPair {
  const g = comparedGeometry(config);
  const port = (axis: 'h' | 'w') => torchPortOfSame(g.kernel[axis], g.stride[axis], g.dilation[axis]);
  const [h, w] = [port('h'), port('w')];
  const base: Config = { ...config, ...g, op: 'convt', mode: 'zeros', flip: false, w: { kind: 'preset', preset: 'ones' } };
  return {
    a: { ...base, pad: { kind: 'same' }, opad: { h: 0, w: 0 }, framework: 'keras' },
    b: { ...base, pad: { kind: 'explicit', top: h.padding, bottom: h.padding, left: w.padding, right: w.padding }, opad: { h: h.outputPadding, w: w.outputPadding }, framework: 'torch' },
  };
}

/** Python's int-or-tuple argument: `3` when both axes agree, else `(3, 5)`. */
const pyPair = (p: Pair): string => (p.h === p.w ? String(p.h) : `(${p.h}, ${p.w})`);

/** The button's words, read off the pair the click sets. */
export function kerasSameVsTorchTransposedLabel(config: Config): LaunchLabel {
  const { a, b } = kerasSameVsTorchTransposed(config);
  const padding = b.pad.kind === 'explicit' ? pyPair({ h: b.pad.top, w: b.pad.left }) : '0';
  const keras = `Conv2DTranspose(${pyPair(a.kernel)}, ${pyPair(a.stride)}, padding='same')`;
  const torch = `ConvTranspose2d(${pyPair(b.kernel)}, ${pyPair(b.stride)}, padding=${padding}, output_padding=${pyPair(b.opad)})`;
  return {
    text: `${FRAMEWORK_LABEL[a.framework]} ${keras} vs ${FRAMEWORK_LABEL[b.framework]} ${torch}`,
    title:
      `A: Keras/TF padding='same', which crops ⌊(ke−s)/2⌋ first. B: the PyTorch layer a port usually writes for it, padding=⌈(ke−s)/2⌉ with output_padding=(ke−s) mod 2: ` +
      'the same size, shifted one cell when ke − s is odd.',
  };
}
