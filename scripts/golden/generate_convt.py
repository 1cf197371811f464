#!/usr/bin/python3
"""Golden-vector generator for Padlab's transposed convolution, groups and causal padding.

Writes ``golden/convt2d.json``: transposed convolutions (``op: convt``), grouped
and depthwise forward convolutions and Keras causal convolutions (``op: conv``),
and every limit of these layers, which the TypeScript tests replay against
Padlab's core, tfjs in Node and the page in Chromium.

The semantics are design.md's, bullet ``convt`` of "Operations beyond the
forward convolution" (and ``conv``'s ``g`` and ``pad=causal``), implemented here
from that text, not from the TypeScript. Per axis ``ke = d(k-1)+1``,
``full = (n-1)s + ke``, output padding ``q``:

* Explicit ``[T,B,L,R]`` are crops of ``full``: ``out = full + q - T - B``,
  ``out[i] = full[i + T]`` (0 past ``full``).
* Keras/TF ``valid``: ``m = n*s + max(ke-s, 0)`` when ``q = 0`` else
  ``full + q``, crop 0. ``same``: ``m = n*s`` when ``q = 0`` else
  ``full - 2*floor(ke/2) + q``; ``P = max(full - m, 0)``, crop ``floor(P/2)``
  before (``same-lower``, ONNX SAME_LOWER: ``P - floor(P/2)``).
* The direct picture (``expect.padded``): ``s-1`` zeros inserted between input
  cells, a border of ``ke-1-crop_before`` before and ``out + crop_before - span``
  (= ``ke-1-B+q``) after, negative = cropped; the output is that grid convolved
  at stride 1, dilation ``d``, with the kernel rotated 180 degrees.

Sources of each output (``source``):

* ``torch``: PyTorch computes the case with its own arguments:
  ``F.conv_transpose2d(padding=(T, L), output_padding=q)`` for symmetric crops
  (``T = B``, ``L = R``, ``framework: torch``); ``F.conv2d(groups=)`` on
  ``F.pad(x, (L, R, T, B), mode)`` for forward convolutions (causal:
  ``F.pad(x, (ke-1, 0))``, as Keras' ``Conv1D(padding='causal')``).
* ``torch-crop``: ``F.conv_transpose2d(padding=0, output_padding=q)`` (the
  uncropped output plus ``q``, zero-extended where the rule's size is larger),
  sliced with explicit end indices per the rule above: asymmetric crops
  (``framework: onnx``), TF-rule ``same``/``valid`` (``framework: keras``) and
  ``same-lower`` (``framework: onnx``, ``q = 0`` and ``ke >= s`` only: ONNX's
  own formula differs from Keras' once ``q > 0``, and ONNX splits a negative
  total padding where design.md clamps it to 0).

Cross-checks asserted on every valid case: the direct picture built two ways
(index arithmetic; numpy zero insertion, ``np.pad`` and an explicit-end slice,
or ``F.pad`` with negative pads where it can crop), ``F.conv2d`` of that
picture with the rotated dense kernel equals the output, the slice equals
PyTorch's own ``padding=`` wherever the crops are symmetric, and a numpy
scatter (each input cell stamps its scaled kernel) equals the uncropped output.
Keras-framework ``same``/``valid`` cases use ``q = 0`` on both axes or
``q > 0`` on both (Keras switches formula for the whole layer once
``output_padding`` is given) and never stride and dilation above 1 together
(Keras refuses that); the TF arithmetic is checked again in Node against
tfjs's own ``conv2dTranspose`` (src/engine/convtGolden.test.ts).

Errors (``error``): ``convt-pad``, ``convt-mode``, ``groups``, ``opad`` and
``empty-output`` with the text the framework raises (``message``; PyTorch's,
run here, except Keras' output-padding check, whose text is tf.keras 2.x's
``Conv2DTranspose.__init__`` template: Keras is not installed) and ``words``,
the part Padlab's message must quote.

Deterministic (one numpy Generator, fixed seed); no network. Run with
``/usr/bin/python3 scripts/golden/generate_convt.py`` (``npm run golden`` runs
every generator).
"""

import collections
import os
import sys
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from golden_common import (check_written, convt_axis, effective_kernel, exact_values, fmt_num, pad_text, pick,
                           print_row, raised, tensor, tf_pads, write_json)

SEED = 20261213
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golden", "convt2d.json")
# Size budget per case (numbers in the picture and the output), to keep the file small.
MAX_PADDED = 600
MAX_OUT = 400
# design.md URL schema ranges (core's limits.ts); every case stays inside them.
LIMITS = {"input": (1, 64), "channels": (1, 4), "filters": (1, 4), "groups": (1, 4), "kernel": (1, 15),
          "stride": (1, 8), "dilation": (1, 8), "opad": (0, 7), "pad": (0, 32)}
# tf.keras 2.x Conv2DTranspose.__init__ (tensorflow/python/keras/layers/convolutional.py):
#   raise ValueError('Stride ' + str(self.strides) + ' must be greater than output padding ' + str(self.output_padding))
KERAS_OPAD_TEMPLATE = "Stride %s must be greater than output padding %s"
KERAS_OPAD_SOURCE = "keras-source: tf.keras 2.x Conv2DTranspose.__init__"

torch.set_grad_enabled(False)
# torch warns that padding='same' with even kernels copies the input; harmless here.
warnings.filterwarnings("ignore", message="Using padding='same'")
rng = np.random.default_rng(SEED)

CHECKS = collections.Counter()
NOTES = []


# --------------------------------------------------------------------------
# Arithmetic (design.md, independent of the TypeScript)
# --------------------------------------------------------------------------

def convt_axes(cfg):
    """(h, w) axis dicts of a transposed config."""
    pad = cfg["pad"]
    spec = "explicit" if isinstance(pad, list) else pad
    t, b, l, r = pad if isinstance(pad, list) else (0, 0, 0, 0)
    (H, W), (KH, KW), (SH, SW), (DH, DW), (QH, QW) = (cfg["input"], cfg["kernel"], cfg["stride"],
                                                      cfg["dilation"], cfg["opad"])
    return convt_axis(spec, H, KH, SH, DH, QH, t, b), convt_axis(spec, W, KW, SW, DW, QW, l, r)


