#!/usr/bin/python3
"""Golden-vector generator for Padlab.

Writes ``golden/conv2d.json``: 2-D convolution cases (padding arithmetic, padded
grid, output) computed with PyTorch and numpy, which the TypeScript tests replay
against Padlab's own core and engine.

The semantics are those of ``design.md`` section "Semantics":

* Pads per axis are computed here by independent Python code from the formulas
  (valid / same / same-lower / full / half / explicit ``[T,B,L,R]``).
* The padded grid comes from ``torch.nn.functional.pad`` on a (1,C,H,W) float64
  tensor (``pad=(L,R,T,B)``) for zeros/constant/reflect/replicate/circular, and
  from ``numpy.pad(mode='symmetric')`` for symmetric (torch has no such mode).
* The output is ``torch.nn.functional.conv2d(padded, w, stride, dilation)`` in
  float64 (cross-correlation); ``flip`` = true convolution (kernel flipped over
  both spatial axes first).
* Invalid configurations are recorded, not raised: mode limits (reflect,
  symmetric, circular; h axis before w) are checked before empty output.

Cross-checks asserted for every case (they validate our formulas against the
real libraries): numpy.pad equals torch's padded grid for the modes both have,
a small pure-Python index map equals the padded grid for every mode,
``F.conv2d(padding='same')`` equals our ``same`` result (stride 1, zero
padding), ``nn.Conv2d(padding=(T,L), padding_mode=...)`` equals our result when
pads are symmetric, and the output shape equals ``floor((n+pb+pa-ke)/s)+1``.

Deterministic: all values come from one numpy Generator with a fixed seed; no
network access. Run with ``/usr/bin/python3 scripts/golden/generate.py`` (or
``npm run golden``).
"""

import collections
import os
import sys
import warnings

import numpy as np
import torch
import torch.nn.functional as F

from golden_common import (check_written, effective_kernel, exact_values, first_line, fmt_num, named_pads,
                           pad_text, pick, print_row, source_index, tensor, write_json)

SEED = 20240611
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golden", "conv2d.json")

MODES = ["zeros", "constant", "reflect", "symmetric", "replicate", "circular"]
NAMED_PADS = ["valid", "same", "same-lower", "full", "half"]
PAD_SPECS = NAMED_PADS + ["explicit"]
CVALS = [0, 1, -2, 2.5]  # exact in float32 and float64

# numpy.pad names for the modes numpy shares with torch.
NUMPY_MODE = {"zeros": "constant", "constant": "constant", "reflect": "reflect",
              "replicate": "edge", "circular": "wrap", "symmetric": "symmetric"}
# torch.nn.functional.pad names (symmetric: none).
TORCH_MODE = {"zeros": "constant", "constant": "constant", "reflect": "reflect",
              "replicate": "replicate", "circular": "circular"}

SYMMETRIC_ERROR = "tf.pad(mode='SYMMETRIC') requires paddings no greater than the dimension size"

# Ranges the app accepts (design.md URL schema); configs outside are skipped.
LIMITS = {"input": (1, 64), "channels": (1, 4), "filters": (1, 4), "kernel": (1, 15),
          "stride": (1, 8), "dilation": (1, 8), "pad": (0, 32)}
# Size budget per case, to keep the file small (numbers in padded / out grids).
MAX_PADDED = 900
MAX_OUT = 500

torch.set_grad_enabled(False)
# torch warns that padding='same' with even kernels copies the input; harmless here.
warnings.filterwarnings("ignore", message="Using padding='same'")
rng = np.random.default_rng(SEED)

# Notes collected while generating (torch fallbacks, surprises); printed at the end.
NOTES = []


# --------------------------------------------------------------------------
# Padding arithmetic (independent implementation of design.md "Semantics")
# --------------------------------------------------------------------------

def compute_pads(cfg):
    """[T, B, L, R] for a config."""
    pad = cfg["pad"]
    if isinstance(pad, list):
        return list(pad)
    (H, W), (KH, KW) = cfg["input"], cfg["kernel"]
    (SH, SW), (DH, DW) = cfg["stride"], cfg["dilation"]
    t, b = named_pads(pad, H, KH, SH, DH)
    l, r = named_pads(pad, W, KW, SW, DW)
    return [t, b, l, r]


