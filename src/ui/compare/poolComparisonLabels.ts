/**
 * The words of the one-click pooling comparisons, read off the pair each
 * click sets (poolComparisons.ts), so a label cannot promise another layer
 * than the view gets: each side as the constructor call its framework's
 * code writes, Python's int-or-tuple arguments (`3` or `(3, 5)`), the
 * framework names from core's FRAMEWORK_LABEL and the operation's from
 * OPERATION_LABEL.
 */
import { FRAMEWORK_LABEL, OPERATION_LABEL, type Config, type Pair, type PoolOperation } from '../../core';
import { torchCeilVsTfSame, torchCipVsTfSame, type ConfigPair } from './poolComparisons';
import type { LaunchLabel } from './tfSameVsTorchLabel';

/** Python's int-or-tuple argument: `3` when both axes agree, else `(3, 5)` (height, width). */
const pyPair = (p: Pair): string => (p.h === p.w ? String(p.h) : `(${p.h}, ${p.w})`);
const pyBool = (b: boolean): string => (b ? 'True' : 'False');

const TORCH_CLASS: Readonly<Record<PoolOperation, string>> = { maxpool: 'MaxPool2d', avgpool: 'AvgPool2d' };
const KERAS_CLASS: Readonly<Record<PoolOperation, string>> = { maxpool: 'MaxPooling2D', avgpool: 'AveragePooling2D' };

const poolOp = (c: Config): PoolOperation => (c.op === 'avgpool' ? 'avgpool' : 'maxpool');

/** `MaxPool2d(3, 2, padding=1, ceil_mode=True)`: the PyTorch side, its explicit pads as `padding=` (top, left). */
function torchCall(c: Config): string {
  const padding = c.pad.kind === 'explicit' ? pyPair({ h: c.pad.top, w: c.pad.left }) : '0';
  const args = [pyPair(c.kernel), pyPair(c.stride), `padding=${padding}`];
  if (c.ceil) args.push('ceil_mode=True');
  if (c.op === 'avgpool') args.push(`count_include_pad=${pyBool(c.cip)}`);
  return `${TORCH_CLASS[poolOp(c)]}(${args.join(', ')})`;
}

/** `MaxPooling2D(3, 2, padding='same')`: the Keras side. */
function kerasCall(c: Config): string {
  return `${KERAS_CLASS[poolOp(c)]}(${pyPair(c.kernel)}, ${pyPair(c.stride)}, padding='${c.pad.kind}')`;
}

/** "PyTorch MaxPool2d(…) vs Keras / TensorFlow MaxPooling2D(…)", A first. */
function pairText({ a, b }: ConfigPair): string {
  return `${FRAMEWORK_LABEL[a.framework]} ${torchCall(a)} vs ${FRAMEWORK_LABEL[b.framework]} ${kerasCall(b)}`;
}

/** The max pooling button: PyTorch ceil_mode=True against TF SAME. */
export function torchCeilVsTfSameLabel(config: Config): LaunchLabel {
  const pair = torchCeilVsTfSame(config);
  const { a, b } = pair;
  return {
    text: pairText(pair),
    title:
      `${OPERATION_LABEL.maxpool} on this input. A: ${FRAMEWORK_LABEL[a.framework]} ${torchCall(a)} rounds the window count up ` +
      `(a last window may hang past the padding). B: ${FRAMEWORK_LABEL[b.framework]} ${kerasCall(b)} gives ⌈n/s⌉ windows, ` +
      'its odd padding cell at the bottom/right. They can differ in size and in where the windows start (a 3×3 stride-2 pool, for one, on an even input).',
  };
}

/** The average pooling button: PyTorch count_include_pad=True against TF SAME. */
export function torchCipVsTfSameLabel(config: Config): LaunchLabel {
  const pair = torchCipVsTfSame(config);
  const { a, b } = pair;
  return {
    text: pairText(pair),
    title:
      `${OPERATION_LABEL.avgpool} on this input. A: ${FRAMEWORK_LABEL[a.framework]} ${torchCall(a)} divides every window by all its cells, padding included. ` +
      `B: ${FRAMEWORK_LABEL[b.framework]} ${kerasCall(b)} divides by the real cells only. Where SAME pads as PyTorch does (a 3×3 stride-2 pool on an odd input, for one), ` +
      'only the border cells differ; elsewhere the windows start at other cells too.',
  };
}