def conv_pads(cfg):
    """[T, B, L, R] of a forward convolution (explicit, TF same/valid, Keras causal)."""
    pad = cfg["pad"]
    if isinstance(pad, list):
        return list(pad)
    (H, W), (KH, KW), (SH, SW), (DH, DW) = cfg["input"], cfg["kernel"], cfg["stride"], cfg["dilation"]
    if pad == "causal":
        return [0, 0, effective_kernel(KW, DW) - 1, 0]
    t, b = tf_pads(pad, H, KH, SH, DH)
    l, r = tf_pads(pad, W, KW, SW, DW)
    return [t, b, l, r]


def conv_out(n, k, s, d, pb, pa):
    return (n + pb + pa - effective_kernel(k, d)) // s + 1


# --------------------------------------------------------------------------
# numpy / PyTorch
# --------------------------------------------------------------------------

def torch_convt(cfg, x, w, padding=(0, 0), output_padding=(0, 0)):
    """F.conv_transpose2d on (1,C,H,W) float64 with PyTorch's (C, F/g, KH, KW) weight; returns (F, OH, OW)."""
    return F.conv_transpose2d(tensor(x)[None], tensor(w), stride=tuple(cfg["stride"]), padding=tuple(padding),
                              output_padding=tuple(output_padding), groups=cfg["groups"],
                              dilation=tuple(cfg["dilation"]))[0].numpy()


def direct_kernel(w, C, Fo, g):
    """ConvTranspose2d's (C, F/g, KH, KW) as the (F, C/g, KH, KW) F.conv2d weight of the direct picture, rotated 180 degrees."""
    cg, fg = C // g, Fo // g
    KH, KW = w.shape[2], w.shape[3]
    out = np.zeros((Fo, cg, KH, KW))
    for c in range(C):
        group, cl = divmod(c, cg)
        for fl in range(fg):
            out[group * fg + fl, cl] = w[c, fl, ::-1, ::-1]
    return out