def axes(cfg, pads):
    """Per-axis tuples (name, n, k, s, d, before, after)."""
    (H, W), (KH, KW) = cfg["input"], cfg["kernel"]
    (SH, SW), (DH, DW) = cfg["stride"], cfg["dilation"]
    t, b, l, r = pads
    return [("h", H, KH, SH, DH, t, b), ("w", W, KW, SW, DW, l, r)]


def mode_limit(mode, n):
    """Largest pad per side that the mode allows for an axis of size n (None: no limit)."""
    if mode == "reflect":
        return n - 1
    if mode in ("symmetric", "circular"):
        return n
    return None


def classify(cfg, pads):
    """None when valid, else (reason, axis). Mode limits come before empty output."""
    mode = cfg["mode"]
    for name, n, _k, _s, _d, pb, pa in axes(cfg, pads):
        lim = mode_limit(mode, n)
        if lim is not None and max(pb, pa) > lim:
            return mode + "-limit", name
    for name, n, k, _s, d, pb, pa in axes(cfg, pads):
        if n + pb + pa < effective_kernel(k, d):
            return "empty-output", name
    return None


def out_size(n, k, s, d, pb, pa):
    return (n + pb + pa - effective_kernel(k, d)) // s + 1


# --------------------------------------------------------------------------
# Pure-Python index maps (a third, library-free check of the padded grid)
# --------------------------------------------------------------------------

def index_map_pad(x, pads, mode, cval):
    C, H, W = x.shape
    t, b, l, r = pads
    out = np.empty((C, H + t + b, W + l + r), dtype=np.float64)
    for i in range(H + t + b):
        si = source_index(mode, i - t, H)
        for j in range(W + l + r):
            sj = source_index(mode, j - l, W)
            out[:, i, j] = cval if si is None or sj is None else x[:, si, sj]
    return out


# --------------------------------------------------------------------------
# Padding and convolution with the real libraries
# --------------------------------------------------------------------------

def numpy_pad(x, pads, mode, cval):
    t, b, l, r = pads
    width = ((0, 0), (t, b), (l, r))
    if mode in ("zeros", "constant"):
        return np.pad(x, width, mode="constant", constant_values=cval)
    return np.pad(x, width, mode=NUMPY_MODE[mode])


def torch_pad(xt, pads, mode, cval):
    """F.pad on (1,C,H,W); raises what torch raises."""
    t, b, l, r = pads
    if mode in ("zeros", "constant"):
        return F.pad(xt, (l, r, t, b), mode="constant", value=float(cval))
    return F.pad(xt, (l, r, t, b), mode=TORCH_MODE[mode])


