"""numpy stand-in for the parts of TensorFlow the exported snippets use (see ../../README.md).

Not TensorFlow: it follows TF's documented semantics for these calls and raises on
argument forms TF would reject, so the snippets' arithmetic and API use can be run.
"""
import types

import numpy as np

float64 = np.float64
float32 = np.float32


def constant(value, dtype=None):
    return np.array(value, dtype=dtype)


def transpose(a, perm):
    return np.transpose(np.asarray(a), perm)


def reverse(a, axis):
    return np.flip(np.asarray(a), axis)


def concat(values, axis):
    values = [np.asarray(v) for v in values]
    if len({v.dtype for v in values}) != 1:
        raise TypeError("tf.concat: mixed dtypes %s" % [v.dtype for v in values])
    return np.concatenate(values, axis=axis)


def _pairs(paddings, ndim):
    pairs = [tuple(int(q) for q in p) for p in paddings]
    if len(pairs) != ndim or any(len(p) != 2 or min(p) < 0 for p in pairs):
        raise ValueError("paddings must be %d non-negative [before, after] pairs, got %r" % (ndim, paddings))
    return pairs


def pad(tensor, paddings, mode="CONSTANT", constant_values=0):
    x = np.asarray(tensor)
    pairs = _pairs(paddings, x.ndim)
    mode = mode.upper()
    if mode == "CONSTANT":
        return np.pad(x, pairs, mode="constant", constant_values=constant_values)
    if constant_values != 0:
        raise ValueError("constant_values only applies to CONSTANT")
    # MirrorPad: REFLECT needs pad <= n - 1, SYMMETRIC pad <= n (TF InvalidArgumentError otherwise).
    limit = {"REFLECT": 1, "SYMMETRIC": 0}[mode]
    for (b, a), n in zip(pairs, x.shape):
        if max(b, a) > n - limit:
            raise ValueError("paddings must be no greater than the dimension size minus %d: %r vs %d" % (limit, (b, a), n))
    return np.pad(x, pairs, mode={"REFLECT": "reflect", "SYMMETRIC": "symmetric"}[mode])


def _four(v, what):
    v = list(v) if isinstance(v, (list, tuple)) else [v]
    if len(v) == 1:
        v = [1, v[0], v[0], 1]
    elif len(v) == 2:
        v = [1, v[0], v[1], 1]
    if len(v) != 4 or v[0] != 1 or v[3] != 1 or min(v) < 1:
        raise ValueError("%s must be [1, h, w, 1] for NHWC, got %r" % (what, v))
    return int(v[1]), int(v[2])


def _conv2d(input, filters, strides, padding, data_format="NHWC", dilations=None, name=None):
    x, k = np.asarray(input), np.asarray(filters)
    if data_format != "NHWC" or x.ndim != 4 or k.ndim != 4:
        raise ValueError("conv2d: NHWC input and HWIO filters expected")
    if x.dtype != k.dtype:
        raise TypeError("conv2d: input %s and filters %s must have the same dtype" % (x.dtype, k.dtype))
    if x.shape[3] != k.shape[2]:
        raise ValueError("conv2d: input depth %d != filter in-depth %d" % (x.shape[3], k.shape[2]))
    sh, sw = _four(strides, "strides")
    dh, dw = _four(1 if dilations is None else dilations, "dilations")
    n, h, w, _ = x.shape
    kh, kw = (dh * (k.shape[0] - 1) + 1, dw * (k.shape[1] - 1) + 1)
    if isinstance(padding, str):
        if padding not in ("VALID", "SAME"):
            raise ValueError("padding must be 'VALID', 'SAME' or explicit, got %r" % padding)
        pads = [(0, 0), (0, 0)]
        if padding == "SAME":
            for i, (size, s, ke) in enumerate(((h, sh, kh), (w, sw, kw))):
                total = max((-(-size // s) - 1) * s + ke - size, 0)
                pads[i] = (total // 2, total - total // 2)
    else:
        pairs = _pairs(padding, 4)
        if pairs[0] != (0, 0) or pairs[3] != (0, 0):
            raise ValueError("explicit padding of batch/depth must be 0")
        pads = pairs[1:3]
    xp = np.pad(x, [(0, 0), pads[0], pads[1], (0, 0)])
    oh = (xp.shape[1] - kh) // sh + 1
    ow = (xp.shape[2] - kw) // sw + 1
    if oh < 1 or ow < 1:
        raise ValueError("conv2d: empty output")
    out = np.zeros((n, oh, ow, k.shape[3]), dtype=x.dtype)
    for i in range(k.shape[0]):
        for j in range(k.shape[1]):
            win = xp[:, i * dh: i * dh + (oh - 1) * sh + 1: sh, j * dw: j * dw + (ow - 1) * sw + 1: sw, :]
            out += win @ k[i, j]
    return out


nn = types.SimpleNamespace(conv2d=_conv2d)
