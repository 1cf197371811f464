/**
 * Why the undoing layer has its output_padding, in words and numbers read
 * from the two Plans (core derives every value; these only substitute them
 * into the formula's text), and the PyTorch line that builds it.
 */
import { AXES, type Axis, type Plan } from '../../core';

const LINE: Record<Axis, [title: string, one: string, many: string]> = { h: ['Rows', 'row', 'rows'], w: ['Columns', 'column', 'columns'] };
const count = (n: number, axis: Axis) => `${n} ${n === 1 ? LINE[axis][1] : LINE[axis][2]}`;

/** A PyTorch int-or-pair argument: `2` when both axes agree, else `(2, 1)`. */
export const pyArg = (h: number, w: number): string => (h === w ? String(h) : `(${h}, ${w})`);

/**
 * Per axis, why the inverse needs its output padding: "Rows: floor dropped 1 row
 * ((n + pb + pa − ke) mod s = (8 + 0 + 0 − 3) mod 2 = 1), so output_padding = 1."
 */
export function droppedWhy(conv: Plan): string[] {
  return AXES.map((axis) => {
    const a = conv[axis];
    const r = a.remainder;
    const dropped = r === 0 ? `floor dropped no ${LINE[axis][2]}` : `floor dropped ${count(r, axis)}`;
    return `${LINE[axis][0]}: ${dropped} ((n + pb + pa − ke) mod s = (${a.n} + ${a.before} + ${a.after} − ${a.ke}) mod ${a.s} = ${r}), so output_padding = ${r}.`;
  });
}

/** Per axis, the transposed layer's size worked out: "Rows back: full = (3 − 1)·2 + 3 = 7; 7 + output_padding 1 − crops 0 − 0 = 8, the input's 8 again." */
export function sizeCheck(inverse: Plan, conv: Plan): string[] {
  if (!inverse.transposed) return [];
  const t = inverse.transposed;
  return AXES.map((axis) => {
    const a = t[axis];
    const full = `(${inverse[axis].n} − 1)·${a.stride} + ${inverse[axis].ke} = ${a.full}`;
    return `${LINE[axis][0]} back: full = ${full}; ${a.full} + output_padding ${a.q} − crops ${a.cropBefore} − ${a.cropAfter} = ${inverse[axis].out}, the input's ${conv[axis].n} again.`;
  });
}

/** `padding=`, `dilation=` and `groups=` as PyTorch takes them (the last two only when not 1). */
function extraArgs(plan: Plan): string {
  const c = plan.config;
  const dilation = c.dilation.h === 1 && c.dilation.w === 1 ? '' : `, dilation=${pyArg(c.dilation.h, c.dilation.w)}`;
  const groups = c.groups === 1 ? '' : `, groups=${c.groups}`;
  return `${dilation}${groups}`;
}

/**
 * The inverse as PyTorch code: `nn.ConvTranspose2d(F, C, k, stride=s,
 * padding=p, output_padding=q)` when each axis crops both sides alike;
 * else the layer without padding and a slice, since PyTorch's `padding`
 * crops both sides alike. `note` says which.
 */
export function torchTransposed(inverse: Plan): { readonly code: string; readonly note: string } {
  const t = inverse.transposed;
  if (!t) return { code: '', note: '' };
  const c = inverse.config;
  const head = `nn.ConvTranspose2d(${inverse.channels}, ${inverse.filters}, ${pyArg(c.kernel.h, c.kernel.w)}, stride=${pyArg(t.h.stride, t.w.stride)}`;
  const q = `output_padding=${pyArg(t.h.q, t.w.q)}${extraArgs(inverse)})`;
  if (t.h.cropBefore === t.h.cropAfter && t.w.cropBefore === t.w.cropAfter) {
    return { code: `${head}, padding=${pyArg(t.h.cropBefore, t.w.cropBefore)}, ${q}`, note: '' };
  }
  const crops = [t.h.cropBefore, t.h.cropAfter, t.w.cropBefore, t.w.cropAfter].join(',');
  return {
    code: `layer = ${head}, ${q}\ny = layer(x)[:, :, ${t.h.cropBefore}:${t.h.cropBefore + inverse.h.out}, ${t.w.cropBefore}:${t.w.cropBefore + inverse.w.out}]`,
    note: `The crops are asymmetric (T,B,L,R = ${crops}): PyTorch's padding= crops both sides alike, so the layer crops nothing and a slice takes the rows and columns.`,
  };
}

/** The way back as PyTorch code, `nn.Conv2d(F, C, k, stride=s, padding=p)`, or null when its pads differ per side. */
export function torchForward(conv: Plan): string | null {
  const [top, bottom, left, right] = conv.pads;
  if (top !== bottom || left !== right) return null;
  const c = conv.config;
  return `nn.Conv2d(${conv.channels}, ${conv.filters}, ${pyArg(c.kernel.h, c.kernel.w)}, stride=${pyArg(c.stride.h, c.stride.w)}, padding=${pyArg(top, left)}${extraArgs(conv)})`;
}

/** Why floor drops on the way back exactly what output_padding added: "floor drops 1 row and 1 column, the output_padding". */
export function backWhy(conv: Plan): string {
  const parts = AXES.filter((axis) => conv[axis].remainder > 0).map((axis) => count(conv[axis].remainder, axis));
  return parts.length === 0 ? 'floor drops nothing: there is no output_padding to take back' : `floor drops ${parts.join(' and ')}, the ones output_padding added`;
}