def evaluate(cfg, x, w):
    """Return ("expect", {...}) or ("invalid", {...}) for a config with values x (C,H,W) and w (F,C,KH,KW)."""
    mode, cval, flip = cfg["mode"], cfg["cval"], cfg["flip"]
    pads = compute_pads(cfg)
    verdict = classify(cfg, pads)
    xt = tensor(x)[None]  # (1, C, H, W)
    wt = tensor(w)
    if flip:
        wt = torch.flip(wt, [2, 3])
    stride, dilation = tuple(cfg["stride"]), tuple(cfg["dilation"])

    if verdict is not None and verdict[0] != "empty-output":
        reason, axis = verdict
        if mode == "symmetric":
            # torch has no symmetric mode and numpy.pad extends past n; the limit
            # is TensorFlow's MirrorPad rule (SYMMETRIC: paddings <= dim size).
            return "invalid", {"reason": reason, "axis": axis, "pads": pads,
                               "source": "tf-rule", "error": SYMMETRIC_ERROR}
        try:
            got = torch_pad(xt, pads, mode, cval)
            error = "<torch did not raise: F.pad returned shape %s>" % list(got.shape)
            NOTES.append("torch F.pad(mode=%r) did NOT raise for %s pads=%s" % (mode, cfg["input"], pads))
        except Exception as exc:  # noqa: BLE001 - we record whatever torch raises
            error = first_line(exc)
        return "invalid", {"reason": reason, "axis": axis, "pads": pads, "source": "torch", "error": error}

    # Padded grid: torch for the modes it has, numpy for symmetric.
    if mode == "symmetric":
        padded = numpy_pad(x, pads, mode, cval)
    else:
        try:
            padded = torch_pad(xt, pads, mode, cval)[0].numpy()
        except Exception as exc:  # noqa: BLE001
            # Fallback (not hit with torch 1.13 on the generated cases): old torch
            # versions reject some valid pad combinations for non-constant modes.
            NOTES.append("torch F.pad refused a valid case %s pads=%s mode=%s (%s); used numpy"
                         % (cfg["input"], pads, mode, first_line(exc)))
            padded = numpy_pad(x, pads, mode, cval)
        # Cross-check: numpy.pad gives the identical grid.
        assert np.array_equal(padded, numpy_pad(x, pads, mode, cval)), ("numpy/torch pad differ", cfg)
    # Cross-check: the library-free index map gives the identical grid (all modes).
    assert np.array_equal(padded, index_map_pad(x, pads, mode, cval)), ("index map differs", cfg)

    if verdict is not None:  # empty output: let torch say what it says
        try:
            got = F.conv2d(tensor(padded)[None], wt, stride=stride, dilation=dilation)
            error = "<torch did not raise: conv2d returned shape %s>" % list(got.shape)
            NOTES.append("torch F.conv2d did NOT raise for empty output %s" % cfg)
        except Exception as exc:  # noqa: BLE001
            error = first_line(exc)
        reason, axis = verdict
        return "invalid", {"reason": reason, "axis": axis, "pads": pads, "source": "torch", "error": error}

    out = F.conv2d(tensor(padded)[None], wt, stride=stride, dilation=dilation)[0]

    # (c) output shape formula.
    expected_shape = [w.shape[0]] + [out_size(n, k, s, d, pb, pa) for _a, n, k, s, d, pb, pa in axes(cfg, pads)]
    assert list(out.shape) == expected_shape, ("shape formula", cfg, list(out.shape), expected_shape)

    # (a) torch's own padding='same' (stride 1, zero padding).
    if cfg["pad"] == "same" and stride == (1, 1) and (mode == "zeros" or (mode == "constant" and cval == 0)):
        ref = F.conv2d(xt, wt, padding="same", dilation=dilation)[0]
        assert torch.allclose(ref, out, rtol=1e-12, atol=1e-12), ("padding='same' differs", cfg)
        CHECKS["torch-same"] += 1

    # (b) nn.Conv2d with padding_mode, whenever the pads are symmetric per axis.
    t, b, l, r = pads
    if t == b and l == r and mode in ("zeros", "reflect", "replicate", "circular"):
        conv = torch.nn.Conv2d(x.shape[0], w.shape[0], tuple(cfg["kernel"]), stride=stride, padding=(t, l),
                               dilation=dilation, bias=False, padding_mode=mode, dtype=torch.float64)
        conv.weight.copy_(wt)
        ref = conv(xt)[0]
        assert torch.allclose(ref, out, rtol=1e-12, atol=1e-12), ("nn.Conv2d differs", cfg)
        CHECKS["nn.Conv2d"] += 1

    return "expect", {"pads": pads, "paddedShape": list(padded.shape), "padded": padded.ravel().tolist(),
                      "outShape": list(out.shape), "out": out.numpy().ravel().tolist()}


CHECKS = collections.Counter()


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------

def inexact_values(rng, shape):
    return np.round(rng.standard_normal(shape), 6)


# --------------------------------------------------------------------------
# Case assembly
# --------------------------------------------------------------------------

def make_cfg(H, W, C, Fo, KH, KW, SH=1, SW=1, DH=1, DW=1, pad="valid", mode="zeros", cval=None, flip=False,
             exact=True):
    if cval is None:
        cval = CVALS[int(rng.integers(0, len(CVALS)))] if mode == "constant" else 0
    if mode != "constant":
        cval = 0
    return {"input": [H, W], "channels": C, "filters": Fo, "kernel": [KH, KW], "stride": [SH, SW],
            "dilation": [DH, DW], "pad": pad, "mode": mode, "cval": cval, "flip": bool(flip), "exact": exact}


