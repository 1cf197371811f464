/**
 * Words for what a pasted layer changed, e.g. "convolution, kernel 7×7,
 * stride 2×2, padding 3, 3, 3, 3 (top, bottom, left, right), mode reflect".
 * Plain function, tested on its own.
 */
import { FRAMEWORK_LABEL, OPERATION_LABEL, type Config, type PadSpec, type Pair } from '../../core';

const pair = (p: Pair) => `${p.h}×${p.w}`;

/** A transposed convolution's explicit pads are crops of its output (design.md, convt). */
function padWords(pad: PadSpec, crops: boolean): string {
  if (pad.kind !== 'explicit') return `padding ${pad.kind}`;
  return `${crops ? 'crops' : 'padding'} ${pad.top}, ${pad.bottom}, ${pad.left}, ${pad.right} (top, bottom, left, right)`;
}

/** One phrase per changed field, in the order the controls show them. */
export function describePatch(patch: Partial<Config>): string[] {
  const out: string[] = [];
  if (patch.op) out.push(OPERATION_LABEL[patch.op].toLowerCase());
  if (patch.input) out.push(`input ${pair(patch.input)}`);
  if (patch.channels !== undefined) out.push(`${patch.channels} input channel${patch.channels === 1 ? '' : 's'}`);
  if (patch.filters !== undefined) out.push(`${patch.filters} filter${patch.filters === 1 ? '' : 's'}`);
  if (patch.kernel) out.push(`kernel ${pair(patch.kernel)}`);
  if (patch.stride) out.push(`stride ${pair(patch.stride)}`);
  if (patch.dilation) out.push(`dilation ${pair(patch.dilation)}`);
  if (patch.groups !== undefined) out.push(patch.groups === 1 ? 'no groups' : `${patch.groups} groups`);
  if (patch.pad) out.push(padWords(patch.pad, patch.op === 'convt'));
  if (patch.opad) out.push(`output padding ${pair(patch.opad)}`);
  if (patch.ceil !== undefined) out.push(patch.ceil ? 'ceil_mode (round up)' : 'round down');
  if (patch.cip !== undefined) out.push(patch.cip ? 'padding counted in the average' : 'padding not counted in the average');
  if (patch.mode) out.push(patch.mode === 'constant' ? `mode constant ${patch.cval ?? 0}` : `mode ${patch.mode}`);
  if (patch.flip !== undefined) out.push(patch.flip ? 'true convolution (kernel flipped)' : 'cross-correlation');
  if (patch.framework) out.push(`framework ${FRAMEWORK_LABEL[patch.framework]}`);
  return out;
}