def picture_by_index(x, ah, aw, sh, sw):
    """The direct picture from index arithmetic: position p holds x[u/s] when u = p - before is a multiple of s inside the span."""
    C = x.shape[0]
    ph, pw = ah["out"] + ah["ke"] - 1, aw["out"] + aw["ke"] - 1
    pic = np.zeros((C, ph, pw))
    for r in range(ph):
        u = r - ah["before"]
        if not (0 <= u < ah["span"] and u % sh == 0):
            continue
        for c in range(pw):
            v = c - aw["before"]
            if 0 <= v < aw["span"] and v % sw == 0:
                pic[:, r, c] = x[:, u // sh, v // sw]
    return pic


def axis_window(length, before, after):
    """np.pad widths and an explicit-end slice that apply a border (negative = crop) to an axis of `length`."""
    widths = (max(before, 0), max(after, 0))
    start = max(-before, 0)
    return widths, start, start + length + before + after


def picture_by_numpy(x, ah, aw, sh, sw):
    """The direct picture the numpy way: zeros inserted by a strided assignment, then borders and crops."""
    C = x.shape[0]
    z = np.zeros((C, ah["span"], aw["span"]))
    z[:, ::sh, ::sw] = x
    (wh, h0, h1), (ww, w0, w1) = (axis_window(ah["span"], ah["before"], ah["after"]),
                                  axis_window(aw["span"], aw["before"], aw["after"]))
    padded = np.pad(z, ((0, 0), wh, ww))
    # Explicit end indices: a Python slice end of -0 or a negative number would mean something else.
    return z, padded[:, h0:h1, w0:w1]


def scatter_full(x, w, cfg):
    """numpy scatter: each input cell stamps its scaled kernel at i*s + a*d of the uncropped output."""
    C, H, W = x.shape
    g = cfg["groups"]
    fg = w.shape[1]
    Fo = fg * g
    (SH, SW), (DH, DW) = cfg["stride"], cfg["dilation"]
    KH, KW = cfg["kernel"]
    out = np.zeros((Fo, (H - 1) * SH + effective_kernel(KH, DH), (W - 1) * SW + effective_kernel(KW, DW)))
    for c in range(C):
        group = c // (C // g)
        for fl in range(fg):
            f = group * fg + fl
            for i in range(H):
                for j in range(W):
                    for a in range(KH):
                        for b in range(KW):
                            out[f, i * SH + a * DH, j * SW + b * DW] += x[c, i, j] * w[c, fl, a, b]
    return out


def convt_reference(cfg, x, w):
    """Output, source and the direct picture of a valid transposed case, with every cross-check asserted."""
    ah, aw = convt_axes(cfg)
    (SH, SW), (QH, QW) = cfg["stride"], cfg["opad"]
    full = torch_convt(cfg, x, w)
    assert full.shape[1:] == (ah["full"], aw["full"]), (cfg, full.shape)
    assert np.array_equal(scatter_full(x, w, cfg), full), ("numpy scatter", cfg)
    CHECKS["numpy scatter = conv_transpose2d"] += 1
    # PyTorch's own output_padding (accepted whenever q < s or q < d on each axis) adds zeros after full.
    if all(q < s or q < d for q, s, d in zip(cfg["opad"], cfg["stride"], cfg["dilation"])):
        with_q = torch_convt(cfg, x, w, output_padding=cfg["opad"])
        assert with_q.shape[1:] == (ah["full"] + QH, aw["full"] + QW)
        assert np.array_equal(with_q[:, :ah["full"], :aw["full"]], full) and not with_q[:, ah["full"]:].any() \
            and not with_q[:, :, aw["full"]:].any(), ("output_padding adds zeros", cfg)
        CHECKS["output_padding = zeros after full"] += 1
    # Zero-extend full to wherever the rule's output reaches, then slice with explicit end indices.
    reach_h = max(ah["full"], ah["crop_before"] + ah["out"])
    reach_w = max(aw["full"], aw["crop_before"] + aw["out"])
    ext = np.zeros((full.shape[0], reach_h, reach_w))
    ext[:, :ah["full"], :aw["full"]] = full
    h0, w0 = ah["crop_before"], aw["crop_before"]
    out = ext[:, h0:h0 + ah["out"], w0:w0 + aw["out"]]
    assert out.shape[1:] == (ah["out"], aw["out"]), (cfg, out.shape)
    source = "torch-crop"
    pad = cfg["pad"]
    if isinstance(pad, list) and pad[0] == pad[1] and pad[2] == pad[3]:
        own = torch_convt(cfg, x, w, padding=(pad[0], pad[2]), output_padding=cfg["opad"])
        assert np.array_equal(own, out), ("PyTorch padding= / output_padding= vs the slice", cfg)
        source = "torch"
        CHECKS["torch padding=/output_padding= = slice"] += 1
    # The direct picture, two ways, and the direct convolution of it.
    pic = picture_by_index(x, ah, aw, SH, SW)
    z, pic_np = picture_by_numpy(x, ah, aw, SH, SW)
    assert np.array_equal(pic, pic_np), ("picture: index vs numpy", cfg)
    bh, bw = ah["before"], aw["before"]
    fh, fw = ah["after"], aw["after"]
    if min(bh, fh) > -ah["span"] and min(bw, fw) > -aw["span"] and bh + fh > -ah["span"] and bw + fw > -aw["span"]:
        by_pad = F.pad(tensor(z)[None], (bw, fw, bh, fh))[0].numpy()
        assert np.array_equal(by_pad, pic), ("picture: F.pad with negative pads", cfg)
        CHECKS["picture: F.pad (negative = crop)"] += 1
    wd = direct_kernel(w, cfg["channels"], cfg["filters"], cfg["groups"])
    direct = F.conv2d(tensor(pic)[None], tensor(wd), dilation=tuple(cfg["dilation"]), groups=cfg["groups"])[0].numpy()
    assert np.array_equal(direct, out), ("direct picture convolution vs output", cfg)
    CHECKS["F.conv2d(direct picture, rotated kernel) = output"] += 1
    transposed = {"full": [ah["full"], aw["full"]],
                  "crop": [ah["crop_before"], ah["crop_after"], aw["crop_before"], aw["crop_after"]]}
    return out, source, pic, [bh, fh, bw, fw], transposed


TORCH_MODE = {"zeros": "constant", "reflect": "reflect", "replicate": "replicate", "circular": "circular"}


def conv_reference(cfg, x, w):
    """Output, padded input and pads of a valid forward (grouped or causal) case, cross-checked."""
    pads = conv_pads(cfg)
    t, b, l, r = pads
    mode = cfg["mode"]
    xt = tensor(x)[None]
    padded = F.pad(xt, (l, r, t, b), mode=TORCH_MODE[mode])
    np_mode = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}[mode]
    assert np.array_equal(padded[0].numpy(), np.pad(x, ((0, 0), (t, b), (l, r)), mode=np_mode)), ("np.pad", cfg)
    out = F.conv2d(padded, tensor(w), stride=tuple(cfg["stride"]), dilation=tuple(cfg["dilation"]),
                   groups=cfg["groups"])[0].numpy()
    # The grouped convolution is the dense one with zero weights across groups.
    C, Fo, g = cfg["channels"], cfg["filters"], cfg["groups"]
    dense = np.zeros((Fo, C) + w.shape[2:])
    for f in range(Fo):
        group = f // (Fo // g)
        dense[f, group * (C // g):(group + 1) * (C // g)] = w[f]
    assert np.array_equal(F.conv2d(padded, tensor(dense), stride=tuple(cfg["stride"]),
                                   dilation=tuple(cfg["dilation"]))[0].numpy(), out), ("dense vs grouped", cfg)
    CHECKS["conv: grouped = dense with zeros"] += 1
    if cfg["pad"] == "same" and cfg["stride"] == [1, 1] and mode == "zeros":
        own = F.conv2d(xt, tensor(w), padding="same", dilation=tuple(cfg["dilation"]), groups=g)[0].numpy()
        assert np.array_equal(own, out), ("torch padding='same'", cfg)
        CHECKS["conv: torch padding='same'"] += 1
    if t == b and l == r:
        layer = nn.Conv2d(C, Fo, tuple(cfg["kernel"]), stride=tuple(cfg["stride"]), padding=(t, l),
                          dilation=tuple(cfg["dilation"]), groups=g, bias=False, padding_mode=mode).double()
        layer.weight.copy_(tensor(w))
        assert np.array_equal(layer(xt)[0].numpy(), out), ("nn.Conv2d(padding=(T, L), padding_mode, groups)", cfg)
        CHECKS["conv: nn.Conv2d(padding, padding_mode, groups)"] += 1
    if cfg["pad"] == "causal":
        # Keras Conv1D(padding='causal'): output t reads inputs at or before t only.
        ke = effective_kernel(cfg["kernel"][1], cfg["dilation"][1])
        assert pads == [0, 0, ke - 1, 0]
        CHECKS["causal: ke-1 zeros on the left"] += 1
    (H, W), (KH, KW), (SH, SW), (DH, DW) = cfg["input"], cfg["kernel"], cfg["stride"], cfg["dilation"]
    assert out.shape[1:] == (conv_out(H, KH, SH, DH, t, b), conv_out(W, KW, SW, DW, l, r))
    return out, padded[0].numpy(), pads


# --------------------------------------------------------------------------
# Limits, in the order design.md and the frameworks check them
# --------------------------------------------------------------------------

def verdict(cfg):
    """None when valid, else (code, axis or None)."""
    pad = cfg["pad"]
    kind = "explicit" if isinstance(pad, list) else pad
    C, Fo, g = cfg["channels"], cfg["filters"], cfg["groups"]
    if cfg["op"] == "conv":
        if C % g or Fo % g:
            return "groups", None
        pads = conv_pads(cfg)
        for name, n, k, d, pb, pa in (("h", cfg["input"][0], cfg["kernel"][0], cfg["dilation"][0], pads[0], pads[1]),
                                      ("w", cfg["input"][1], cfg["kernel"][1], cfg["dilation"][1], pads[2], pads[3])):
            if n + pb + pa < effective_kernel(k, d):
                return "empty-output", name
        return None
    if kind in ("full", "half", "causal"):
        return "convt-pad", None
    if cfg["mode"] != "zeros":
        return "convt-mode", None  # nn.ConvTranspose2d checks the mode before the groups
    if C % g or Fo % g:
        return "groups", None
    q, s, d = cfg["opad"], cfg["stride"], cfg["dilation"]
    if kind in ("same", "valid"):
        if q[0] >= s[0] or q[1] >= s[1]:
            return "opad", None
    else:
        for i, name in enumerate("hw"):
            if q[i] >= s[i] and q[i] >= d[i]:
                return "opad", name
    ah, aw = convt_axes(cfg)
    for name, a in (("h", ah), ("w", aw)):
        if a["out"] < 1:
            return "empty-output", name
    return None


def error_text(cfg, x, w, code):
    """(message, words, source): what the framework raises for this layer, and what Padlab must quote."""
    C, Fo, g = cfg["channels"], cfg["filters"], cfg["groups"]
    KH, KW = cfg["kernel"]
    pad = cfg["pad"]
    if code == "groups":
        layer = nn.ConvTranspose2d if cfg["op"] == "convt" else nn.Conv2d
        msg = raised(lambda: layer(C, Fo, (KH, KW), groups=g))
        return msg, [msg], "torch"
    if code == "convt-mode":
        msg = raised(lambda: nn.ConvTranspose2d(C, Fo, (KH, KW), groups=g, padding_mode=cfg["mode"]))
        return msg, [msg], "torch"
    if code == "convt-pad":
        # PyTorch takes no border name for a transposed convolution; Padlab names the one it refuses.
        msg = raised(lambda: F.conv_transpose2d(tensor(x)[None], tensor(np.zeros((C, Fo // g, KH, KW))), padding=pad))
        return msg, ["'%s'" % pad], "torch"
    if code == "opad" and pad in ("same", "valid"):
        msg = KERAS_OPAD_TEMPLATE % (tuple(cfg["stride"]), tuple(cfg["opad"]))
        return msg, ["must be greater than output padding %s" % (tuple(cfg["opad"]),), str(tuple(cfg["stride"]))], \
            KERAS_OPAD_SOURCE
    wz = np.zeros((C, Fo // g, KH, KW))
    if code == "opad":
        # The check reads only q, s and d: padding 0 stands in for crops torch cannot spell (asymmetric, same-lower).
        padding = (pad[0], pad[2]) if isinstance(pad, list) and pad[0] == pad[1] and pad[2] == pad[3] else (0, 0)
        msg = raised(lambda: torch_convt(cfg, x, wz, padding=padding, output_padding=cfg["opad"]))
        return msg, [msg], "torch"
    assert code == "empty-output"
    if cfg["op"] == "conv":
        t, b, l, r = conv_pads(cfg)
        msg = raised(lambda: F.conv2d(F.pad(tensor(x)[None], (l, r, t, b)), tensor(w), stride=tuple(cfg["stride"]),
                                      dilation=tuple(cfg["dilation"]), groups=g))
        return msg, ["Kernel size can't be greater than actual input size"], "torch"
    assert isinstance(pad, list) and pad[0] == pad[1] and pad[2] == pad[3], "empty-output cases use symmetric crops"
    msg = raised(lambda: torch_convt(cfg, x, wz, padding=(pad[0], pad[2]), output_padding=cfg["opad"]))
    return msg, ["Output size is too small"], "torch"


# --------------------------------------------------------------------------
# Case assembly
# --------------------------------------------------------------------------

def pair_text(p):
    return "%dx%d" % tuple(p)


def case_name(cfg):
    name = "%s in=%s c=%d f=%d g=%d k=%s s=%s d=%s" % (
        cfg["op"], pair_text(cfg["input"]), cfg["channels"], cfg["filters"], cfg["groups"], pair_text(cfg["kernel"]),
        pair_text(cfg["stride"]), pair_text(cfg["dilation"]))
    if cfg["op"] == "convt":
        name += " opad=%s" % pair_text(cfg["opad"])
    name += " pad=%s" % pad_text(cfg["pad"])
    if cfg["mode"] != "zeros":
        name += " mode=%s" % cfg["mode"]
    return name + " fw=%s" % cfg["framework"]


def default_framework(op, pad):
    """Whose spelling the case is: torch for symmetric crops/pads, onnx for asymmetric crops and SAME_LOWER, keras for same/valid/causal."""
    if isinstance(pad, list):
        symmetric = pad[0] == pad[1] and pad[2] == pad[3]
        return "torch" if symmetric or op == "conv" else "onnx"
    return "onnx" if pad == "same-lower" else "keras"


def make_cfg(op, H, W, C, Fo, g, KH, KW, SH=1, SW=1, DH=1, DW=1, QH=0, QW=0, pad="valid", mode="zeros",
             framework=None):
    cfg = {"op": op, "input": [H, W], "channels": C, "filters": Fo, "groups": g, "kernel": [KH, KW],
           "stride": [SH, SW], "dilation": [DH, DW], "opad": [QH, QW], "pad": pad, "mode": mode}
    cfg["framework"] = framework or default_framework(op, pad)
    return cfg


def within_limits(cfg):
    vals = [("input", v) for v in cfg["input"]] + [("channels", cfg["channels"]), ("filters", cfg["filters"]),
                                                    ("groups", cfg["groups"])]
    for key in ("kernel", "stride", "dilation", "opad"):
        vals += [(key, v) for v in cfg[key]]
    if isinstance(cfg["pad"], list):
        vals += [("pad", v) for v in cfg["pad"]]
    return all(LIMITS[key][0] <= v <= LIMITS[key][1] for key, v in vals)


def sizes(cfg):
    """(picture cells, output cells) of a valid config."""
    if cfg["op"] == "convt":
        ah, aw = convt_axes(cfg)
        return (cfg["channels"] * (ah["out"] + ah["ke"] - 1) * (aw["out"] + aw["ke"] - 1),
                cfg["filters"] * ah["out"] * aw["out"])
    t, b, l, r = conv_pads(cfg)
    (H, W), (KH, KW), (SH, SW), (DH, DW) = cfg["input"], cfg["kernel"], cfg["stride"], cfg["dilation"]
    return (cfg["channels"] * (H + t + b) * (W + l + r),
            cfg["filters"] * conv_out(H, KH, SH, DH, t, b) * conv_out(W, KW, SW, DW, l, r))


def small_enough(cfg):
    picture, out = sizes(cfg)
    return picture <= MAX_PADDED and out <= MAX_OUT


CASES = []
NAMES = collections.Counter()


def add_case(cfg, x=None, w=None, tag=None, want=None):
    """Evaluate a config and append it; returns its error code or None. `want`: the verdict it must give."""
    assert within_limits(cfg), cfg
    H, W = cfg["input"]
    C, Fo, g = cfg["channels"], cfg["filters"], cfg["groups"]
    KH, KW = cfg["kernel"]
    v = verdict(cfg)
    code = v[0] if v else None
    assert code == want, (cfg, v, want)
    x = exact_values(rng, (C, H, W)) if x is None else np.asarray(x, dtype=np.float64).reshape(C, H, W)
    if code == "groups":
        w = np.zeros(0)  # no whole number of weights fits; the link gives a preset
    elif w is None:
        w = exact_values(rng, (C, Fo // g, KH, KW) if cfg["op"] == "convt" else (Fo, C // g, KH, KW), top=3)
    else:
        w = np.asarray(w, dtype=np.float64).reshape((C, Fo // g, KH, KW) if cfg["op"] == "convt" else (Fo, C // g, KH, KW))
    base = case_name(cfg)
    NAMES[base] += 1
    name = base if NAMES[base] == 1 else "%s #%d" % (base, NAMES[base])
    case = {"name": name}
    case.update({k: cfg[k] for k in ("op", "input", "channels", "filters", "groups", "kernel", "stride", "dilation",
                                     "opad", "pad", "mode", "framework")})
    case["x"] = [fmt_num(v) for v in x.ravel()]
    case["w"] = [fmt_num(v) for v in w.ravel()]
    if code is not None:
        message, words, source = error_text(cfg, x, w, code)
        assert source.startswith("keras-source") or all(wd in message for wd in words) or code == "convt-pad", \
            (message, words)
        case["source"] = source
        case["error"] = {"code": code, "message": message, "words": words}
        if v[1] is not None:
            case["error"]["axis"] = v[1]
        CASES.append((case, cfg, tag))
        return code
    if cfg["op"] == "convt":
        out, source, pic, pads, transposed = convt_reference(cfg, x, w)
    else:
        out, pic, pads = conv_reference(cfg, x, w)
        source, transposed = "torch", None
    expect = {"pads": pads, "outShape": list(out.shape), "out": [fmt_num(v) for v in out.ravel()],
              "paddedShape": list(pic.shape), "padded": [fmt_num(v) for v in pic.ravel()]}
    if transposed:
        expect["transposed"] = transposed
    case["source"] = source
    case["expect"] = expect
    CASES.append((case, cfg, tag))
    return None


# --------------------------------------------------------------------------
# Case sets
# --------------------------------------------------------------------------

def ramp(n):
    return list(range(1, n + 1))


def teaching_cases():
    """Hand-picked transposed layers, one rule each (listed first in the file)."""
    ct = lambda *a, **kw: make_cfg("convt", *a, **kw)  # noqa: E731
    # conv_arithmetic's figures: no padding, full, half; with strides; the odd one (output_padding).
    add_case(ct(2, 2, 1, 1, 1, 3, 3, pad=[0, 0, 0, 0]), x=ramp(4), w=[1] * 9, tag="teaching")
    add_case(ct(7, 7, 1, 1, 1, 3, 3, pad=[2, 2, 2, 2]), tag="teaching")
    add_case(ct(5, 5, 1, 1, 1, 3, 3, pad=[1, 1, 1, 1]), tag="teaching")
    add_case(ct(2, 2, 1, 1, 1, 3, 3, 2, 2, pad=[0, 0, 0, 0]), x=ramp(4), w=[1] * 9, tag="teaching")
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 2, 2, pad=[1, 1, 1, 1]), x=ramp(9), tag="teaching")
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=1, QW=1, pad=[1, 1, 1, 1]), x=ramp(9), tag="teaching")
    # U-Net's up-convolution (k=2, s=2) and DCGAN's (k=4, s=2, p=1): exactly twice the size.
    add_case(ct(4, 4, 2, 2, 1, 2, 2, 2, 2, pad=[0, 0, 0, 0]), tag="teaching")
    add_case(ct(4, 4, 1, 1, 1, 4, 4, 2, 2, pad=[1, 1, 1, 1]), tag="teaching")
    # Keras/TF same: n*s, the odd crop after; with output_padding the other formula.
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 2, 2, pad="same"), x=ramp(9), tag="teaching")
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=1, QW=1, pad="same"), x=ramp(9), tag="teaching")
    add_case(ct(3, 4, 1, 2, 1, 4, 4, 2, 2, pad="same"), tag="teaching")
    # Keras valid with the stride above the kernel: n*s, past full (zeros at the end).
    add_case(ct(3, 3, 1, 1, 1, 2, 2, 3, 3, pad="valid"), x=ramp(9), tag="teaching")
    add_case(ct(3, 3, 1, 1, 1, 2, 2, 3, 3, QH=2, QW=1, pad="valid"), x=ramp(9), tag="teaching")
    # ONNX SAME_LOWER: the odd crop before.
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 2, 2, pad="same-lower"), x=ramp(9), tag="teaching")
    # Crops beyond ke-1: the direct picture's border is negative (cropped into the zero-inserted input).
    add_case(ct(4, 4, 1, 1, 1, 2, 2, 2, 2, pad=[2, 2, 2, 2]), x=ramp(16), tag="teaching")
    add_case(ct(3, 5, 1, 1, 1, 3, 3, 2, 1, pad=[4, 0, 0, 3]), tag="teaching")
    # Asymmetric crops (ONNX pads) and output padding allowed by the dilation (q < d, q >= s).
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 2, 2, pad=[0, 1, 1, 0]), x=ramp(9), tag="teaching")
    add_case(ct(3, 3, 1, 1, 1, 3, 3, 1, 1, 2, 2, QH=1, QW=1, pad=[2, 2, 2, 2]), x=ramp(9), tag="teaching")
    # Depthwise (g = C = F) and a channel multiplier (g = C, F = 2C).
    add_case(ct(3, 3, 2, 2, 2, 3, 3, 2, 2, pad=[1, 1, 1, 1]), tag="teaching")
    add_case(ct(2, 3, 2, 4, 2, 2, 2, 2, 2, pad=[0, 0, 0, 0]), tag="teaching")
    # Stride and dilation together; a 1x1 kernel at stride 2 (the holes stay zero).
    add_case(ct(3, 3, 1, 1, 1, 2, 2, 2, 2, 2, 2, pad=[0, 0, 0, 0]), tag="teaching")
    add_case(ct(3, 3, 1, 1, 1, 1, 1, 2, 2, pad=[0, 0, 0, 0]), x=ramp(9), w=[1], tag="teaching")
    # Checkerboard: k=3 at s=2 overlaps unevenly, k=4 at s=2 evenly (ones in, ones kernel).
    add_case(ct(4, 4, 1, 1, 1, 3, 3, 2, 2, pad=[1, 1, 1, 1]), x=[1] * 16, w=[1] * 9, tag="teaching")
    add_case(ct(4, 4, 1, 1, 1, 4, 4, 2, 2, pad=[1, 1, 1, 1]), x=[1] * 16, w=[1] * 16, tag="teaching")


CHANNEL_GROUPS = [(1, 1, 1), (1, 2, 1), (2, 1, 1), (2, 3, 1), (3, 2, 1), (1, 3, 1),
                  (2, 2, 2), (2, 4, 2), (4, 2, 2), (4, 4, 2), (3, 3, 3), (4, 4, 4)]
CHANNEL_WEIGHTS = [6, 2, 2, 1, 1, 1, 2, 1, 1, 1, 0.5, 0.5]
CONVT_KINDS = ["torch", "onnx", "same", "valid", "same-lower"]


def random_crops(kind, keh, kew):
    if kind == "torch":
        t, l = int(rng.integers(0, keh + 2)), int(rng.integers(0, kew + 2))
        return [t, t, l, l]
    while True:
        pads = [int(rng.integers(0, ke + 2)) for ke in (keh, keh, kew, kew)]
        if pads[0] != pads[1] or pads[2] != pads[3]:
            return pads


def random_convt(kind, with_q, n_max=6, k_max=5, channels=None):
    """A random transposed layer of one pad kind; with_q: some output padding."""
    keras = kind in ("same", "valid")
    H = int(rng.integers(1, n_max + 1))
    W = H if rng.random() < 0.3 else int(rng.integers(1, n_max + 1))
    KH = pick(rng, list(range(1, k_max + 1)), [0.5, 2, 2, 1.5, 1][:k_max])
    KW = KH if rng.random() < 0.5 else pick(rng, list(range(1, k_max + 1)))
    SH = pick(rng, [1, 2, 3, 4], [0.3, 0.4, 0.15, 0.15])
    SW = SH if rng.random() < 0.5 else pick(rng, [1, 2, 3, 4])
    DH, DW = [pick(rng, [2, 3]) if rng.random() < 0.25 else 1 for _ in range(2)]
    if keras and (SH > 1 or SW > 1):
        DH = DW = 1  # Keras/TF refuse strides > 1 together with dilation > 1
    C, Fo, g = channels or pick(rng, CHANNEL_GROUPS, CHANNEL_WEIGHTS)
    QH = QW = 0
    if with_q:
        if keras:  # q > 0 on both axes (Keras changes formula for the whole layer), q < s
            if SH < 2 or SW < 2:
                return None
            QH, QW = int(rng.integers(1, SH)), int(rng.integers(1, SW))
        else:  # q < s or q < d on each axis, and not all zero
            QH, QW = int(rng.integers(0, max(SH, DH))), int(rng.integers(0, max(SW, DW)))
            if QH == QW == 0:
                return None
    keh, kew = effective_kernel(KH, DH), effective_kernel(KW, DW)
    if kind == "same-lower" and (keh < SH or kew < SW):
        # n*s past full: ONNX's SAME_LOWER then splits a negative total_padding, design.md clamps it to 0.
        return None
    pad = random_crops(kind, keh, kew) if kind in ("torch", "onnx") else kind
    return make_cfg("convt", H, W, C, Fo, g, KH, KW, SH, SW, DH, DW, QH, QW, pad=pad)


def acceptable(cfg):
    return cfg is not None and within_limits(cfg) and verdict(cfg) is None and small_enough(cfg)


def add_random(make, count, tag, accept=None, max_tries=5000):
    added = 0
    for _ in range(max_tries):
        if added == count:
            break
        cfg = make()
        if not acceptable(cfg) or (accept is not None and not accept(cfg)):
            continue
        add_case(cfg, tag=tag)
        added += 1
    assert added == count, (tag, added, count)


def systematic_convt():
    """Every pad kind, without and with output padding."""
    plan = {"torch": (60, 40), "onnx": (30, 25), "same": (25, 20), "valid": (20, 15), "same-lower": (15, 0)}
    for kind in CONVT_KINDS:
        for with_q, count in zip((False, True), plan[kind]):
            add_random(lambda: random_convt(kind, with_q), count, "convt-" + kind + ("-q" if with_q else ""))


def targeted_convt():
    """Top-ups for what random sampling hits rarely."""
    def border(cfg, side):
        ah, aw = convt_axes(cfg)
        return min(ah[side], aw[side])

    for i in range(8):  # crops beyond ke-1 before: a negative border before
        add_random(lambda: random_convt(["torch", "onnx"][i % 2], i % 4 >= 2), 1, "negative-before",
                   accept=lambda c: border(c, "before") < 0)
    for i in range(6):  # a negative border after
        add_random(lambda: random_convt(["onnx", "torch"][i % 2], i % 3 == 0), 1, "negative-after",
                   accept=lambda c: border(c, "after") < 0)
    for i in range(6):  # the rule's output runs past full (zeros at the end; q = 0, as q > 0 never does)
        add_random(lambda: random_convt(["valid", "same"][i % 2], False), 1, "past-full",
                   accept=lambda c: min(a["crop_after"] for a in convt_axes(c)) < 0)
    for i in range(8):  # depthwise
        ch = [(2, 2, 2), (3, 3, 3), (4, 4, 4)][i % 3]
        add_random(lambda: random_convt(CONVT_KINDS[i % 5], i % 2 == 1 and i % 5 != 4, channels=ch), 1, "depthwise")
    for i in range(4):  # output padding the dilation allows (q >= s, q < d)
        add_random(lambda: random_convt(["torch", "onnx"][i % 2], True), 1, "q-by-dilation",
                   accept=lambda c: any(q >= s for q, s in zip(c["opad"], c["stride"])))


def random_conv(kind, mode="zeros", causal=False, channels=None):
    """A random grouped forward convolution (or a causal one on a 1xN input)."""
    if causal:
        C, Fo, g = channels or pick(rng, CHANNEL_GROUPS, CHANNEL_WEIGHTS)
        H, W = 1, int(rng.integers(3, 17))
        KH, KW = 1, pick(rng, [1, 2, 3, 4], [0.5, 2, 2, 1])
        SH, SW = 1, pick(rng, [1, 2], [3, 1])
        DH, DW = 1, pick(rng, [1, 2, 3, 4])
        return make_cfg("conv", H, W, C, Fo, g, KH, KW, SH, SW, DH, DW, pad="causal")
    C, Fo, g = channels or pick(rng, CHANNEL_GROUPS[6:] + [(2, 2, 1), (4, 2, 1)], [3, 2, 2, 2, 1, 2, 0.5, 0.5])
    H = int(rng.integers(2, 8))
    W = H if rng.random() < 0.3 else int(rng.integers(2, 8))
    KH = pick(rng, [1, 2, 3, 4], [0.5, 1, 2, 1])
    KW = KH if rng.random() < 0.5 else pick(rng, [1, 2, 3])
    SH, SW = pick(rng, [1, 2, 3], [2, 1.5, 0.5]), pick(rng, [1, 2, 3], [2, 1.5, 0.5])
    DH, DW = [pick(rng, [2, 3]) if rng.random() < 0.2 else 1 for _ in range(2)]
    if kind == "torch":
        t, l = int(rng.integers(0, KH // 2 + 2)), int(rng.integers(0, KW // 2 + 2))
        pad = [t, t, l, l]
    elif kind == "asymmetric":
        pad = [int(rng.integers(0, 3)) for _ in range(4)]
    else:
        pad = kind
    if mode != "zeros":
        # Within the modes' limits (reflect: pad <= n-1; circular: pad <= n); pads only from explicit sides.
        lim = {"reflect": 1, "replicate": 0, "circular": 0}[mode]
        if not isinstance(pad, list) or max(pad[:2]) > H - lim or max(pad[2:]) > W - lim:
            return None
    return make_cfg("conv", H, W, C, Fo, g, KH, KW, SH, SW, DH, DW, pad=pad, mode=mode)


def conv_cases():
    """Grouped and depthwise forward convolutions, then Keras causal ones."""
    for kind, count in (("torch", 14), ("asymmetric", 6), ("same", 10), ("valid", 6)):
        add_random(lambda: random_conv(kind), count, "grouped-" + kind)
    for mode in ("reflect", "replicate", "circular"):
        add_random(lambda: random_conv(pick(rng, ["torch", "asymmetric"]), mode=mode), 2, "grouped-" + mode)
    for ch in ((2, 2, 2), (3, 3, 3), (4, 4, 4), (2, 4, 2)):  # depthwise, and a channel multiplier of 2
        add_random(lambda: random_conv(pick(rng, ["torch", "same"]), channels=ch), 2, "depthwise")
    # Causal: a WaveNet stack (k=2, d=1,2,4,8), then random ones.
    for d in (1, 2, 4, 8):
        add_case(make_cfg("conv", 1, 16, 1, 1, 1, 1, 2, 1, 1, 1, d, pad="causal"), x=ramp(16), w=[1, 1],
                 tag="causal-wavenet")
    add_case(make_cfg("conv", 1, 8, 1, 1, 1, 1, 3, 1, 1, 1, 2, pad="causal"), x=ramp(8), w=[1, 1, 1], tag="causal")
    add_random(lambda: random_conv("causal", causal=True), 18, "causal")


def invalid_cases():
    """Each limit, several times, on both axes where it has one."""
    ct = lambda *a, **kw: make_cfg("convt", *a, **kw)  # noqa: E731
    # convt-pad: a forward convolution's border names (Theano's full/half, Keras' causal).
    for cfg in [ct(3, 3, 1, 1, 1, 3, 3, pad="full"), ct(4, 4, 1, 1, 1, 3, 3, 2, 2, pad="half"),
                ct(1, 8, 1, 1, 1, 1, 3, pad="causal"), ct(3, 3, 2, 2, 2, 2, 2, 2, 2, pad="full"),
                ct(5, 5, 1, 2, 1, 5, 5, pad="half", framework="torch")]:
        add_case(cfg, tag="invalid", want="convt-pad")
    # convt-mode: PyTorch's ConvTranspose2d takes zeros only (checked before the groups).
    for cfg in [ct(3, 3, 1, 1, 1, 3, 3, 2, 2, pad=[1, 1, 1, 1], mode="reflect", framework="torch"),
                ct(4, 4, 1, 1, 1, 3, 3, pad=[0, 0, 0, 0], mode="replicate", framework="torch"),
                ct(3, 3, 2, 1, 1, 2, 2, 2, 2, pad="same", mode="circular"),
                ct(3, 4, 1, 1, 1, 3, 3, pad=[1, 0, 1, 0], mode="constant"),
                ct(2, 2, 4, 4, 4, 2, 2, 2, 2, pad=[0, 0, 0, 0], mode="circular")]:
        add_case(cfg, tag="invalid", want="convt-mode")
    # groups: channels, then filters, must divide into the groups (both operations).
    for cfg in [ct(3, 3, 3, 2, 2, 3, 3, pad=[1, 1, 1, 1]), ct(3, 3, 2, 3, 2, 3, 3, 2, 2, pad="same"),
                ct(3, 3, 1, 2, 2, 2, 2, pad=[0, 0, 0, 0]), ct(4, 4, 4, 2, 4, 3, 3, pad=[1, 1, 1, 1]),
                ct(3, 3, 3, 3, 2, 3, 3, 2, 2, QH=1, QW=1, pad=[1, 1, 1, 1]),
                make_cfg("conv", 4, 4, 3, 2, 2, 3, 3, pad=[1, 1, 1, 1]),
                make_cfg("conv", 4, 4, 2, 3, 2, 3, 3, pad="same"),
                make_cfg("conv", 5, 5, 4, 2, 4, 3, 3, pad="valid"),
                make_cfg("conv", 1, 8, 2, 1, 2, 1, 3, pad="causal")]:
        add_case(cfg, tag="invalid", want="groups")
    # opad, PyTorch's rule (explicit crops, same-lower): q >= s and q >= d on an axis; h checked first.
    for cfg in [ct(3, 3, 1, 1, 1, 3, 3, QH=1, QW=1, pad=[0, 0, 0, 0]),
                ct(3, 3, 1, 1, 1, 3, 3, 2, 1, QH=1, QW=1, pad=[1, 1, 1, 1]),
                ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=2, QW=0, pad=[1, 1, 1, 1]),
                ct(4, 4, 1, 1, 1, 3, 3, 1, 1, 2, 2, QH=2, QW=1, pad=[0, 0, 0, 0]),
                ct(3, 3, 2, 2, 2, 2, 2, 2, 2, QH=1, QW=3, pad=[0, 1, 0, 1]),
                ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=1, QW=2, pad="same-lower")]:
        add_case(cfg, tag="invalid", want="opad")
    # opad, Keras' rule (same/valid): q < s on each axis, whatever the dilation.
    for cfg in [ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=2, QW=2, pad="same"),
                ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=1, QW=2, pad="valid"),
                ct(3, 3, 1, 1, 1, 3, 3, 1, 1, 2, 2, QH=1, QW=1, pad="same"),
                ct(4, 4, 2, 2, 1, 2, 2, 3, 1, QH=1, QW=1, pad="valid"),
                ct(3, 3, 1, 1, 1, 4, 4, 2, 2, QH=3, QW=1, pad="same")]:
        add_case(cfg, tag="invalid", want="opad")
    # empty-output: crops larger than full + q (symmetric, so PyTorch's padding= says it).
    for cfg in [ct(3, 3, 1, 1, 1, 3, 3, pad=[3, 3, 0, 0]), ct(3, 3, 1, 1, 1, 3, 3, pad=[0, 0, 3, 3]),
                ct(2, 2, 1, 1, 1, 2, 2, 2, 2, pad=[3, 3, 3, 3]),
                ct(3, 3, 1, 1, 1, 3, 3, 2, 2, QH=1, QW=1, pad=[1, 1, 4, 4]),
                ct(1, 1, 2, 2, 2, 1, 1, pad=[1, 1, 1, 1]), ct(2, 4, 1, 1, 1, 3, 3, 1, 1, 2, 1, pad=[4, 4, 1, 1])]:
        add_case(cfg, tag="invalid", want="empty-output")
    # Order: the padding mode before the groups (nn.ConvTranspose2d); the groups before the output padding.
    add_case(ct(3, 3, 3, 2, 2, 3, 3, pad=[1, 1, 1, 1], mode="reflect", framework="torch"), tag="order",
             want="convt-mode")
    add_case(ct(3, 3, 3, 2, 2, 3, 3, QH=1, QW=1, pad=[1, 1, 1, 1]), tag="order", want="groups")
    add_case(ct(3, 3, 1, 1, 1, 3, 3, QH=1, QW=1, pad=[3, 3, 3, 3]), tag="order", want="opad")


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def pad_kind(cfg):
    pad = cfg["pad"]
    if not isinstance(pad, list):
        return pad
    return "symmetric" if pad[0] == pad[1] and pad[2] == pad[3] else "asymmetric"


