/**
 * How many explicit values fit a layer: the shape of the input list `x` and
 * of the kernel list `w`, per operation (design.md, URL schema `x`, `w`;
 * "Operations beyond the forward convolution"). The one copy that the Plan's
 * check, the URL codec, the store's edit rule and the pasted-layer notes read.
 */
import type { Config, Operation } from './config';

/** One flat value list's dimensions, outermost first, each with its letter (`C`, `H`, …). */
export type ValueDims = readonly (readonly [name: string, size: number])[];

export interface ValueShapes {
  /** Input `x`: C×H×W, channel-major then row-major. */
  readonly x: ValueDims;
  /** Kernel `w`; empty when the operation has no kernel values (pools). */
  readonly w: ValueDims;
}

/**
 * Each operation's value shapes. Adding an operation is one entry: convt's
 * weights are PyTorch ConvTranspose2d's `(C, F/g, KH, KW)`, pools have `w: []`.
 */
const inputDims = (c: Config): ValueDims => [['C', c.channels], ['H', c.input.h], ['W', c.input.w]];
const poolShapes = (c: Config): ValueShapes => ({ x: inputDims(c), w: [] });

const SHAPES: Readonly<Record<Operation, (c: Config) => ValueShapes>> = {
  conv: (c) => ({
    x: inputDims(c),
    // PyTorch's OIHW, the channels per group.
    w: [['F', c.filters], [c.groups > 1 ? 'C/g' : 'C', c.channels / c.groups], ['KH', c.kernel.h], ['KW', c.kernel.w]],
  }),
  convt: (c) => ({
    x: inputDims(c),
    // PyTorch ConvTranspose2d's (C, F/g, KH, KW).
    w: [['C', c.channels], [c.groups > 1 ? 'F/g' : 'F', c.filters / c.groups], ['KH', c.kernel.h], ['KW', c.kernel.w]],
  }),
  maxpool: poolShapes,
  avgpool: poolShapes,
};

/** The shapes of the explicit value lists `config` takes. */
export function valueShapes(config: Config): ValueShapes {
  return SHAPES[config.op](config);
}

/** How many values a list of these dimensions holds; 0 for no dimensions (no values at all). */
export function valueCount(dims: ValueDims): number {
  return dims.length === 0 ? 0 : dims.reduce((n, [, size]) => n * size, 1);
}

/** How many explicit values fit `config`: `x` input, `w` kernel (0 when the operation has none). */
export function valueCounts(config: Config): { readonly x: number; readonly w: number } {
  const { x, w } = valueShapes(config);
  return { x: valueCount(x), w: valueCount(w) };
}

/** The dimensions for a message, e.g. `C×H×W = 1×5×5`. */
export function dimsText(dims: ValueDims): string {
  return `${dims.map(([name]) => name).join('×')} = ${dims.map(([, size]) => size).join('×')}`;
}
