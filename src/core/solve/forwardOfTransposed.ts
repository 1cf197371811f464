/**
 * The way back from a transposed convolution (design.md, `convt`): the
 * forward convolution that maps its output size to its input size. It is the
 * convolution whose adjoint the transposed one is — the same kernel tensor
 * (PyTorch's ConvTranspose2d weight `(C, F/g, KH, KW)` read as Conv2d's OIHW),
 * stride and dilation, `F` channels back to `C`, padding the crops:
 * `T` before and what is cropped after `full + q` after. Its padded size is
 * then `full + q`, so `floor` drops exactly the `q` rows output padding added
 * and the output is `n` again — when `q < s`. With `q ≥ s` (PyTorch allows
 * `q < d`) or a negative crop (Keras `valid` with `ke < s` outputs past
 * `full`) there is no such plain padding: no way back is offered.
 */
import { DEFAULT_CONFIG, type Config } from '../config';
import { derivePlan, type Plan } from '../plan';

/** The forward convolution that gives a transposed convolution's input size back, or null when there is none this simple. */
export function forwardOfTransposed(plan: Plan): Config | null {
  const t = plan.transposed;
  if (!t || [t.h, t.w].some((a) => a.cropAfter < 0 || a.q >= a.stride)) return null;
  const c = plan.config;
  const config: Config = {
    ...c,
    op: 'conv',
    input: { h: plan.h.out, w: plan.w.out },
    channels: plan.filters,
    filters: plan.channels,
    pad: { kind: 'explicit', top: t.h.cropBefore, bottom: t.h.cropAfter, left: t.w.cropBefore, right: t.w.cropAfter },
    stride: { h: t.h.stride, w: t.w.stride },
    mode: 'zeros',
    flip: false,
    opad: { h: 0, w: 0 },
    // Typed input values have the transposed layer's input shape, not its output's.
    x: c.x.kind === 'preset' ? c.x : DEFAULT_CONFIG.x,
  };
  const back = derivePlan(config);
  return back.ok && back.h.out === c.input.h && back.w.out === c.input.w ? config : null;
}
