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


def _window(v, what, nd=2):
    """ksize / strides / dilations of a 2-D pool: an int, [h, w] or [1, h, w, 1] (NHWC)."""
    v = list(v) if isinstance(v, (list, tuple)) else [v]
    if len(v) == 1:
        v = v * nd
    if len(v) == 4:
        if v[0] != 1 or v[3] != 1:
            raise ValueError("%s must be 1 on the batch and channel axes, got %r" % (what, v))
        v = v[1:3]
    if len(v) != 2 or any(not isinstance(q, (int, np.integer)) or q < 1 for q in v):
        raise ValueError("%s must be 1, 2 or 4 positive ints, got %r" % (what, v))
    return int(v[0]), int(v[1])


def _pool(x, kind, ksize, strides, padding, dilations=(1, 1)):
    """TF's pooling: VALID pads nothing; SAME pads as conv2d does, max ignores the padding and an
    average divides by the input cells in the window only (tf.nn.avg_pool documentation)."""
    x = np.asarray(x)
    if x.ndim != 4:
        raise ValueError("pooling: NHWC input expected, got shape %r" % (x.shape,))
    if not isinstance(padding, str) or padding not in ("VALID", "SAME"):
        raise ValueError("padding must be 'VALID' or 'SAME' in this stand-in, got %r" % (padding,))
    (kh, kw), (sh, sw), (dh, dw) = ksize, strides, dilations
    keh, kew = dh * (kh - 1) + 1, dw * (kw - 1) + 1
    n, h, w, c = x.shape
    pads = [(0, 0), (0, 0)]
    if padding == "SAME":
        for i, (size, s, ke) in enumerate(((h, sh, keh), (w, sw, kew))):
            total = max((-(-size // s) - 1) * s + ke - size, 0)
            pads[i] = (total // 2, total - total // 2)
    inside = np.pad(np.ones_like(x), [(0, 0), pads[0], pads[1], (0, 0)])
    fill = -np.inf if kind == "MAX" else 0.0
    xp = np.pad(x, [(0, 0), pads[0], pads[1], (0, 0)], constant_values=fill)
    oh = (xp.shape[1] - keh) // sh + 1
    ow = (xp.shape[2] - kew) // sw + 1
    if oh < 1 or ow < 1:
        raise ValueError("pooling: empty output")
    taps = [(i * dh, j * dw) for i in range(kh) for j in range(kw)]
    cut = lambda a, r, q: a[:, r: r + (oh - 1) * sh + 1: sh, q: q + (ow - 1) * sw + 1: sw, :]
    if kind == "MAX":
        return np.max([cut(xp, r, q) for r, q in taps], axis=0)
    return np.sum([cut(xp, r, q) for r, q in taps], axis=0) / np.sum([cut(inside, r, q) for r, q in taps], axis=0)


def max_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None):
    if data_format != "NHWC":
        raise ValueError("this stand-in runs NHWC only")
    return _pool(input, "MAX", _window(ksize, "ksize"), _window(strides, "strides"), padding)


def avg_pool2d(input, ksize, strides, padding, data_format="NHWC", name=None):
    if data_format != "NHWC":
        raise ValueError("this stand-in runs NHWC only")
    return _pool(input, "AVG", _window(ksize, "ksize"), _window(strides, "strides"), padding)


def _nn_pool(input, window_shape, pooling_type, strides=None, padding="VALID", data_format=None, dilations=None,
             name=None, dilation_rate=None):
    """tf.nn.pool: TF 2 calls the dilation `dilations`, TF 1 `dilation_rate` (one of them)."""
    if dilations is not None and dilation_rate is not None:
        raise ValueError("give dilations or dilation_rate, not both")
    d = _window(1 if dilations is None and dilation_rate is None else (dilations if dilations is not None else dilation_rate), "dilations")
    s = _window(1 if strides is None else strides, "strides")
    if max(d) > 1 and max(s) > 1:
        raise ValueError("strides > 1 not supported in conjunction with dilation_rate > 1")
    if pooling_type not in ("MAX", "AVG"):
        raise ValueError("pooling_type must be 'MAX' or 'AVG', got %r" % (pooling_type,))
    if max(d) > 1 and padding != "VALID":
        raise NotImplementedError("stand-in: dilated SAME pooling pads zeros through space_to_batch in TF; not modelled")
    return _pool(input, pooling_type, _window(window_shape, "window_shape"), s, padding, d)


def _conv2d_transpose(input, filters, output_shape, strides, padding="SAME", data_format="NHWC", dilations=None, name=None):
    """tf.nn.conv2d_transpose: the gradient of conv2d. The forward convolution of output_shape with
    `padding` must give the input size back (TF's shape check, conv_grad_shape_utils.cc); its
    top/left padding is what is cropped from the uncropped output (n - 1)s + ke."""
    x, k = np.asarray(input), np.asarray(filters)
    if data_format != "NHWC" or x.ndim != 4 or k.ndim != 4:
        raise ValueError("conv2d_transpose: NHWC input and [KH, KW, out, in] filters expected")
    if x.dtype != k.dtype:
        raise TypeError("conv2d_transpose: input %s and filters %s must have the same dtype" % (x.dtype, k.dtype))
    if not isinstance(padding, str) or padding not in ("VALID", "SAME"):
        raise ValueError("this stand-in takes padding 'VALID' or 'SAME', got %r" % (padding,))
    shape = [int(v) for v in output_shape]
    if len(shape) != 4 or shape[0] != x.shape[0] or shape[3] != k.shape[2] or x.shape[3] != k.shape[3]:
        raise ValueError("conv2d_transpose: output_shape %r, input %r and filters %r do not fit" % (shape, x.shape, k.shape))
    sh, sw = _four(strides, "strides")
    dh, dw = _four(1 if dilations is None else dilations, "dilations")
    before = []
    for dim, (n, m, kk, s, d) in enumerate(((x.shape[1], shape[1], k.shape[0], sh, dh), (x.shape[2], shape[2], k.shape[1], sw, dw))):
        ke = d * (kk - 1) + 1
        computed = -(-m // s) if padding == "SAME" else (m - ke) // s + 1
        if computed != n:
            raise ValueError("Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = %d, computed = %d "
                             "spatial_dim: %d input: %d filter: %d output: %d stride: %d dilation: %d" % (n, computed, dim + 1, m, kk, n, s, d))
        before.append(max((n - 1) * s + ke - m, 0) // 2 if padding == "SAME" else 0)
    n, h, w, _ = x.shape
    keh, kew = dh * (k.shape[0] - 1) + 1, dw * (k.shape[1] - 1) + 1
    full = np.zeros((n, max((h - 1) * sh + keh, before[0] + shape[1]), max((w - 1) * sw + kew, before[1] + shape[2]), k.shape[2]), dtype=x.dtype)
    for i in range(k.shape[0]):
        for j in range(k.shape[1]):
            # Each input cell adds its value times tap (i, j) at (row * s + i * d, col * s + j * d).
            full[:, i * dh: i * dh + (h - 1) * sh + 1: sh, j * dw: j * dw + (w - 1) * sw + 1: sw, :] += x @ k[i, j].T
    return full[:, before[0]: before[0] + shape[1], before[1]: before[1] + shape[2], :]


nn = types.SimpleNamespace(conv2d=_conv2d, conv2d_transpose=_conv2d_transpose, max_pool2d=max_pool2d, avg_pool2d=avg_pool2d, max_pool=max_pool2d,
                           avg_pool=avg_pool2d, pool=_nn_pool)
