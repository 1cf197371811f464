"""numpy stand-in for the Keras 3 API the exported snippets use (see ../../README.md).

A functional graph of single-input layers, evaluated eagerly by Model.predict.
"""
import types

import numpy as np
import tensorflow as tf

_floatx = ["float32"]


def _set_floatx(value):
    if value not in ("float16", "float32", "float64", "bfloat16"):
        raise ValueError("Unknown floatx %r" % value)
    _floatx[0] = value


config = types.SimpleNamespace(set_floatx=_set_floatx, floatx=lambda: _floatx[0])


class _Node:
    """A symbolic tensor: the layer that makes it and the node it reads."""

    def __init__(self, shape, layer=None, parent=None):
        self.shape = (None,) + tuple(shape)
        self.layer, self.parent = layer, parent


def Input(shape, **kwargs):
    if len(shape) not in (2, 3) or any(not isinstance(s, int) or s < 1 for s in shape):
        raise ValueError("this stand-in expects Input((H, W, C)) or Input((steps, C)), got %r" % (shape,))
    return _Node(shape)


def _pair(v, what):
    v = (v, v) if isinstance(v, int) else tuple(v)
    if len(v) != 2 or any(not isinstance(q, int) or q < 1 for q in v):
        raise ValueError("%s must be an int or 2 ints, got %r" % (what, v))
    return v


class Layer:
    def __init__(self, **kwargs):
        self.built = False

    def __call__(self, x):
        if isinstance(x, _Node):
            # Shape inference the way Keras does it: run call() on a zero batch.
            probe = self.call(np.zeros((1,) + x.shape[1:], dtype=_floatx[0]))
            return _Node(np.asarray(probe).shape[1:], self, x)
        return self.call(x)

    def call(self, x):
        raise NotImplementedError


class ZeroPadding2D(Layer):
    def __init__(self, padding=(1, 1), data_format=None, **kwargs):
        super().__init__(**kwargs)
        if isinstance(padding, int):
            padding = ((padding, padding), (padding, padding))
        elif all(isinstance(p, int) for p in padding):
            padding = ((padding[0], padding[0]), (padding[1], padding[1]))
        if len(padding) != 2 or any(len(p) != 2 for p in padding):
            raise ValueError("padding must be an int, 2 ints or ((top, bottom), (left, right)), got %r" % (padding,))
        self.padding = tuple(tuple(int(q) for q in p) for p in padding)

    def call(self, x):
        (t, b), (l, r) = self.padding
        return tf.pad(x, [[0, 0], [t, b], [l, r], [0, 0]])


