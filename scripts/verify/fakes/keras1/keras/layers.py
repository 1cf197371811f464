"""Keras 1.2 layers stand-in (dim_ordering='tf', TensorFlow backend)."""
import numpy as np
import tensorflow as tf

from . import backend as K


class _Layer:
    def __init__(self, input_shape=None, dim_ordering="default"):
        if dim_ordering not in ("default", "tf"):
            raise ValueError("this stand-in runs dim_ordering='tf' only")
        self.input_shape = input_shape


class ZeroPadding2D(_Layer):
    """Keras 1.2: padding is 2 ints (symmetric), 4 ints (top, bottom, left, right) or a dict."""

    def __init__(self, padding=(1, 1), dim_ordering="default", **kwargs):
        super().__init__(dim_ordering=dim_ordering, **kwargs)
        if isinstance(padding, dict):
            p = (padding.get("top_pad", 0), padding.get("bottom_pad", 0), padding.get("left_pad", 0), padding.get("right_pad", 0))
        else:
            padding = tuple(padding)
            if len(padding) == 2:
                p = (padding[0], padding[0], padding[1], padding[1])
            elif len(padding) == 4:
                p = padding
            else:
                raise TypeError("`padding` should be tuple of int of length 2 or 4, or dict. Found: " + str(padding))
        if any(not isinstance(q, int) for q in p):
            raise TypeError("Keras 1.2 pads are ints; nested ((top, bottom), (left, right)) is Keras 2+: %r" % (padding,))
        self.pads = p

    def call(self, x):
        t, b, l, r = self.pads
        return tf.pad(x, [[0, 0], [t, b], [l, r], [0, 0]])


class Lambda(_Layer):
    def __init__(self, function, output_shape=None, **kwargs):
        super().__init__(**kwargs)
        self.function, self.output_shape = function, output_shape

    def call(self, x):
        y = np.asarray(self.function(x))
        if self.output_shape is not None and y.shape[1:] != tuple(self.output_shape):
            raise ValueError("Lambda output %r != output_shape %r" % (y.shape, self.output_shape))
        return y


class Convolution2D(_Layer):
    def __init__(self, nb_filter, nb_row, nb_col, init="glorot_uniform", activation=None, weights=None,
                 border_mode="valid", subsample=(1, 1), dim_ordering="default", bias=True, **kwargs):
        super().__init__(dim_ordering=dim_ordering, **kwargs)
        if border_mode not in ("valid", "same"):
            raise ValueError("Invalid border mode for the TensorFlow backend: " + str(border_mode))
        if bias or weights is None or len(weights) != 1:
            raise ValueError("expected bias=False and weights=[W]")
        w = np.asarray(weights[0])
        if w.shape[:2] != (nb_row, nb_col) or w.shape[3] != nb_filter:
            raise ValueError("W shape %r != (nb_row, nb_col, input_dim, nb_filter) = (%d, %d, ?, %d)" % (w.shape, nb_row, nb_col, nb_filter))
        self.w, self.border_mode, self.subsample, self.rate = w, border_mode, tuple(subsample), (1, 1)

    def call(self, x):
        if self.rate != (1, 1):
            # Keras 1.2 tensorflow_backend.conv2d: tf.nn.atrous_conv2d takes one rate and no strides.
            assert self.rate[0] == self.rate[1]
            assert self.subsample == (1, 1), "Invalid strides for dilated convolution"
        return tf.nn.conv2d(x, self.w.astype(K.floatx()), strides=(1,) + self.subsample + (1,),
                            padding=self.border_mode.upper(), dilations=[1, self.rate[0], self.rate[1], 1])


class AtrousConvolution2D(Convolution2D):
    def __init__(self, nb_filter, nb_row, nb_col, atrous_rate=(1, 1), **kwargs):
        super().__init__(nb_filter, nb_row, nb_col, **kwargs)
        self.rate = tuple(atrous_rate)


class _Pooling2D(_Layer):
    """Keras 1.2 pooling: pool_size, strides (default pool_size), border_mode 'valid' or 'same'; TF backend."""
    _op = None

    def __init__(self, pool_size=(2, 2), strides=None, border_mode="valid", dim_ordering="default", **kwargs):
        super().__init__(dim_ordering=dim_ordering, **kwargs)
        if border_mode not in ("valid", "same"):
            raise ValueError("`border_mode` must be in {valid, same}.")
        self.pool_size = tuple(pool_size)
        self.strides = self.pool_size if strides is None else tuple(strides)
        self.border_mode = border_mode

    def call(self, x):
        return self._op(x, (1,) + self.pool_size + (1,), (1,) + self.strides + (1,), self.border_mode.upper())


class MaxPooling2D(_Pooling2D):
    _op = staticmethod(tf.nn.max_pool)


class AveragePooling2D(_Pooling2D):
    _op = staticmethod(tf.nn.avg_pool)


class Deconvolution2D(_Layer):
    """Keras 1.2 Deconvolution2D (TF backend): K.deconv2d is tf.nn.conv2d_transpose with the given
    output_shape (batch taken from the input) and border_mode.upper(); W is (nb_row, nb_col, nb_filter, input_dim)."""

    def __init__(self, nb_filter, nb_row, nb_col, output_shape, init="glorot_uniform", activation=None, weights=None,
                 border_mode="valid", subsample=(1, 1), dim_ordering="default", bias=True, **kwargs):
        super().__init__(dim_ordering=dim_ordering, **kwargs)
        if border_mode not in ("valid", "same"):
            raise ValueError("Invalid border mode for Deconvolution2D: " + str(border_mode))
        if len(output_shape) != 4 or output_shape[3] != nb_filter:
            raise ValueError("output_shape must be (None, rows, cols, nb_filter) for dim_ordering='tf', got %r" % (output_shape,))
        if bias or weights is None or len(weights) != 1:
            raise ValueError("expected bias=False and weights=[W]")
        w = np.asarray(weights[0])
        if w.shape[:3] != (nb_row, nb_col, nb_filter):
            raise ValueError("W shape %r != (nb_row, nb_col, nb_filter, input_dim) = (%d, %d, %d, ?)" % (w.shape, nb_row, nb_col, nb_filter))
        self.w, self.output_shape, self.border_mode, self.subsample = w, tuple(output_shape), border_mode, tuple(subsample)

    def call(self, x):
        shape = (x.shape[0],) + self.output_shape[1:]
        return tf.nn.conv2d_transpose(x, self.w.astype(K.floatx()), shape, strides=(1,) + self.subsample + (1,),
                                      padding=self.border_mode.upper())


class Cropping2D(_Layer):
    """Keras 1.2 Cropping2D: cropping=((top, bottom), (left, right))."""

    def __init__(self, cropping=((0, 0), (0, 0)), dim_ordering="default", **kwargs):
        super().__init__(dim_ordering=dim_ordering, **kwargs)
        if len(cropping) != 2 or any(len(p) != 2 for p in cropping):
            raise ValueError("cropping must be ((top, bottom), (left, right)), got %r" % (cropping,))
        self.cropping = tuple(tuple(int(q) for q in p) for p in cropping)

    def call(self, x):
        (t, b), (l, r) = self.cropping
        return x[:, t: x.shape[1] - b, l: x.shape[2] - r, :]