def within_limits(cfg):
    lo_hi = LIMITS
    vals = [("input", v) for v in cfg["input"]] + [("channels", cfg["channels"]), ("filters", cfg["filters"])]
    vals += [("kernel", v) for v in cfg["kernel"]] + [("stride", v) for v in cfg["stride"]]
    vals += [("dilation", v) for v in cfg["dilation"]]
    if isinstance(cfg["pad"], list):
        vals += [("pad", v) for v in cfg["pad"]]
    return all(lo_hi[key][0] <= v <= lo_hi[key][1] for key, v in vals)


def sizes(cfg):
    """(padded cells, output cells) for a config, or None when it is invalid."""
    pads = compute_pads(cfg)
    if classify(cfg, pads) is not None:
        return None
    t, b, l, r = pads
    H, W = cfg["input"]
    padded = cfg["channels"] * (H + t + b) * (W + l + r)
    outs = [out_size(n, k, s, d, pb, pa) for _a, n, k, s, d, pb, pa in axes(cfg, pads)]
    return padded, cfg["filters"] * outs[0] * outs[1]


def small_enough(cfg):
    pads = compute_pads(cfg)
    t, b, l, r = pads
    H, W = cfg["input"]
    if cfg["channels"] * (H + t + b) * (W + l + r) > MAX_PADDED:
        return False
    sz = sizes(cfg)
    return sz is None or sz[1] <= MAX_OUT


def case_name(cfg):
    (H, W), (KH, KW) = cfg["input"], cfg["kernel"]
    (SH, SW), (DH, DW) = cfg["stride"], cfg["dilation"]
    name = "in=%dx%d c=%d f=%d k=%dx%d s=%dx%d d=%dx%d pad=%s mode=%s" % (
        H, W, cfg["channels"], cfg["filters"], KH, KW, SH, SW, DH, DW, pad_text(cfg["pad"]), cfg["mode"])
    if cfg["mode"] == "constant":
        name += " cval=%s" % fmt_num(cfg["cval"])
    if cfg["flip"]:
        name += " flip=1"
    return name


CASES = []
NAMES = collections.Counter()


def add_case(cfg, x=None, w=None, tag=None):
    """Evaluate a config and append it. Returns "expect" or "invalid"."""
    assert within_limits(cfg), cfg
    H, W = cfg["input"]
    KH, KW = cfg["kernel"]
    C, Fo = cfg["channels"], cfg["filters"]
    gen = exact_values if cfg["exact"] else inexact_values
    x = gen(rng, (C, H, W)) if x is None else np.asarray(x, dtype=np.float64).reshape(C, H, W)
    w = gen(rng, (Fo, C, KH, KW)) if w is None else np.asarray(w, dtype=np.float64).reshape(Fo, C, KH, KW)
    kind, result = evaluate(cfg, x, w)

    base = case_name(cfg)
    NAMES[base] += 1
    name = base if NAMES[base] == 1 else "%s #%d" % (base, NAMES[base])
    case = {"name": name, "input": cfg["input"], "channels": C, "filters": Fo, "kernel": cfg["kernel"],
            "stride": cfg["stride"], "dilation": cfg["dilation"], "pad": cfg["pad"], "mode": cfg["mode"],
            "cval": fmt_num(cfg["cval"]), "flip": cfg["flip"],
            "x": [fmt_num(v) for v in x.ravel()], "w": [fmt_num(v) for v in w.ravel()],
            "exact": cfg["exact"]}
    if kind == "expect":
        result["padded"] = [fmt_num(v) for v in result["padded"]]
        result["out"] = [fmt_num(v) for v in result["out"]]
    case[kind] = result
    CASES.append((case, cfg, tag))
    return kind


# --------------------------------------------------------------------------
# Case sets
# --------------------------------------------------------------------------

