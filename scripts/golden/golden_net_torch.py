"""Real PyTorch modules for each layer of a golden network (``generate_net.py``).

Each layer becomes the module PyTorch users would write: ``nn.Conv2d`` /
``nn.ConvTranspose2d`` / ``nn.MaxPool2d`` / ``nn.AvgPool2d`` with their own
``padding=``, ``padding_mode=``, ``output_padding=``, ``ceil_mode=`` and
``count_include_pad=`` where those arguments can say the layer; otherwise a
``Pad`` module (``F.pad``, or a gather for numpy's ``symmetric``, which
PyTorch lacks) before the layer, a ``Crop`` after a transposed layer (Keras
``same``/``valid`` and asymmetric crops, where PyTorch has no argument), or
``PaddedPool`` (TF's pooling rule, asymmetric or oversized pads). Tensors are
``(1, C, H, W)`` float64; weights in PyTorch's layouts (Conv2d ``(F, C/g, KH,
KW)``, ConvTranspose2d ``(C, F/g, KH, KW)``).
"""

import torch
import torch.nn as nn
import torch.nn.functional as F

from golden_common import source_index
from golden_net_layers import POOLS, convt_axes

TORCH_MODES = ("zeros", "reflect", "replicate", "circular")  # nn.Conv2d's padding_mode values
F_PAD_MODE = {"zeros": "constant", "constant": "constant", "reflect": "reflect", "replicate": "replicate",
              "circular": "circular"}


class Pad(nn.Module):
    """Pads ``[T, B, L, R]`` with a design.md mode (``value`` for constant fills such as max pooling's -inf)."""

    def __init__(self, pads, mode="zeros", value=0.0):
        super().__init__()
        self.pads, self.mode, self.value = list(pads), mode, value

    def forward(self, x):
        t, b, l, r = self.pads
        if self.mode == "symmetric":
            # numpy's symmetric (TF SYMMETRIC): PyTorch has no such F.pad mode, so gather by the index map.
            rows = [source_index("symmetric", i - t, x.shape[2]) for i in range(x.shape[2] + t + b)]
            cols = [source_index("symmetric", j - l, x.shape[3]) for j in range(x.shape[3] + l + r)]
            return x[:, :, rows][:, :, :, cols]
        if F_PAD_MODE[self.mode] == "constant":
            return F.pad(x, (l, r, t, b), mode="constant", value=self.value)
        return F.pad(x, (l, r, t, b), mode=F_PAD_MODE[self.mode])


class Crop(nn.Module):
    """Rows ``[top, top+h)``, columns ``[left, left+w)``; zeros past the end (a Keras rule may reach past ``full``)."""

    def __init__(self, top, h, left, w):
        super().__init__()
        self.top, self.h, self.left, self.w = top, h, left, w

    def forward(self, x):
        extra_h = max(self.top + self.h - x.shape[2], 0)
        extra_w = max(self.left + self.w - x.shape[3], 0)
        x = F.pad(x, (0, extra_w, 0, extra_h))
        # Explicit end indices: a negative or -0 slice end would mean something else.
        return x[:, :, self.top:self.top + self.h, self.left:self.left + self.w]


class PaddedPool(nn.Module):
    """A pool PyTorch's own arguments cannot say: pad (plus the ceil overhang) then pool with floor rounding.

    Max: the padding and overhang hold -inf. Average: window sums over window counts of the cells that
    count (the input, plus the declared padding when ``counts_pad``; never the overhang).
    """

    def __init__(self, op, kernel, stride, dilation, pads, overhang, counts_pad):
        super().__init__()
        self.op, self.k, self.s, self.d = op, tuple(kernel), tuple(stride), tuple(dilation)
        self.pads, self.overhang, self.counts_pad = list(pads), list(overhang), counts_pad

    def _pad(self, x, value):
        t, b, l, r = self.pads
        x = F.pad(x, (l, r, t, b), value=value)
        return F.pad(x, (0, self.overhang[1], 0, self.overhang[0]), value=0.0 if value != float("-inf") else value)

    def forward(self, x):
        if self.op == "maxpool":
            return F.max_pool2d(self._pad(x, float("-inf")), self.k, self.s, dilation=self.d)
        sums = F.avg_pool2d(self._pad(x, 0.0), self.k, self.s, divisor_override=1)
        ones = torch.ones((1, 1) + tuple(x.shape[2:]), dtype=x.dtype, device=x.device)
        counts = F.avg_pool2d(self._pad(ones, 1.0 if self.counts_pad else 0.0), self.k, self.s, divisor_override=1)
        return sums / counts


def conv_module(layer, c_in, pads, generic=False):
    kw = dict(kernel_size=layer["k"], stride=layer["s"], dilation=layer["d"], groups=layer["g"], bias=False)
    t, b, l, r = pads
    if not generic and t == b and l == r and layer["mode"] in TORCH_MODES:
        return nn.Conv2d(c_in, layer["f"], padding=(t, l), padding_mode=layer["mode"], **kw)
    return nn.Sequential(Pad(pads, layer["mode"]), nn.Conv2d(c_in, layer["f"], **kw))


