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
import { kerasRow, tfjsRow } from './kerasTf';
import { onnxRow } from './onnxRules';
import { torchRow } from './torchRules';
import { caffePoolRow, theanoPoolRow } from './poolClassicRows';
import { onnxPoolRow } from './poolOnnxRow';
import { kerasPoolRow, tfjsPoolRow } from './poolTfRows';
import { torchPoolRow } from './poolTorchRow';
import type { FrameworkRow } from './types';

export * from './types';
export { CONSTANT_ARGS, LIBRARIES, LIBRARY_NAMES, MODE_NAMES, NAME_TRAPS, namesFor, type Library, type ModeNames } from './modeNames';

/** Every framework's row for a Plan, in TABLE_FRAMEWORKS order: the pooling rows for a pool. */
export function frameworkTable(plan: Plan): FrameworkRow[] {
  if (plan.pool) return [kerasPoolRow(plan), torchPoolRow(plan), theanoPoolRow(plan), caffePoolRow(plan), onnxPoolRow(plan), tfjsPoolRow(plan)];
  return [kerasRow(plan), torchRow(plan), theanoRow(plan), caffeRow(plan), onnxRow(plan), tfjsRow(plan)];
}

/** True when some way of writing the layer in some framework raises, shifts the grid or changes the size. */
export function hasDifferences(rows: readonly FrameworkRow[]): boolean {
  return rows.some((r) => r.attempts.some((a) => a.outcome.kind === 'error' || a.outcome.diff !== 'same'));
}