def teaching_cases():
    """Hand-picked cases that illustrate one idea each (listed first in the file)."""
    # design.md row "a b c d, pad 2" in every mode: k=1 identity kernel, output = padded grid.
    for mode in MODES:
        add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 2, 2], mode=mode, cval=2.5 if mode == "constant" else 0),
                 x=[1, 2, 3, 4], w=[1], tag="teaching")
    # symmetric is allowed up to pad == n, reflect only up to n - 1, circular up to n.
    add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 4, 4], mode="symmetric"), x=[1, 2, 3, 4], w=[1], tag="teaching")
    add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 3, 3], mode="reflect"), x=[1, 2, 3, 4], w=[1], tag="teaching")
    add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 4, 4], mode="circular"), x=[1, 2, 3, 4], w=[1], tag="teaching")
    add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 4, 0], mode="reflect"), x=[1, 2, 3, 4], w=[1], tag="teaching")
    add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 5, 5], mode="symmetric"), x=[1, 2, 3, 4], w=[1], tag="teaching")
    add_case(make_cfg(1, 4, 1, 1, 1, 1, pad=[0, 0, 0, 5], mode="circular"), x=[1, 2, 3, 4], w=[1], tag="teaching")
    ramp = list(range(1, 26))
    box3 = [1] * 9
    # The default view: 5x5, k=3, same, in a few modes.
    for mode in ["zeros", "reflect", "symmetric", "replicate", "circular"]:
        add_case(make_cfg(5, 5, 1, 1, 3, 3, pad="same", mode=mode), x=[v % 11 - 5 for v in ramp], w=box3,
                 tag="teaching")
    # Stride 2 'same': P = 0 for 4x4 k=2; for 5x5 k=2 the extra cell goes bottom/right (same) or top/left.
    add_case(make_cfg(4, 4, 1, 1, 2, 2, 2, 2, pad="same"), tag="teaching")
    add_case(make_cfg(5, 5, 1, 1, 2, 2, 2, 2, pad="same"), tag="teaching")
    add_case(make_cfg(5, 5, 1, 1, 2, 2, 2, 2, pad="same-lower"), tag="teaching")
    add_case(make_cfg(5, 5, 1, 1, 4, 4, pad="same"), tag="teaching")  # even kernel, stride 1: P = 3
    add_case(make_cfg(5, 5, 1, 1, 4, 4, pad="same-lower"), tag="teaching")
    # floor(): 5x5 k=3 s=2 valid drops nothing; 6x6 drops the last row and column.
    add_case(make_cfg(5, 5, 1, 1, 3, 3, 2, 2), tag="teaching")
    add_case(make_cfg(6, 6, 1, 1, 3, 3, 2, 2), tag="teaching")
    add_case(make_cfg(6, 6, 1, 1, 3, 3, 2, 2, pad="same"), tag="teaching")
    # Dilation, and stride + dilation together (tfjs refuses both; the engine must not).
    add_case(make_cfg(5, 5, 1, 1, 3, 3, 1, 1, 2, 2, pad="same"), tag="teaching")
    add_case(make_cfg(7, 7, 1, 1, 3, 3, 2, 2, 2, 2), tag="teaching")
    add_case(make_cfg(9, 8, 1, 1, 3, 2, 2, 3, 2, 3, pad="same"), tag="teaching")
    # Kernel bigger than the input: full and same work, valid is empty.
    add_case(make_cfg(3, 3, 1, 1, 5, 5, pad="full"), tag="teaching")
    add_case(make_cfg(3, 3, 1, 1, 5, 5, pad="same"), tag="teaching")
    add_case(make_cfg(2, 2, 1, 1, 3, 3, pad="valid"), tag="teaching")
    add_case(make_cfg(3, 3, 1, 1, 5, 5, pad="full", mode="reflect"), tag="teaching")  # full pads 4 > n-1
    add_case(make_cfg(3, 3, 1, 1, 3, 3, pad="full", mode="reflect"), tag="teaching")  # pads 2 == n-1: fine
    # Theano half with an even kernel grows the output by one.
    add_case(make_cfg(5, 5, 1, 1, 4, 4, pad="half"), tag="teaching")
    # Check order: the reflect limit (w) wins over the empty output (h).
    add_case(make_cfg(1, 1, 1, 1, 3, 1, pad=[0, 0, 1, 1], mode="reflect"), tag="teaching")
    # Edge sizes, stride larger than the kernel, constant padding, true convolution.
    add_case(make_cfg(1, 1, 1, 1, 1, 1), tag="teaching")
    add_case(make_cfg(1, 1, 1, 1, 3, 3, pad="same", mode="replicate"), tag="teaching")
    add_case(make_cfg(8, 8, 1, 1, 1, 1, 3, 3), tag="teaching")
    add_case(make_cfg(4, 4, 1, 1, 3, 3, pad=[1, 1, 1, 1], mode="constant", cval=-2), tag="teaching")
    add_case(make_cfg(3, 3, 1, 1, 3, 3, pad="valid", flip=True), x=[0, 0, 0, 0, 1, 0, 0, 0, 0],
             w=[1, 2, 3, 4, 5, 0.5, -1, -2, -3], tag="teaching")
    add_case(make_cfg(3, 3, 1, 1, 3, 3, pad="valid"), x=[0, 0, 0, 0, 1, 0, 0, 0, 0],
             w=[1, 2, 3, 4, 5, 0.5, -1, -2, -3], tag="teaching")
    add_case(make_cfg(4, 5, 2, 3, 3, 2, 1, 2, pad="same", mode="reflect"), tag="teaching")


