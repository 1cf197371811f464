/**
 * What Keras/TF, PyTorch, Theano, Caffe, ONNX and TensorFlow.js do with the
 * current configuration: how to write the layer so it gives Padlab's pads,
 * what the configuration's own pad spec gives when spelled in each framework
 * (or the exact error it raises), and what people usually write instead;
 * for a pooling layer also whether its border values differ.
 * Pure: reads a Plan, imports no framework.
 */
import type { Plan } from '../../core';
import { caffeRow, theanoRow } from './classic';
import { caffeConvtRow, theanoConvtRow } from './convtClassicRows';
import { onnxConvtRow } from './convtOnnxRow';
import { planCrops } from './convtOutcome';
import { kerasConvtRow, tfjsConvtRow } from './convtTfRows';
import { torchConvtRow } from './convtTorchRow';
import { kerasRow, tfjsRow } from './kerasTf';
import { onnxRow } from './onnxRules';
import { torchRow } from './torchRules';
import { caffePoolRow, theanoPoolRow } from './poolClassicRows';
import { onnxPoolRow } from './poolOnnxRow';
import { kerasPoolRow, tfjsPoolRow } from './poolTfRows';
import { torchPoolRow } from './poolTorchRow';
import type { FrameworkRow, Pads } from './types';

export * from './types';
export { CONSTANT_ARGS, LIBRARIES, LIBRARY_NAMES, MODE_NAMES, NAME_TRAPS, namesFor, type Library, type ModeNames } from './modeNames';

/** Every framework's row for a Plan, in TABLE_FRAMEWORKS order: the pooling or transposed rows for those layers. */
export function frameworkTable(plan: Plan): FrameworkRow[] {
  if (plan.pool) return [kerasPoolRow(plan), torchPoolRow(plan), theanoPoolRow(plan), caffePoolRow(plan), onnxPoolRow(plan), tfjsPoolRow(plan)];
  if (plan.transposed) return [kerasConvtRow(plan), torchConvtRow(plan), theanoConvtRow(plan), caffeConvtRow(plan), onnxConvtRow(plan), tfjsConvtRow(plan)];
  return [kerasRow(plan), torchRow(plan), theanoRow(plan), caffeRow(plan), onnxRow(plan), tfjsRow(plan)];
}

/** True when some way of writing the layer in some framework raises, shifts the grid or changes the size. */
export function hasDifferences(rows: readonly FrameworkRow[]): boolean {
  return rows.some((r) => r.attempts.some((a) => a.outcome.kind === 'error' || a.outcome.diff !== 'same'));
}

/**
 * What the table's pad columns compare: the Plan's pads, or for a
 * transposed convolution its crops `[T, B, L, R]` of the uncropped output
 * plus output padding (its `pads` are the direct picture's border, which no
 * framework writes).
 */
export function tableBasis(plan: Plan): { readonly pads: Pads; readonly what: 'pads' | 'crops' } {
  return plan.transposed ? { pads: planCrops(plan), what: 'crops' } : { pads: plan.pads, what: 'pads' };
}
