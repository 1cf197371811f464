/**
 * Theano and Caffe rows of a transposed convolution.
 * Theano 1.0's `conv2d_grad_wrt_inputs(output_grad, filters, input_shape,
 * border_mode, subsample, filter_flip, filter_dilation, num_groups)` is the
 * gradient of its conv2d: like TF it takes the output size (`input_shape`)
 * and the forward convolution's pads (`border_mode`, pairs since 1.0), and
 * its filters are the forward ones, PyTorch's `(C, F/g, KH, KW)`
 * (theano/tensor/nnet/abstract_conv.py). Caffe's `Deconvolution` layer
 * reads `convolution_param` and outputs `s(n−1) + ke − 2·pad`: a symmetric
 * crop, no output padding (caffe/src/caffe/layers/deconv_layer.cpp).
 */
import type { Plan } from '../../core';
import { convtCode, tfAxisForm } from '../codegen/convtFacts';
import { pyTuple } from '../codegen/sourceLiterals';
import { exactConvtOutcome } from './convtOutcome';
import { TABLE_FRAMEWORK_LABEL, type FrameworkRow } from './types';

/** The Theano row. */
export function theanoConvtRow(plan: Plan): FrameworkRow {
  const c = convtCode(plan);
  const fh = tfAxisForm(c.h);
  const fw = tfAxisForm(c.w);
  const shape = [c.h.full + fh.tail - fh.cropStart - fh.cropEnd, c.w.full + fw.tail - fw.cropStart - fw.cropEnd];
  const border =
    fh.cropStart === fh.cropEnd && fw.cropStart === fw.cropEnd
      ? pyTuple(fh.cropStart, fw.cropStart)
      : `((${fh.cropStart}, ${fh.cropEnd}), (${fw.cropStart}, ${fw.cropEnd}))`;
  const zeros = fh.zeros + fw.zeros > 0;
  const code =
    `conv2d_grad_wrt_inputs(x, W, input_shape=(1, ${c.F}, ${shape[0]}, ${shape[1]}), border_mode=${border}, subsample=${pyTuple(c.h.s, c.w.s)}, ` +
    `filter_flip=False${c.h.d > 1 || c.w.d > 1 ? `, filter_dilation=${pyTuple(c.h.d, c.w.d)}` : ''}${c.g > 1 ? `, num_groups=${c.g}` : ''})` +
    (zeros ? ` → pad ${fh.zeros} row(s) / ${fw.zeros} column(s) of zeros after` : '');
  return {
    id: 'theano',
    name: TABLE_FRAMEWORK_LABEL.theano,
    attempts: [
      {
        role: 'exact',
        code,
        outcome: exactConvtOutcome(plan),
        note: "the gradient of conv2d: input_shape is the output wanted, border_mode the forward pads (pairs need Theano 1.0); filter_flip=False for PyTorch's kernel",
      },
    ],
    extraStep: zeros ? 'rows past the stride cannot come from input_shape: pad the output with zeros' : null,
  };
}

/** The Caffe row (prototxt). */
export function caffeConvtRow(plan: Plan): FrameworkRow {
  const c = convtCode(plan);
  // Caffe crops `pad` from both ends of full and adds nothing: exact when the Plan crops T before and T after full.
  const fits = c.h.past === -c.h.T && c.w.past === -c.w.T;
  const param = (ph: number, pw: number) =>
    `Deconvolution convolution_param { num_output: ${c.F} kernel_h: ${c.h.k} kernel_w: ${c.w.k} stride_h: ${c.h.s} stride_w: ${c.w.s} pad_h: ${ph} pad_w: ${pw}` +
    `${c.h.d > 1 || c.w.d > 1 ? ` dilation: ${c.h.d} dilation: ${c.w.d}` : ''}${c.g > 1 ? ` group: ${c.g}` : ''} }`;
  const code = fits
    ? param(c.h.T, c.w.T)
    : `${param(0, 0)} → Crop (axis: 2, offset: ${c.h.T}, offset: ${c.w.T}) to ${c.h.out}×${c.w.out}` +
      (c.h.past > 0 || c.w.past > 0 ? ', zeros past the uncropped output from a custom layer' : '');
  return {
    id: 'caffe',
    name: TABLE_FRAMEWORK_LABEL.caffe,
    attempts: [{ role: 'exact', code, outcome: exactConvtOutcome(plan) }],
    extraStep: fits ? null : "Caffe's Deconvolution crops the same pad from both ends and has no output padding: a Crop layer (against a blob of the wanted size) after it",
  };
}