def random_explicit_pads(max_pad=4):
    pads = [int(rng.integers(0, max_pad + 1)) for _ in range(4)]
    if rng.random() < 0.3:  # force some zero sides
        pads[int(rng.integers(0, 4))] = 0
    if rng.random() < 0.25:  # and some symmetric ones (exercise nn.Conv2d check)
        pads[1], pads[3] = pads[0], pads[2]
    return pads


def random_cfg(spec, mode, stride_max=4, dil_max=3, n_max=12, k_max=5, force_sd=False):
    """A random config for a pad spec and mode (may be invalid; callers filter)."""
    H = int(rng.integers(1, n_max + 1))
    W = H if rng.random() < 0.3 else int(rng.integers(1, n_max + 1))
    KH = pick(rng, list(range(1, k_max + 1)))
    KW = KH if rng.random() < 0.4 else pick(rng, list(range(1, k_max + 1)))
    s_vals = list(range(1, stride_max + 1))
    d_vals = list(range(1, dil_max + 1))
    s_w = [0.45] + [0.55 / (len(s_vals) - 1)] * (len(s_vals) - 1) if len(s_vals) > 1 else None
    d_w = [0.55] + [0.45 / (len(d_vals) - 1)] * (len(d_vals) - 1) if len(d_vals) > 1 else None
    SH = pick(rng, s_vals, s_w)
    SW = SH if rng.random() < 0.5 else pick(rng, s_vals, s_w)
    DH = pick(rng, d_vals, d_w)
    DW = DH if rng.random() < 0.5 else pick(rng, d_vals, d_w)
    if force_sd:
        SH, SW = int(rng.integers(2, stride_max + 1)), int(rng.integers(1, stride_max + 1))
        DH, DW = int(rng.integers(2, dil_max + 1)), int(rng.integers(1, dil_max + 1))
        if rng.random() < 0.5:
            SH, SW, DH, DW = SW, SH, DW, DH
    C = pick(rng, [1, 2, 3], [0.5, 0.3, 0.2])
    Fo = pick(rng, [1, 2, 3], [0.5, 0.3, 0.2])
    pad = random_explicit_pads() if spec == "explicit" else spec
    return make_cfg(H, W, C, Fo, KH, KW, SH, SW, DH, DW, pad=pad, mode=mode, flip=rng.random() < 0.1,
                    exact=rng.random() >= 0.18)


def add_valid(spec, mode, count, tag, max_tries=400, **kw):
    """Add up to `count` valid random cases for (spec, mode)."""
    added = 0
    for _ in range(max_tries):
        if added == count:
            break
        cfg = random_cfg(spec, mode, **kw)
        if not within_limits(cfg) or not small_enough(cfg) or classify(cfg, compute_pads(cfg)) is not None:
            continue
        add_case(cfg, tag=tag)
        added += 1
    return added


def systematic_cases():
    """Every pad spec x every mode, several random valid configs each."""
    for spec in PAD_SPECS:
        for mode in MODES:
            n = 12 if spec == "explicit" else 8
            got = add_valid(spec, mode, n, "grid")
            assert got == n, (spec, mode, got)


