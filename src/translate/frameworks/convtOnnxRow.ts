/**
 * The ONNX row of a transposed convolution. `ConvTranspose` takes
 * asymmetric crops as `pads` (begins then ends, each ≥ 0), `output_padding`
 * (< stride or dilation) added at the end, `dilations` and `group` — so it
 * says every Plan in one node. Its other spellings decide the crop from a
 * total that includes output_padding, which is not Keras' rule:
 * `auto_pad` SAME_UPPER/SAME_LOWER output `n·s` and split
 * `total = (n−1)s + output_padding + ke − n·s` (odd cell at the end for
 * SAME_UPPER, at the start for SAME_LOWER); an explicit `output_shape`
 * splits `total = (n−1)s + output_padding + ke − output_shape` with the odd
 * cell at the start unless auto_pad is SAME_UPPER.
 * Source: onnx/docs/Operators.md (ConvTranspose, opset 11+).
 */
import { onnxTransposedCrop, type Plan } from '../../core';
import { convtCode, type ConvtAxis, type ConvtCode } from '../codegen/convtFacts';
import { convtOutcome, exactConvtOutcome } from './convtOutcome';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow, type Outcome } from './types';

/** ONNX's pads begin/end and output_padding for the Plan's window: crops ≥ 0, the rows past full as output_padding. */
const pads = (a: ConvtAxis) => ({ begin: a.T, end: Math.max(-a.past, 0), outputPadding: Math.max(a.past, 0) });

/** The attributes every spelling shares. */
function common(c: ConvtCode): string {
  const { h, w } = c;
  return [
    `kernel_shape=[${h.k}, ${w.k}]`,
    `strides=[${h.s}, ${w.s}]`,
    h.d > 1 || w.d > 1 ? `dilations=[${h.d}, ${w.d}]` : '',
    c.g > 1 ? `group=${c.g}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The outcome of an ONNX spelling that outputs `out` per axis and splits `total` per axis. */
function splitOutcome(plan: Plan, c: ConvtCode, out: { h: number; w: number }, upper: boolean, what: string): Outcome {
  const h = onnxTransposedCrop(c.h.full, c.h.q, out.h, upper);
  const w = onnxTransposedCrop(c.w.full, c.w.q, out.w, upper);
  const total = { h: h.total, w: w.total };
  if (total.h < 0 || total.w < 0) {
    return {
      kind: 'error',
      error: `${what}: total padding ${total.h < 0 ? total.h : total.w} is negative, so the spec's pads would be below 0, which ConvTranspose does not allow; runtimes differ on it`,
    };
  }
  return convtOutcome(plan, { h: { before: h.start, out: out.h }, w: { before: w.start, out: out.w } });
}

/** The ONNX row of a transposed-convolution Plan. */
export function onnxConvtRow(plan: Plan): FrameworkRow {
  const c = convtCode(plan);
  const ph = pads(c.h);
  const pw = pads(c.w);
  const qs = `output_padding=[${c.h.q}, ${c.w.q}]`;
  const attempts: Attempt[] = [
    {
      role: 'exact',
      code: `ConvTranspose(${common(c)}, pads=[${ph.begin}, ${pw.begin}, ${ph.end}, ${pw.end}], output_padding=[${ph.outputPadding}, ${pw.outputPadding}])`,
      outcome: exactConvtOutcome(plan),
    },
  ];
  const kind = plan.config.pad.kind;
  if (kind === 'same' || kind === 'same-lower') {
    const upper = kind === 'same';
    attempts.push({
      role: 'literal',
      code: `ConvTranspose(${common(c)}, auto_pad='${upper ? 'SAME_UPPER' : 'SAME_LOWER'}', ${qs})`,
      outcome: splitOutcome(plan, c, { h: c.h.n * c.h.s, w: c.w.n * c.w.s }, upper, `auto_pad='${upper ? 'SAME_UPPER' : 'SAME_LOWER'}'`),
      note: "ONNX's SAME outputs n·s and counts output_padding in the total it crops; Keras' same with output_padding outputs (n−1)s + ke mod 2 + q",
    });
  }
  attempts.push({
    role: 'literal',
    label: 'output_shape',
    code: `ConvTranspose(${common(c)}, output_shape=[${c.h.out}, ${c.w.out}], ${qs})`,
    outcome: splitOutcome(plan, c, { h: c.h.out, w: c.w.out }, false, 'output_shape'),
    note:
      "the spec splits (n−1)s + output_padding + ke − output_shape, the odd cell at the start unless auto_pad='SAME_UPPER'; " +
      'TF splits it without output_padding, the odd cell at the end',
  });
  return { id: 'onnx', name: TABLE_FRAMEWORK_LABEL.onnx, attempts, extraStep: null };
}
