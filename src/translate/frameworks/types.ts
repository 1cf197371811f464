/**
 * The framework table's records: for one Plan, what each framework does when
 * the layer is written a given way — its pads and output size, or the exact
 * error it raises. Plain data; the UI only renders it.
 */

import { FRAMEWORK_LABEL, type Pads } from '../../core';

/** Rows of the table, in display order. `tfjs` is never the `fw` of the URL (it has no rules of its own there). */
export const TABLE_FRAMEWORKS = ['keras', 'torch', 'theano', 'caffe', 'onnx', 'tfjs'] as const;
export type TableFramework = (typeof TABLE_FRAMEWORKS)[number];

/** Row names: core's FRAMEWORK_LABEL, plus TensorFlow.js, which has a row but is never the URL's `fw`. */
export const TABLE_FRAMEWORK_LABEL: Readonly<Record<TableFramework, string>> = { ...FRAMEWORK_LABEL, tfjs: 'TensorFlow.js' };

/** Core's `Pads`, which the framework rows compare. */
export type { Pads };

/** Output height × width, in cells. */
export interface Size {
  readonly h: number;
  readonly w: number;
}

/**
 * How a result compares with Padlab's Plan:
 * `same` — identical pads, so identical output;
 * `shifted` — same output size but other pads, so every window sits on other cells;
 * `size` — another output size;
 * `values` — same pads and size, other border values (a pool's padding that
 * wins a max, or an average's other divisor), on this input.
 */
export type Diff = 'same' | 'shifted' | 'size' | 'values';

export type Outcome =
  | {
      readonly kind: 'ok';
      readonly pads: Pads;
      readonly out: Size;
      readonly diff: Diff;
      /** With `values`: how many output values (all channels) differ from Padlab's, of how many. */
      readonly cells?: { readonly differ: number; readonly of: number };
    }
  | { readonly kind: 'error'; readonly error: string };

/**
 * One way of writing the layer.
 * `literal`: the configuration's own pad spec, spelled in the framework (e.g. `padding='same'`);
 * `exact`: what reproduces Padlab's pads and values;
 * `idiom`: what people usually write for "same" (e.g. PyTorch `padding=k//2`).
 */
export interface Attempt {
  readonly role: 'literal' | 'exact' | 'idiom';
  /** The call or layer(s), as code; `→` separates a padding step from the convolution. */
  readonly code: string;
  readonly outcome: Outcome;
  /** Why this way is needed or what to watch, when worth saying. */
  readonly note?: string;
  /** The line's label when the role's usual one does not fit (a pool's common port is not a "same"). */
  readonly label?: string;
}

export interface FrameworkRow {
  readonly id: TableFramework;
  /** Display name, e.g. "PyTorch". */
  readonly name: string;
  /** At least one attempt; the `exact` one is always present. */
  readonly attempts: readonly Attempt[];
  /** Why the convolution layer cannot pad by itself (a separate padding step is needed), or null. */
  readonly extraStep: string | null;
}