def convt_module(layer, c_in, shape, generic=False):
    kw = dict(kernel_size=layer["k"], stride=layer["s"], dilation=layer["d"], groups=layer["g"], bias=False,
              output_padding=layer["o"])
    p = layer["p"]
    if not generic and isinstance(p, list) and p[0] == p[1] and p[2] == p[3]:
        return nn.ConvTranspose2d(c_in, layer["f"], padding=(p[0], p[2]), **kw)
    ah, aw = convt_axes(layer, shape)
    return nn.Sequential(nn.ConvTranspose2d(c_in, layer["f"], **kw),
                         Crop(ah["crop_before"], ah["out"], aw["crop_before"], aw["out"]))


def pool_module(layer, derived, generic=False):
    """nn.MaxPool2d / nn.AvgPool2d where their arguments say the layer, else PaddedPool."""
    op, p, (kh, kw) = layer["op"], layer["p"], layer["k"]
    t, b, l, r = derived["pads"]
    counts_pad = op == "avgpool" and layer["cip"] and p not in ("same", "valid")
    if not generic and t == b and l == r and t <= kh // 2 and l <= kw // 2:
        if op == "maxpool":
            return nn.MaxPool2d(layer["k"], layer["s"], padding=(t, l), dilation=layer["d"], ceil_mode=layer["ceil"])
        # TF's same/valid count the real cells only: count_include_pad=False says that (ceil overhang never counts).
        return nn.AvgPool2d(layer["k"], layer["s"], padding=(t, l), ceil_mode=layer["ceil"],
                            count_include_pad=counts_pad)
    return PaddedPool(op, layer["k"], layer["s"], layer["d"], derived["pads"], derived["overhang"], counts_pad)


def layer_module(layer, derived, generic=False):
    """The PyTorch module of one valid layer (``derived``: golden_net_layers.derive_layer's result).

    ``generic``: always the padding / crop / PaddedPool form, to cross-check it against the layer's own
    arguments wherever those can say the layer.
    """
    shape = derived["in"]
    if layer["op"] == "conv":
        return conv_module(layer, shape[0], derived["pads"], generic)
    if layer["op"] == "convt":
        return convt_module(layer, shape[0], shape, generic)
    assert layer["op"] in POOLS
    return pool_module(layer, derived, generic)


def weight_module(module):
    """The Conv2d / ConvTranspose2d inside a layer's module, or None for a pool."""
    for m in module.modules():
        if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
            return m
    return None


def weight_shape(layer, c_in):
    """PyTorch's weight layout: Conv2d ``(F, C/g, KH, KW)``, ConvTranspose2d ``(C, F/g, KH, KW)``; None for a pool."""
    g, (kh, kw) = layer["g"], layer["k"]
    if layer["op"] == "conv":
        return (layer["f"], c_in // g, kh, kw)
    if layer["op"] == "convt":
        return (c_in, layer["f"] // g, kh, kw)
    return None


def torch_refusal(layer, derived):
    """What PyTorch raises for an invalid layer written with its own modules (first line), or None where it has no
    way to write it (Keras' causal pooling)."""
    shape, op = derived["in"], layer["op"]
    x = torch.zeros((1,) + tuple(shape), dtype=torch.float64)
    k, s, d, g = layer["k"], layer["s"], layer["d"], layer["g"]
    p = layer["p"]
    if op == "convt" and p in ("full", "half", "causal"):
        # A forward convolution's border name: conv_transpose2d's TypeError (padding must be ints, not str).
        w = torch.zeros((shape[0], max(layer["f"] // g, 1)) + tuple(k), dtype=torch.float64)
        build = lambda: lambda t: F.conv_transpose2d(t, w, stride=s, padding=p)  # noqa: E731
    elif op == "convt":
        # Explicit crops as (T, L); Keras same/valid as padding 0 then a crop (output_padding checked as is).
        padding = (p[0], p[2]) if isinstance(p, list) else (0, 0)
        build = lambda: nn.ConvTranspose2d(shape[0], layer["f"], k, s, padding=padding,  # noqa: E731
                                           output_padding=layer["o"], groups=g, dilation=d, bias=False,
                                           padding_mode=layer["mode"])
    elif op == "conv":
        build = lambda: conv_module(layer, shape[0], derived["pads"])  # noqa: E731
    elif p == "causal":
        return None
    elif op == "avgpool":
        pads = derived["pads"]
        extra = {"dilation": d} if d != (1, 1) else {}  # AvgPool2d has no dilation: PyTorch's TypeError
        build = lambda: nn.AvgPool2d(k, s, padding=(pads[0], pads[2]), ceil_mode=layer["ceil"],  # noqa: E731
                                     count_include_pad=layer["cip"], **extra)
    else:
        pads = derived["pads"]
        build = lambda: nn.MaxPool2d(k, s, padding=(pads[0], pads[2]), dilation=d,  # noqa: E731
                                     ceil_mode=layer["ceil"])
    try:
        m = build()
        (m.double() if isinstance(m, nn.Module) else m)(x)
    except (RuntimeError, ValueError, TypeError) as exc:
        return str(exc).strip().splitlines()[0]
    return None
