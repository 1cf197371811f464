"""Keras 1.2 Sequential stand-in: the first layer needs input_shape; predict runs the layers in order."""
import numpy as np

from . import backend as K


class Sequential:
    def __init__(self):
        self.layers = []

    def add(self, layer):
        if not self.layers and layer.input_shape is None:
            raise ValueError("The first layer in a Sequential model must get an `input_shape` argument.")
        if self.layers and layer.input_shape is not None:
            raise ValueError("only the first layer takes input_shape in this stand-in")
        self.layers.append(layer)

    def predict(self, x, batch_size=32, verbose=0):
        x = np.asarray(x, dtype=K.floatx())
        if x.shape[1:] != tuple(self.layers[0].input_shape):
            raise ValueError("input %r != input_shape %r" % (x.shape, self.layers[0].input_shape))
        for layer in self.layers:
            x = np.asarray(layer.call(x))
        return x
