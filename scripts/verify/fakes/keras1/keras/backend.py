"""Keras 1.2 keras.backend stand-in: floatx only."""
_floatx = ["float32"]


def set_floatx(value):
    if value not in ("float16", "float32", "float64"):
        raise ValueError("Unknown floatx type: " + str(value))
    _floatx[0] = value


def floatx():
    return _floatx[0]
