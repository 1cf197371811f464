/**
 * TensorFlow.js export of a pooling layer: `tf.maxPool` / `tf.avgPool` with
 * 'same', 'valid' or an explicit `[[0, 0], [T, B], [L, R], [0, 0]]` — never
 * a single number (tfjs issue 649: it sizes the width from the kernel height)
 * — and `dimRoundingMode 'ceil'` where rounding up alone gives the Plan.
 * tfjs pads a max with nothing that can win and never counts padding in an
 * average (backend-cpu pool_utils: it divides by the input cells read); so
 * an average that counts its padding gets zeros padded first, and dilated
 * max pooling goes through `tf.pool` at stride 1 (tfjs asserts "Either
 * strides or dilations must be 1") on a −Infinity padded input, then every
 * s-th cell. float32, as tfjs runs.
 */
import type { Plan } from '../../core';
import type { Snippet } from './facts';
import { padsSomething, poolCode, poolSummary, type PoolCode } from './poolFacts';
import { jsList } from './sourceLiterals';
import { nhwcPadList } from './tfCommon';

export type TfjsPoolForm = 'op' | 'zero-pad-then-op' | 'dilated';

export function tfjsPoolForm(pc: PoolCode): TfjsPoolForm {
  if (pc.reduce === 'max' && pc.dilated) return 'dilated';
  return pc.reduce === 'avg' && pc.countsPadding && !pc.f.noPad ? 'zero-pad-then-op' : 'op';
}

/**
 * The pad argument (and rounding) of the op: 'same'/'valid' when TF's rule
 * is the Plan; the Plan's pads with 'ceil' when rounding up alone gives it
 * (tfjs has no last-window rule, so not when PyTorch's rule removed a
 * window); else the pads with the ceil overhang, rounded down.
 */
export function tfjsPadArg(pc: PoolCode): string {
  if (pc.tfPadding) return `'${pc.tfPadding.toLowerCase()}'`;
  const { f } = pc;
  if (pc.ceilMatters && !pc.removed) return `${nhwcPadList([f.T, f.B, f.L, f.R])}, 'ceil'`;
  return nhwcPadList(pc.stepPads);
}

const opCall = (pc: PoolCode, v: string, pad: string) =>
  `tf.${pc.reduce === 'max' ? 'maxPool' : 'avgPool'}(${v}, [${pc.f.KH}, ${pc.f.KW}], [${pc.f.sh}, ${pc.f.sw}], ${pad})`;

/** The zero padding of an average that counts it (the step's pads less the overhang), and the op's pad for the overhang. */
function zeroPadParts(pc: PoolCode): { pad: string; opPad: string } {
  const [t, b, l, r] = pc.stepPads;
  return {
    pad: `tf.pad(x, ${nhwcPadList([t, b - pc.oh, l, r - pc.ow])})`,
    opPad: pc.oh > 0 || pc.ow > 0 ? nhwcPadList([0, pc.oh, 0, pc.ow]) : "'valid'",
  };
}

/** Dilated max pooling of `v`: tf.pool at stride 1, then every s-th row and column. */
function dilatedParts(pc: PoolCode, v: string): { pool: string; slice: string | null } {
  const { f } = pc;
  const pool = `tf.pool(${v}, [${f.KH}, ${f.KW}], 'max', 'valid', [${f.dh}, ${f.dw}], [1, 1])`;
  return { pool, slice: f.sh > 1 || f.sw > 1 ? `[1, ${f.sh}, ${f.sw}, 1]` : null };
}

const negInfPad = (pc: PoolCode, v: string) => (padsSomething(pc.stepPads) ? `tf.pad(${v}, ${nhwcPadList(pc.stepPads)}, -Infinity)` : v);

/** The table's one-line tfjs form. */
export function tfjsPoolLine(pc: PoolCode): string {
  switch (tfjsPoolForm(pc)) {
    case 'op':
      return opCall(pc, 'x', tfjsPadArg(pc));
    case 'zero-pad-then-op': {
      const { pad, opPad } = zeroPadParts(pc);
      return `${pad} → ${opCall(pc, 'xp', opPad)}`;
    }
    case 'dilated': {
      const { pool, slice } = dilatedParts(pc, negInfPad(pc, 'x'));
      return slice ? `${pool} → every ${pc.f.sh}×${pc.f.sw}-th cell (tf.stridedSlice)` : pool;
    }
  }
}

/** Lines computing `y` (NHWC) from `x`. */
function bodyLines(pc: PoolCode): string[] {
  switch (tfjsPoolForm(pc)) {
    case 'op':
      return [
        pc.ceilMatters && !pc.removed
          ? "// dimRoundingMode 'ceil' rounds the output size up, as ceil_mode does; the windows past the input read nothing."
          : pc.ceilMatters
            ? "// ceil_mode, written as the overhang padded after: tfjs' own 'ceil' would keep a window PyTorch's rule removes."
            : pc.reduce === 'max'
              ? '// Max pooling: the padding never wins.'
              : '// tfjs averages divide by the input cells read, never the padding.',
        `const y = ${opCall(pc, 'x', tfjsPadArg(pc))};`,
      ];
    case 'zero-pad-then-op': {
      const { pad, opPad } = zeroPadParts(pc);
      return [
        '// tfjs never counts padding in an average: pad the zeros first, as input cells, then average.',
        `const xp = ${pad};`,
        `const y = ${opCall(pc, 'xp', opPad)};`,
      ];
    }
    case 'dilated': {
      const { pool, slice } = dilatedParts(pc, 'xp');
      const lines = [
        '// tf.maxPool has no dilation and tf.pool asserts "Either strides or dilations must be 1": pool every',
        "// position of a -Infinity padded input (tf.pool's own 'same' would pad the dilated input with zeros), then keep every s-th.",
        `const xp = ${negInfPad(pc, 'x')};`,
      ];
      if (!slice) return [...lines, `const y = ${pool};`];
      return [...lines, `const all = ${pool};`, `const y = tf.stridedSlice(all, [0, 0, 0, 0], all.shape, ${slice});`];
    }
  }
}

/** The TensorFlow.js snippet of a pooling Plan. */
export function tfjsPoolSnippet(plan: Plan): Snippet {
  const pc = poolCode(plan);
  const { f } = pc;
  const lines = [
    `// Padlab export (TensorFlow.js): ${poolSummary(pc)}`,
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `// Input C×H×W = ${f.C}×${f.H}×${f.W} (channel-major, one row per line), as NHWC, batch 1.`,
    `const x = tf.transpose(tf.tensor4d(${jsList(plan.input, f.W)}, [1, ${f.C}, ${f.H}, ${f.W}]), [0, 2, 3, 1]);`,
    '',
    ...bodyLines(pc),
    `const out = tf.transpose(y, [0, 3, 1, 2]); // NHWC -> NCHW: shape [1, ${f.C}, ${f.OH}, ${f.OW}]`,
    'out.print();',
    '',
  ];
  const form = tfjsPoolForm(pc);
  const note =
    form === 'zero-pad-then-op'
      ? 'tfjs never counts padding in an average: the zeros are padded first, as input cells.'
      : form === 'dilated'
        ? 'tf.maxPool has no dilation: tf.pool pools at stride 1 on a -Infinity padded input, then every s-th cell is kept.'
        : undefined;
  const code = lines.join('\n');
  return note ? { code, note } : { code };
}