def summarize():
    valid = [(c, cfg) for c, cfg, _t in CASES if "expect" in c]
    invalid = [(c, cfg) for c, cfg, _t in CASES if "error" in c]
    print("golden/convt2d.json: %d cases (%d valid, %d invalid); torch %s, numpy %s"
          % (len(CASES), len(valid), len(invalid), torch.__version__, np.__version__))
    print_row("valid by op:", collections.Counter(c["op"] + "/" + c["source"] for c, _ in valid))
    print_row("valid by pad:", collections.Counter(c["op"] + "/" + pad_kind(cfg) for c, cfg in valid))
    print_row("invalid:", collections.Counter(c["op"] + "/" + c["error"]["code"] for c, _ in invalid))
    feats = collections.Counter()
    for c, cfg in valid:
        e = c["expect"]
        if c["op"] == "convt":
            feats["convt opad>0"] += any(cfg["opad"])
            feats["convt negative border"] += min(e["pads"]) < 0
            feats["convt past full"] += min(e["transposed"]["crop"][1], e["transposed"]["crop"][3]) < 0
            feats["convt stride>1"] += max(cfg["stride"]) > 1
            feats["convt dilation>1"] += max(cfg["dilation"]) > 1
            feats["convt groups>1"] += cfg["groups"] > 1
            feats["convt depthwise"] += cfg["groups"] > 1 and cfg["groups"] == cfg["channels"] == cfg["filters"]
        else:
            feats["conv groups>1"] += cfg["groups"] > 1
            feats["conv depthwise"] += cfg["groups"] > 1 and cfg["groups"] == cfg["channels"] == cfg["filters"]
            feats["conv causal"] += cfg["pad"] == "causal"
    print_row("valid features:", feats)
    print_row("cross-checks:", CHECKS)
    for note in NOTES:
        print("  NOTE:", note)
    return valid, invalid, feats


def main():
    teaching_cases()
    systematic_convt()
    targeted_convt()
    conv_cases()
    invalid_cases()
    write_json(os.path.normpath(OUT_PATH), "scripts/golden/generate_convt.py", CASES)
    valid, invalid, feats = summarize()
    # Coverage requirements (fail loudly if a change to the generator loses them).
    assert sum(c["op"] == "convt" for c, _ in valid) >= 250
    assert feats["conv groups>1"] >= 40 and feats["conv causal"] >= 20, feats
    assert feats["convt negative border"] >= 10 and feats["convt opad>0"] >= 60 and feats["convt depthwise"] >= 8
    codes = collections.Counter(c["error"]["code"] for c, _ in invalid)
    assert all(codes[code] >= 5 for code in ("convt-pad", "convt-mode", "groups", "opad", "empty-output")), codes
    check_written(CASES, OUT_PATH, 1.5 * 1024 * 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main())
