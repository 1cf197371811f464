/**
 * Theano and Caffe rows: both pad inside the convolution with zeros only.
 * Theano `T.nnet.conv2d(border_mode=…)` knows 'valid', 'full', 'half', ints
 * and — since Theano 1.0 (abstract_conv) — pairs `((T, B), (L, R))`; it flips
 * the kernel unless `filter_flip=False`. Caffe's `convolution_param` has
 * `pad_h`/`pad_w`, the same on both sides. Any other border needs a separate
 * padding step before the layer.
 */
import { HALF_KERNEL_FORM, type Plan } from '../../core';
import { planFacts } from '../codegen/facts';
import { THEANO_NO_SAME } from './errors';
import { exactOutcome, halfKernelForms, padOutcome, pyPair, rulePads, samePads } from './geometry';
import { TABLE_FRAMEWORK_LABEL, type Attempt, type FrameworkRow } from './types';

const isSameKind = (plan: Plan) => plan.config.pad.kind === 'same' || plan.config.pad.kind === 'same-lower';

/** Theano's border_mode for the Plan's pads (zeros only). */
function borderMode(plan: Plan): string {
  const [t, b, l, r] = plan.pads;
  if (t + b + l + r === 0) return "'valid'";
  if (samePads(plan.pads, rulePads(plan, 'full'))) return "'full'";
  if (samePads(plan.pads, rulePads(plan, 'half'))) return "'half'";
  return t === b && l === r ? pyPair(t, l) : `((${t}, ${b}), (${l}, ${r}))`;
}

/** The Theano row. */
export function theanoRow(plan: Plan): FrameworkRow {
  const f = planFacts(plan);
  const conv = (mode: string) =>
    `T.nnet.conv2d(x, W, border_mode=${mode}` +
    `${f.sh > 1 || f.sw > 1 ? `, subsample=${pyPair(f.sh, f.sw)}` : ''}` +
    `${f.dh > 1 || f.dw > 1 ? `, filter_dilation=${pyPair(f.dh, f.dw)}` : ''}${f.g > 1 ? `, num_groups=${f.g}` : ''}, filter_flip=${f.flip ? 'True' : 'False'})`;
  const attempts: Attempt[] = [];
  if (isSameKind(plan)) attempts.push({ role: 'literal', code: conv("'same'"), outcome: { kind: 'error', error: THEANO_NO_SAME } });
  // With no padding at all the mode never applies.
  const mode = f.zeroFill || f.noPad ? borderMode(plan) : null;
  attempts.push({
    role: 'exact',
    code: mode ? conv(mode) : `pad the input with the ${plan.config.mode} border yourself → ${conv("'valid'")}`,
    outcome: exactOutcome(plan),
    note: mode?.startsWith('((') ? 'pairs of pads need Theano 1.0; older versions: pad the input first' : undefined,
  });
  if (isSameKind(plan)) attempts.push({ role: 'idiom', code: conv("'half'"), outcome: padOutcome(plan, rulePads(plan, 'half')) });
  return {
    id: 'theano',
    name: TABLE_FRAMEWORK_LABEL.theano,
    attempts,
    extraStep: mode ? null : `Theano's conv2d pads with zeros only: the ${plan.config.mode} border needs a separate padding step`,
  };
}

/** The Caffe row (prototxt `convolution_param`). */
export function caffeRow(plan: Plan): FrameworkRow {
  const f = planFacts(plan);
  const param = (ph: number, pw: number) =>
    `convolution_param { num_output: ${f.F} kernel_h: ${f.KH} kernel_w: ${f.KW} stride_h: ${f.sh} stride_w: ${f.sw} pad_h: ${ph} pad_w: ${pw}` +
    `${f.dh > 1 || f.dw > 1 ? ` dilation: ${f.dh} dilation: ${f.dw}` : ''}${f.g > 1 ? ` group: ${f.g}` : ''} }`;
  const fits = f.noPad || (f.zeroFill && f.symmetric);
  const reasons = [!f.symmetric ? 'pads both sides equally' : '', !f.zeroFill ? 'pads with zeros only' : ''].filter(Boolean);
  const attempts: Attempt[] = [
    {
      role: 'exact',
      code: fits ? param(f.T, f.L) : `pad the input first (Caffe has no padding layer: padded data or a custom layer) → ${param(0, 0)}`,
      outcome: exactOutcome(plan),
    },
  ];
  if (isSameKind(plan)) {
    for (const { form, pads, note } of halfKernelForms(plan)) {
      attempts.push({ role: 'idiom', code: `${param(pads[0], pads[2])}  # ${HALF_KERNEL_FORM[form]}`, outcome: padOutcome(plan, pads), note });
    }
  }
  return {
    id: 'caffe',
    name: TABLE_FRAMEWORK_LABEL.caffe,
    attempts,
    extraStep: fits ? null : `Caffe's convolution ${reasons.join(' and ')}: needs a separate padding step`,
  };
}