def targeted_cases():
    """Top-ups for the coverage requirements that random sampling hits only rarely."""
    # Stride > 1 and dilation > 1 together.
    for i in range(48):
        add_valid(PAD_SPECS[i % len(PAD_SPECS)], MODES[(i // len(PAD_SPECS)) % len(MODES)], 1, "stride+dilation",
                  force_sd=True)
    # n = 1 on one or both axes; k = 1.
    for i, mode in enumerate(MODES * 2):
        spec = PAD_SPECS[i % len(PAD_SPECS)]
        for _ in range(200):
            cfg = random_cfg(spec, mode)
            cfg["input"][i % 2] = 1
            if i % 3 == 0:
                cfg["input"] = [1, 1]
            if within_limits(cfg) and small_enough(cfg) and classify(cfg, compute_pads(cfg)) is None:
                add_case(cfg, tag="n=1")
                break
    for i, mode in enumerate(MODES * 2):
        spec = PAD_SPECS[(i + 3) % len(PAD_SPECS)]
        for _ in range(200):
            cfg = random_cfg(spec, mode)
            cfg["kernel"][i % 2] = 1
            if i % 3 == 0:
                cfg["kernel"] = [1, 1]
            if within_limits(cfg) and small_enough(cfg) and classify(cfg, compute_pads(cfg)) is None:
                add_case(cfg, tag="k=1")
                break
    # Kernel bigger than the input with full / same padding (zero-ish modes and the others).
    for i in range(16):
        spec = ["full", "same", "same-lower", "full"][i % 4]
        mode = ["zeros", "constant", "replicate", "circular", "symmetric", "reflect"][i % 6]
        for _ in range(400):
            H, W = int(rng.integers(1, 5)), int(rng.integers(1, 5))
            KH, KW = int(rng.integers(H + 1, H + 4)), int(rng.integers(W, W + 4))
            cfg = make_cfg(H, W, pick(rng, [1, 2]), pick(rng, [1, 2]), KH, KW, pick(rng, [1, 1, 2]), pick(rng, [1, 2]), pad=spec,
                           mode=mode, flip=rng.random() < 0.1)
            if within_limits(cfg) and small_enough(cfg) and classify(cfg, compute_pads(cfg)) is None:
                add_case(cfg, tag="k>n")
                break
    # Stride larger than the kernel, and floor dropping cells.
    for i in range(12):
        for _ in range(400):
            cfg = random_cfg(PAD_SPECS[i % len(PAD_SPECS)], MODES[i % len(MODES)], stride_max=4, k_max=3)
            if min(cfg["stride"][0] - cfg["kernel"][0], cfg["stride"][1] - cfg["kernel"][1]) <= 0:
                continue
            if within_limits(cfg) and small_enough(cfg) and classify(cfg, compute_pads(cfg)) is None:
                add_case(cfg, tag="s>k")
                break
    # torch's own padding='same' (stride 1, zero padding) as a cross-check.
    for i in range(16):
        for _ in range(400):
            cfg = random_cfg("same", "zeros" if i % 4 else "constant")
            cfg["stride"] = [1, 1]
            if cfg["mode"] == "constant":
                cfg["cval"] = 0
            if within_limits(cfg) and small_enough(cfg) and classify(cfg, compute_pads(cfg)) is None:
                add_case(cfg, tag="torch-same")
                break
    # A few larger inputs (up to 12) with bigger strides, to exercise wide grids.
    for i in range(12):
        add_valid(PAD_SPECS[i % len(PAD_SPECS)], MODES[(i * 5) % len(MODES)], 1, "large",
                  stride_max=4, n_max=12, k_max=7)


def invalid_cases(per_reason=12):
    """Invalid configurations of each reason, on both axes, across pad specs."""
    plans = {
        "reflect-limit": (["reflect"], ["explicit", "full", "same", "same-lower", "half"]),
        "symmetric-limit": (["symmetric"], ["explicit", "full", "same", "same-lower", "half"]),
        "circular-limit": (["circular"], ["explicit", "full", "same", "same-lower", "half"]),
        "empty-output": (MODES, ["valid", "explicit"]),
    }
    for reason, (modes, specs) in plans.items():
        added = collections.Counter()
        for i in range(per_reason):
            axis = "hw"[i % 2]
            for _ in range(2000):
                spec = specs[i % len(specs)]
                mode = modes[i % len(modes)]
                cfg = random_cfg(spec, mode, n_max=6, k_max=7)
                if spec == "explicit" and reason != "empty-output":
                    cfg["pad"] = random_explicit_pads(max_pad=8)
                verdict = classify(cfg, compute_pads(cfg)) if within_limits(cfg) else None
                if verdict == (reason, axis):
                    add_case(cfg, tag="invalid")
                    added[axis] += 1
                    break
        assert sum(added.values()) == per_reason, (reason, added)


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def pad_spec_label(cfg):
    pad = cfg["pad"]
    if not isinstance(pad, list):
        return pad
    t, b, l, r = pad
    return "explicit-symmetric" if (t == b and l == r) else "explicit-asymmetric"


def summarize():
    valid = [(c, cfg) for c, cfg, _t in CASES if "expect" in c]
    invalid = [(c, cfg) for c, cfg, _t in CASES if "invalid" in c]
    print("golden/conv2d.json: %d cases (%d valid, %d invalid); torch %s, numpy %s"
          % (len(CASES), len(valid), len(invalid), torch.__version__, np.__version__))
    print_row("valid by mode:", collections.Counter(c["mode"] for c, _ in valid))
    print_row("valid by pad:", collections.Counter(pad_spec_label(cfg) for _, cfg in valid))
    print_row("invalid reason:", collections.Counter(c["invalid"]["reason"] for c, _ in invalid))
    print_row("invalid axis:", collections.Counter(c["invalid"]["reason"] + "/" + c["invalid"]["axis"] for c, _ in invalid))
    print_row("stride:", collections.Counter(s for _, cfg in valid for s in cfg["stride"]))
    print_row("dilation:", collections.Counter(d for _, cfg in valid for d in cfg["dilation"]))
    feats = collections.Counter()
    for c, cfg in valid:
        (H, W), (KH, KW) = cfg["input"], cfg["kernel"]
        pads = c["expect"]["pads"]
        feats["exact"] += cfg["exact"]
        feats["inexact"] += not cfg["exact"]
        feats["flip"] += cfg["flip"]
        feats["rect-input"] += H != W
        feats["rect-kernel"] += KH != KW
        feats["stride>1&dil>1"] += max(cfg["stride"]) > 1 and max(cfg["dilation"]) > 1
        feats["n=1"] += min(H, W) == 1
        feats["k=1"] += min(KH, KW) == 1
        feats["k>n"] += KH > H or KW > W
        feats["s>k"] += cfg["stride"][0] > KH or cfg["stride"][1] > KW
        feats["floor-drops"] += any((n + pb + pa - effective_kernel(k, d)) % s != 0
                                    for _a, n, k, s, d, pb, pa in axes(cfg, pads))
        feats["channels>1"] += cfg["channels"] > 1
        feats["filters>1"] += cfg["filters"] > 1
    print_row("valid features:", feats)
    print_row("cross-checks:", CHECKS)
    combos = collections.Counter((pad_spec_label(cfg).split("-")[0] if isinstance(cfg["pad"], list) else cfg["pad"],
                                  cfg["mode"]) for _, cfg in valid)
    missing = [(s, m) for s in PAD_SPECS for m in MODES if combos[(s, m)] == 0]
    print("  pad x mode: %d combinations, min %d cases each%s"
          % (len(combos), min(combos.values()), "; MISSING %s" % missing if missing else ""))
    for note in NOTES:
        print("  NOTE:", note)
    return valid, invalid, feats, missing


def main():
    teaching_cases()
    systematic_cases()
    targeted_cases()
    invalid_cases()
    write_json(os.path.normpath(OUT_PATH), "scripts/golden/generate.py", CASES)
    valid, invalid, feats, missing = summarize()
    # Coverage requirements (fail loudly if a change to the generator loses them).
    assert len(valid) >= 420 and len(invalid) >= 40, (len(valid), len(invalid))
    assert not missing, missing
    assert feats["stride>1&dil>1"] >= 40, feats
    assert all(v > 0 for v in feats.values()), feats
    check_written(CASES, OUT_PATH, 2 * 1024 * 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main())