class Conv2D(Layer):
    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", data_format=None,
                 dilation_rate=(1, 1), groups=1, use_bias=True, **kwargs):
        super().__init__(**kwargs)
        if filters % groups != 0:
            raise ValueError("The number of filters must be evenly divisible by the number of groups.")
        self.groups = groups
        self.filters, self.kernel_size = filters, _pair(kernel_size, "kernel_size")
        self.strides, self.dilation_rate = _pair(strides, "strides"), _pair(dilation_rate, "dilation_rate")
        if padding not in ("valid", "same"):
            raise ValueError("padding must be 'valid' or 'same', got %r" % padding)
        if max(self.strides) > 1 and max(self.dilation_rate) > 1:
            raise ValueError("`strides > 1` not supported in conjunction with `dilation_rate > 1`")
        self.padding, self.use_bias, self.kernel = padding, use_bias, None

    def set_weights(self, weights):
        if self.use_bias or len(weights) != 1:
            raise ValueError("expected [kernel] for use_bias=False")
        k = np.asarray(weights[0])
        if k.shape[:2] != self.kernel_size or k.shape[3] != self.filters:
            raise ValueError("kernel shape %r does not fit kernel_size %r, filters %d" % (k.shape, self.kernel_size, self.filters))
        self.kernel = k.astype(_floatx[0])

    def call(self, x):
        g = self.groups
        kernel = self.kernel
        if kernel is None:  # the shape probe, before set_weights
            kernel = np.zeros(self.kernel_size + (x.shape[3] // g, self.filters), dtype=_floatx[0])
        if x.shape[3] % g != 0 or kernel.shape[2] * g != x.shape[3]:
            raise ValueError("kernel in-depth %d x groups %d != input channels %d" % (kernel.shape[2], g, x.shape[3]))
        # groups: channel group i feeds filter group i (Keras' grouped convolution), each a plain conv.
        x = np.asarray(x, dtype=_floatx[0])
        cg, fg = x.shape[3] // g, self.filters // g
        parts = [tf.nn.conv2d(x[..., i * cg:(i + 1) * cg], np.ascontiguousarray(kernel[..., i * fg:(i + 1) * fg]),
                              strides=[1, *self.strides, 1], padding=self.padding.upper(),
                              dilations=[1, *self.dilation_rate, 1]) for i in range(g)]
        return np.concatenate(parts, axis=3)


class Conv1D(Layer):
    """Keras 3 Conv1D on (batch, steps, channels); padding 'causal' pads d(k-1) steps of zeros before."""

    def __init__(self, filters, kernel_size, strides=1, padding="valid", data_format=None, dilation_rate=1, groups=1,
                 use_bias=True, **kwargs):
        super().__init__(**kwargs)
        if padding not in ("valid", "same", "causal"):
            raise ValueError("padding must be 'valid', 'same' or 'causal', got %r" % padding)
        if strides > 1 and dilation_rate > 1:
            raise ValueError("`strides > 1` not supported in conjunction with `dilation_rate > 1`")
        self.conv2d = Conv2D(filters, (1, kernel_size), strides=(1, strides), padding="valid" if padding == "causal" else padding,
                             dilation_rate=(1, dilation_rate), groups=groups, use_bias=use_bias)
        self.causal = (dilation_rate * (kernel_size - 1)) if padding == "causal" else 0

    def set_weights(self, weights):
        k = np.asarray(weights[0])
        if k.ndim != 3:
            raise ValueError("Conv1D kernel must be (KW, in, out), got %r" % (k.shape,))
        self.conv2d.set_weights([k[None]])

    def call(self, x):
        x = np.asarray(x, dtype=_floatx[0])
        if x.ndim != 3:
            raise ValueError("Conv1D takes (batch, steps, channels), got %r" % (x.shape,))
        x = np.pad(x, [(0, 0), (self.causal, 0), (0, 0)])
        return self.conv2d.call(x[:, None])[:, 0]


class Conv2DTranspose(Layer):
    """Keras 3 Conv2DTranspose on the TensorFlow backend: its output size from
    backend_utils._get_output_shape_given_tf_padding, then tf.nn.conv2d_transpose with that
    output_shape and padding.upper(); BaseConvTranspose.__init__'s refusals."""

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", output_padding=None, data_format=None,
                 dilation_rate=(1, 1), use_bias=True, **kwargs):
        super().__init__(**kwargs)
        self.filters, self.kernel_size = filters, _pair(kernel_size, "kernel_size")
        self.strides, self.dilation_rate = _pair(strides, "strides"), _pair(dilation_rate, "dilation_rate")
        if padding not in ("valid", "same"):
            raise ValueError("padding must be 'valid' or 'same', got %r" % padding)
        if output_padding is not None:
            output_padding = (output_padding, output_padding) if isinstance(output_padding, int) else tuple(output_padding)
            if any(q >= s for q, s in zip(output_padding, self.strides)):
                raise ValueError("`output_padding` must be < `strides`. output_padding=%r, strides=%r" % (output_padding, self.strides))
        if max(self.strides) > 1 and max(self.dilation_rate) > 1:
            raise ValueError("`strides > 1` not supported in conjunction with `dilation_rate > 1`")
        self.padding, self.output_padding, self.use_bias, self.kernel = padding, output_padding, use_bias, None

    def set_weights(self, weights):
        if self.use_bias or len(weights) != 1:
            raise ValueError("expected [kernel] for use_bias=False")
        k = np.asarray(weights[0])
        if k.shape[:2] != self.kernel_size or k.shape[2] != self.filters:
            raise ValueError("kernel shape %r does not fit (KH, KW, filters, in) with kernel_size %r, filters %d" % (k.shape, self.kernel_size, self.filters))
        self.kernel = k.astype(_floatx[0])

    def _size(self, n, axis):
        ke = (self.kernel_size[axis] - 1) * self.dilation_rate[axis] + 1
        s = self.strides[axis]
        q = None if self.output_padding is None else self.output_padding[axis]
        if self.padding == "valid":
            return (n - 1) * s + ke + (max(ke, s) - ke if q is None else q)
        return n * s if q is None else (n - 1) * s + ke % 2 + q

    def call(self, x):
        kernel = self.kernel
        if kernel is None:
            kernel = np.zeros(self.kernel_size + (self.filters, x.shape[3]), dtype=_floatx[0])
        if kernel.shape[3] != x.shape[3]:
            raise ValueError("kernel in-depth %d != input channels %d" % (kernel.shape[3], x.shape[3]))
        shape = [x.shape[0], self._size(x.shape[1], 0), self._size(x.shape[2], 1), self.filters]
        return tf.nn.conv2d_transpose(np.asarray(x, dtype=_floatx[0]), kernel, shape, strides=[1, *self.strides, 1],
                                      padding=self.padding.upper(), dilations=[1, *self.dilation_rate, 1])


class Cropping2D(Layer):
    def __init__(self, cropping=((0, 0), (0, 0)), data_format=None, **kwargs):
        super().__init__(**kwargs)
        if isinstance(cropping, int):
            cropping = ((cropping, cropping), (cropping, cropping))
        elif all(isinstance(p, int) for p in cropping):
            cropping = ((cropping[0], cropping[0]), (cropping[1], cropping[1]))
        if len(cropping) != 2 or any(len(p) != 2 or min(p) < 0 for p in cropping):
            raise ValueError("cropping must be an int, 2 ints or ((top, bottom), (left, right)), got %r" % (cropping,))
        self.cropping = tuple(tuple(int(q) for q in p) for p in cropping)

    def call(self, x):
        (t, b), (l, r) = self.cropping
        if t + b >= x.shape[1] or l + r >= x.shape[2]:
            raise ValueError("Cropping2D crops everything: %r of %r" % (self.cropping, x.shape))
        return x[:, t: x.shape[1] - b, l: x.shape[2] - r, :]


class _Pooling2D(Layer):
    _op = None

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid", data_format=None, name=None, **kwargs):
        if kwargs:
            # Keras 3 Layer: any other keyword (e.g. dilation_rate, which pooling layers lack) is refused.
            raise ValueError("Unrecognized keyword arguments passed to %s: %r" % (type(self).__name__, kwargs))
        super().__init__()
        self.pool_size = _pair(pool_size, "pool_size")
        self.strides = self.pool_size if strides is None else _pair(strides, "strides")
        if padding not in ("valid", "same"):
            raise ValueError("padding must be 'valid' or 'same', got %r" % padding)
        self.padding = padding

    def call(self, x):
        return self._op(np.asarray(x, dtype=_floatx[0]), self.pool_size, self.strides, self.padding.upper())


class MaxPooling2D(_Pooling2D):
    _op = staticmethod(tf.nn.max_pool2d)


class AveragePooling2D(_Pooling2D):
    _op = staticmethod(tf.nn.avg_pool2d)


layers = types.SimpleNamespace(Layer=Layer, ZeroPadding2D=ZeroPadding2D, Conv2D=Conv2D, Conv1D=Conv1D, Conv2DTranspose=Conv2DTranspose,
                               Cropping2D=Cropping2D, MaxPooling2D=MaxPooling2D,
                               AveragePooling2D=AveragePooling2D)


class Model:
    def __init__(self, inputs, outputs, **kwargs):
        chain, node = [], outputs
        while node.layer is not None:
            chain.append(node.layer)
            node = node.parent
        if node is not inputs:
            raise ValueError("outputs do not come from inputs")
        self.chain, self.input_shape = chain[::-1], inputs.shape

    def predict(self, x, verbose="auto", **kwargs):
        x = np.asarray(x, dtype=_floatx[0])
        if x.shape[1:] != self.input_shape[1:]:
            raise ValueError("input shape %r != model input %r" % (x.shape, self.input_shape))
        for layer in self.chain:
            x = layer(x)
        return np.asarray(x)
