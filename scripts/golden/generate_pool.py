#!/usr/bin/python3
"""Golden-vector generator for Padlab's pooling layers.

Writes ``golden/pool2d.json``: max and average pooling cases (pads, the grid
the windows slide over with the cells that count, the output, or the error a
framework raises), which the TypeScript tests replay against Padlab's core,
tfjs in Node and the page in Chromium.

The semantics are those of ``design.md``, bullet ``maxpool``/``avgpool`` of
"Operations beyond the forward convolution", implemented here in numpy from
that text (not from the TypeScript):

* Output length per axis ``o = floor((n + pb + pa - ke)/s) + 1``; with
  ``ceil`` ``ceil(...) + 1``, minus 1 when ``(o-1)s >= n + pb`` (PyTorch's
  last-window rule). A ceil window may hang past ``n + pb + pa``: that
  overhang is part of the grid and never counts.
* Max: padding and overhang never win (they hold -inf); a window of padding
  only gives -inf (``null`` in the JSON). Average: the sum of the window's
  input cells over its divisor, the taps inside ``[-pb, n+pa)`` when
  ``count_include_pad`` with explicit pads, else inside ``[0, n)`` (cip=0,
  and TF's ``same``/``valid`` whatever cip says).
* ``same``/``valid`` pads follow TF (as for conv ``same``).

Sources per case (``source``):

* ``torch``: PyTorch-expressible layers (symmetric pads at most ``floor(k/2)``,
  ``framework: torch``): the output is ``F.max_pool2d`` / ``F.avg_pool2d``
  (float64) with ``padding``, ``dilation``, ``ceil_mode``,
  ``count_include_pad``; the numpy reference must agree (asserted).
* ``numpy``: TF-rule ``same``/``valid``, asymmetric or oversized pads
  (``framework: keras``): the numpy reference, cross-checked with torch where
  torch can express the same thing (``F.pad`` then a pool without padding
  when ``ceil`` is off; ``padding=0`` for ``valid`` with either rounding).
  The TF arithmetic is checked again in Node against ``tf.maxPool`` /
  ``tf.avgPool`` (src/engine/poolGolden.test.ts).

Errors (``error``): ``pool-pad``, ``pool-dilation`` and ``empty-output`` carry
the text PyTorch raises (``words``: the part of it Padlab's message must
quote); ``pool-empty-window`` (an average over a window with no counted cell,
which no framework can express) carries the reference's own reason.

Deterministic (one numpy Generator, fixed seed); no network. Run with
``/usr/bin/python3 scripts/golden/generate_pool.py`` (``npm run golden`` runs
both generators).
"""

import collections
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

from golden_common import (check_written, exact_values, fmt_num, pad_text, pick, pool_axis_out, print_row, raised,
                           tensor, tf_pads, write_json)

SEED = 20261130
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golden", "pool2d.json")
NEG_INF = float("-inf")
OPS = ["maxpool", "avgpool"]
TORCH_ERRORS = (RuntimeError, TypeError)  # what the pooling calls raise for a configuration

torch.set_grad_enabled(False)
rng = np.random.default_rng(SEED)

CHECKS = collections.Counter()
NOTES = []


# --------------------------------------------------------------------------
# Arithmetic (design.md, independent of the TypeScript)
# --------------------------------------------------------------------------

def case_pads(cfg):
    """[T, B, L, R]."""
    pad = cfg["pad"]
    if isinstance(pad, list):
        return list(pad)
    (H, W), (KH, KW), (SH, SW), (DH, DW) = cfg["input"], cfg["kernel"], cfg["stride"], cfg["dilation"]
    t, b = tf_pads(pad, H, KH, SH, DH)
    l, r = tf_pads(pad, W, KW, SW, DW)
    return [t, b, l, r]


def axes(cfg, pads):
    """Per axis: (name, n, k, s, d, pb, pa)."""
    (H, W), (KH, KW), (SH, SW), (DH, DW) = cfg["input"], cfg["kernel"], cfg["stride"], cfg["dilation"]
    t, b, l, r = pads
    return [("h", H, KH, SH, DH, t, b), ("w", W, KW, SW, DW, l, r)]


def counts_padding(cfg):
    """An average counts the declared padding: cip with explicit pads (TF's same/valid never do)."""
    return cfg["op"] == "avgpool" and cfg["cip"] and isinstance(cfg["pad"], list)


def axis_grid(n, k, s, d, pb, pa, ceil, counts_pad):
    """Grid length, per-position (input index or None, counted), and per-output tap positions."""
    o, removed, overhang = pool_axis_out(n, k, s, d, pb, pa, ceil)
    length = n + pb + pa + overhang
    source = [p - pb if pb <= p < pb + n else None for p in range(length)]
    counted = [(p < n + pb + pa) if counts_pad else (source[p] is not None) for p in range(length)]
    taps = [[oi * s + j * d for j in range(k)] for oi in range(max(o, 0))]
    return {"out": o, "removed": removed, "overhang": overhang, "length": length, "source": source,
            "counted": counted, "taps": taps}


def reference(cfg, x):
    """The numpy reference: dict with pads, grids, out (C,OH,OW) with -inf, divisors (avg), or an error tuple."""
    pads = case_pads(cfg)
    cp = counts_padding(cfg)
    g = {name: axis_grid(n, k, s, d, pb, pa, cfg["ceil"], cp) for name, n, k, s, d, pb, pa in axes(cfg, pads)}
    for name in ("h", "w"):
        if g[name]["out"] < 1:
            return {"error": ("empty-output", name), "pads": pads, "grids": g}
    gh, gw = g["h"], g["w"]
    C = x.shape[0]
    # Grid values: the input where the cell is real, else -inf (max) or 0 (avg).
    fill = NEG_INF if cfg["op"] == "maxpool" else 0.0
    grid = np.full((C, gh["length"], gw["length"]), fill)
    for r, sr in enumerate(gh["source"]):
        for q, sq in enumerate(gw["source"]):
            if sr is not None and sq is not None:
                grid[:, r, q] = x[:, sr, sq]
    # What the page shows (DOM contract): the value where the cell counts, else None.
    ch = np.array(gh["counted"])[:, None]
    cw = np.array(gw["counted"])[None, :]
    shown = np.where(ch & cw, grid, np.nan)
    out = np.empty((C, gh["out"], gw["out"]))
    divisors = np.zeros((gh["out"], gw["out"]), dtype=np.int64)
    for oy, rows in enumerate(gh["taps"]):
        for ox, cols in enumerate(gw["taps"]):
            window = grid[:, rows][:, :, cols]
            if cfg["op"] == "maxpool":
                out[:, oy, ox] = window.reshape(C, -1).max(axis=1)
            else:
                div = sum(gh["counted"][r] for r in rows) * sum(gw["counted"][q] for q in cols)
                divisors[oy, ox] = div
                if div == 0:
                    axis = "h" if sum(gh["counted"][r] for r in rows) == 0 else "w"
                    return {"error": ("pool-empty-window", axis), "pads": pads, "grids": g}
                out[:, oy, ox] = window.reshape(C, -1).sum(axis=1) / div
    return {"pads": pads, "grids": g, "shown": shown, "out": out, "divisors": divisors}


# --------------------------------------------------------------------------
# PyTorch
# --------------------------------------------------------------------------

def torch_pool(cfg, x, padding):
    """F.max_pool2d / F.avg_pool2d on (1,C,H,W) float64; raises what torch raises."""
    xt = tensor(x)[None]
    k, s, d = tuple(cfg["kernel"]), tuple(cfg["stride"]), tuple(cfg["dilation"])
    if cfg["op"] == "maxpool":
        return F.max_pool2d(xt, k, s, padding=padding, dilation=d, ceil_mode=cfg["ceil"])[0].numpy()
    if d != (1, 1):
        return F.avg_pool2d(xt, k, s, padding=padding, ceil_mode=cfg["ceil"],
                            count_include_pad=cfg["cip"], dilation=d)[0].numpy()
    return F.avg_pool2d(xt, k, s, padding=padding, ceil_mode=cfg["ceil"],
                        count_include_pad=cfg["cip"])[0].numpy()


def torch_expressible(cfg):
    """Symmetric pads within PyTorch's limit floor(k/2) (and no dilation for an average)."""
    pad = cfg["pad"]
    if not isinstance(pad, list):
        return False
    t, b, l, r = pad
    (KH, KW) = cfg["kernel"]
    return t == b and l == r and t <= KH // 2 and l <= KW // 2


def same_values(a, b, exact):
    if a.shape != b.shape:
        return False
    if exact:
        return np.array_equal(a, b)
    return np.allclose(a, b, rtol=1e-12, atol=1e-12)


def cross_check(cfg, x, ref):
    """torch agrees with the numpy reference wherever torch can express the layer another way."""
    pads = ref["pads"]
    t, b, l, r = pads
    out = ref["out"]
    exact = cfg["op"] == "maxpool"
    if cfg["pad"] == "valid":
        # TF's valid = torch padding 0, for floor and ceil alike (pb = 0 in the last-window rule).
        assert same_values(torch_pool(cfg, x, 0), out, exact), ("valid vs torch", cfg)
        CHECKS["valid=torch padding 0"] += 1
        return
    if cfg["ceil"]:
        return  # the last-window rule reads pb: a pre-padded input would change it
    xt = tensor(x)[None]
    k, s, d = tuple(cfg["kernel"]), tuple(cfg["stride"]), tuple(cfg["dilation"])
    if cfg["op"] == "maxpool":
        padded = F.pad(xt, (l, r, t, b), mode="constant", value=NEG_INF)
        got = F.max_pool2d(padded, k, s, dilation=d)[0].numpy()
        CHECKS["max: F.pad(-inf)+max_pool2d"] += 1
    else:
        sums = F.avg_pool2d(F.pad(xt, (l, r, t, b)), k, s, divisor_override=1)[0].numpy()
        # Without ceil there is no overhang: the counted cells are the input, plus the padding when cip.
        counted = F.pad(torch.ones_like(xt), (l, r, t, b), value=1.0 if counts_padding(cfg) else 0.0)
        divs = F.avg_pool2d(counted, k, s, divisor_override=1)[0].numpy()
        got = sums / divs
        CHECKS["avg: F.pad sums / counted cells"] += 1
    assert same_values(got, out, exact), ("F.pad cross-check", cfg, got, out)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

def fmt(v):
    """None where a cell does not count (NaN) or a max window reads only padding (-inf)."""
    v = float(v)
    if np.isnan(v) or v == NEG_INF:
        return None
    return fmt_num(v)


def case_name(cfg):
    (H, W), (KH, KW), (SH, SW), (DH, DW) = cfg["input"], cfg["kernel"], cfg["stride"], cfg["dilation"]
    name = "%s in=%dx%d c=%d k=%dx%d s=%dx%d d=%dx%d pad=%s ceil=%d" % (
        cfg["op"], H, W, cfg["channels"], KH, KW, SH, SW, DH, DW, pad_text(cfg["pad"]), cfg["ceil"])
    if cfg["op"] == "avgpool":
        name += " cip=%d" % cfg["cip"]
    return name + " fw=%s" % cfg["framework"]


def make_cfg(op, H, W, C, KH, KW, SH, SW, DH=1, DW=1, pad="valid", ceil=False, cip=True, framework=None):
    cfg = {"op": op, "input": [H, W], "channels": C, "kernel": [KH, KW], "stride": [SH, SW],
           "dilation": [DH, DW], "pad": pad, "ceil": bool(ceil), "cip": bool(cip) if op == "avgpool" else True}
    if framework is None:
        framework = "torch" if torch_expressible(cfg) else "keras"
    cfg["framework"] = framework
    return cfg


def classify(cfg, x):
    """The error code and axis the layer must give (in PyTorch's order), or None with the reference."""
    if cfg["op"] == "avgpool" and cfg["dilation"] != [1, 1]:
        return ("pool-dilation", None), None
    pads = case_pads(cfg)
    if cfg["framework"] == "torch" and isinstance(cfg["pad"], list):
        # PyTorch checks each axis's pad (h first) before the output size.
        for name, _n, k, _s, _d, pb, pa in axes(cfg, pads):
            if max(pb, pa) > k // 2:
                return ("pool-pad", name), None
    ref = reference(cfg, x)
    if "error" in ref:
        return ref["error"], ref
    return None, ref


ERROR_WORDS = {
    "pool-pad": lambda msg: [msg],
    "empty-output": lambda msg: ["Output size is too small"],
    "pool-dilation": lambda msg: ["avg_pool2d", "dilation"],
    "pool-empty-window": lambda msg: ["divisor"],
}

CASES = []
NAMES = collections.Counter()


def error_message(cfg, x, code, axis):
    """What the framework raises for this layer (PyTorch), or the reference's own reason."""
    pads = case_pads(cfg)
    t, b, l, r = pads
    if code == "pool-empty-window":
        return "reference: an average over a window with no counted cell (%s axis) has divisor 0" % axis, "numpy"
    if code == "pool-dilation" or (code == "pool-pad"):
        return raised(lambda: torch_pool(cfg, x, (t, l)), TORCH_ERRORS), "torch"
    if torch_expressible(cfg):
        return raised(lambda: torch_pool(cfg, x, (t, l)), TORCH_ERRORS), "torch"
    # Asymmetric or oversized pads: pad first, then pool without padding (the same window count fails).
    assert code == "empty-output"
    fill = NEG_INF if cfg["op"] == "maxpool" else 0.0
    padded = F.pad(tensor(x)[None], (l, r, t, b), value=fill)[0].numpy()
    unpadded = dict(cfg, input=[padded.shape[1], padded.shape[2]])
    return raised(lambda: torch_pool(unpadded, padded, 0), TORCH_ERRORS), "torch"


def add_case(cfg, x=None, tag=None, want=None):
    """Evaluate a config and append it; returns the error code or None. `want`: the verdict it must give."""
    H, W = cfg["input"]
    C = cfg["channels"]
    x = exact_values(rng, (C, H, W)) if x is None else np.asarray(x, dtype=np.float64).reshape(C, H, W)
    verdict, ref = classify(cfg, x)
    if want is not None:
        assert (verdict[0] if verdict else None) == want, (cfg, verdict, want)
    base = case_name(cfg)
    NAMES[base] += 1
    name = base if NAMES[base] == 1 else "%s #%d" % (base, NAMES[base])
    case = {"name": name, "op": cfg["op"], "input": cfg["input"], "channels": C, "kernel": cfg["kernel"],
            "stride": cfg["stride"], "dilation": cfg["dilation"], "pad": cfg["pad"], "ceil": cfg["ceil"],
            "cip": cfg["cip"], "framework": cfg["framework"]}
    if verdict is not None:
        code, axis = verdict
        message, source = error_message(cfg, x, code, axis)
        words = ERROR_WORDS[code](message)
        assert source == "numpy" or all(w in message for w in words), (message, words)
        case["source"] = source
        case["x"] = [fmt(v) for v in x.ravel()]
        case["error"] = {"code": code, "message": message, "words": words}
        if axis is not None:
            case["error"]["axis"] = axis
        CASES.append((case, cfg, tag))
        return code

    out = ref["out"]
    source = "numpy"
    if cfg["framework"] == "torch":
        assert torch_expressible(cfg), cfg
        t, _b, l, _r = ref["pads"]
        got = torch_pool(cfg, x, (t, l))
        if not same_values(got, out, cfg["op"] == "maxpool"):
            NOTES.append("PyTorch and the design.md reference differ on %s: torch %s, reference %s"
                         % (base, got.ravel().tolist(), out.ravel().tolist()))
        out = got  # PyTorch is the truth where it can run the layer
        source = "torch"
        CHECKS["torch = reference"] += 1
    else:
        cross_check(cfg, x, ref)
    gh, gw = ref["grids"]["h"], ref["grids"]["w"]
    expect = {"pads": ref["pads"], "outShape": list(out.shape), "out": [fmt(v) for v in out.ravel()],
              "paddedShape": list(ref["shown"].shape), "padded": [fmt(v) for v in ref["shown"].ravel()],
              "overhang": [gh["overhang"], gw["overhang"]], "removed": [gh["removed"], gw["removed"]]}
    if cfg["op"] == "avgpool":
        expect["divisors"] = [int(v) for v in ref["divisors"].ravel()]
    case["source"] = source
    case["x"] = [fmt(v) for v in x.ravel()]
    case["expect"] = expect
    CASES.append((case, cfg, tag))
    return None


# --------------------------------------------------------------------------
# Case sets
# --------------------------------------------------------------------------

def teaching_cases():
    """Hand-picked cases that show one rule each (listed first in the file)."""
    ramp16 = list(range(1, 17))
    ramp9 = list(range(1, 10))
    add_case(make_cfg("maxpool", 4, 4, 1, 2, 2, 2, 2, pad=[0, 0, 0, 0]), x=ramp16, tag="teaching")
    # floor drops the last row/column; ceil adds a window hanging one cell past the border.
    for op in OPS:
        add_case(make_cfg(op, 5, 5, 1, 2, 2, 2, 2, pad=[0, 0, 0, 0]), tag="teaching")
        add_case(make_cfg(op, 5, 5, 1, 2, 2, 2, 2, pad=[0, 0, 0, 0], ceil=True), tag="teaching")
    # PyTorch's last-window rule: 3x3, k=2, s=2, p=1: ceil gives 3 windows, the third would start
    # in the bottom/right padding, so it is removed (2x2, as floor).
    for op in OPS:
        add_case(make_cfg(op, 3, 3, 1, 2, 2, 2, 2, pad=[1, 1, 1, 1], ceil=True), x=ramp9, tag="teaching")
    add_case(make_cfg("avgpool", 3, 3, 1, 2, 2, 2, 2, pad=[1, 1, 1, 1], ceil=True, cip=False), x=ramp9,
             tag="teaching")
    # count_include_pad at the border, with a ceil window whose overhang never counts.
    for cip in (True, False):
        add_case(make_cfg("avgpool", 2, 2, 1, 3, 3, 2, 2, pad=[1, 1, 1, 1], ceil=True, cip=cip), x=[1, 2, 3, 4],
                 tag="teaching")
        add_case(make_cfg("avgpool", 5, 5, 1, 3, 3, 2, 2, pad=[1, 1, 1, 1], cip=cip), tag="teaching")
    # TF 'same' divides by the real cells whatever cip says.
    for cip in (True, False):
        add_case(make_cfg("avgpool", 5, 5, 1, 3, 3, 2, 2, pad="same", cip=cip), x=list(range(1, 26)), tag="teaching")
    add_case(make_cfg("maxpool", 5, 5, 1, 3, 3, 2, 2, pad="same"), tag="teaching")
    # Max pooling's padding never wins: all-negative input, pad 1.
    add_case(make_cfg("maxpool", 3, 3, 1, 3, 3, 1, 1, pad=[1, 1, 1, 1]), x=[-v for v in ramp9], tag="teaching")
    # A dilated window that reads only padding gives -inf.
    add_case(make_cfg("maxpool", 1, 1, 1, 2, 2, 1, 1, 2, 2, pad=[1, 1, 1, 1]), x=[3], tag="teaching")
    add_case(make_cfg("maxpool", 6, 6, 2, 3, 3, 2, 2, 2, 2, pad=[1, 1, 1, 1], ceil=True), tag="teaching")
    # A kernel larger than the input: ceil still gives one window (PyTorch), floor none (see errors).
    for op in OPS:
        add_case(make_cfg(op, 2, 2, 1, 3, 3, 2, 2, pad=[0, 0, 0, 0], ceil=True), tag="teaching")
        add_case(make_cfg(op, 2, 2, 1, 3, 3, 2, 2, pad="valid", ceil=True), tag="teaching")
        add_case(make_cfg(op, 3, 3, 1, 5, 5, 3, 3, pad="valid", ceil=True), tag="teaching")
    # ResNet's stem pool: k=3 s=2 p=1, floor and ceil.
    for ceil in (False, True):
        add_case(make_cfg("maxpool", 12, 12, 1, 3, 3, 2, 2, pad=[1, 1, 1, 1], ceil=ceil), tag="teaching")
    # Oversized / asymmetric pads (beyond PyTorch, per design.md): windows of padding only.
    add_case(make_cfg("maxpool", 2, 2, 1, 2, 2, 2, 2, pad=[2, 0, 0, 2]), tag="teaching")
    add_case(make_cfg("avgpool", 2, 2, 1, 2, 2, 2, 2, pad=[2, 0, 0, 2], cip=True), tag="teaching")
    add_case(make_cfg("avgpool", 4, 4, 1, 2, 2, 1, 1, pad=[0, 1, 0, 1], cip=False), tag="teaching")
    # Stride defaulting to the kernel (MaxPool2d(3)), and a stride larger than the kernel.
    add_case(make_cfg("maxpool", 9, 9, 1, 3, 3, 3, 3, pad=[0, 0, 0, 0]), tag="teaching")
    add_case(make_cfg("avgpool", 9, 7, 1, 2, 2, 4, 3, pad=[1, 1, 1, 1], ceil=True), tag="teaching")


PAD_KINDS = ["torch", "same", "valid", "asymmetric", "oversized"]


def random_pads(kind, KH, KW):
    if kind == "torch":
        t, l = int(rng.integers(0, KH // 2 + 1)), int(rng.integers(0, KW // 2 + 1))
        return [t, t, l, l]
    if kind in ("same", "valid"):
        return kind
    if kind == "asymmetric":
        if KH == 1 and KW == 1:
            return [0, 0, 0, 0]  # nothing within floor(k/2) is asymmetric: callers re-draw (torch-expressible)
        while True:
            pads = [int(rng.integers(0, k // 2 + 1)) for k in (KH, KH, KW, KW)]
            if pads[0] != pads[1] or pads[2] != pads[3]:
                return pads
    while True:  # oversized: some side beyond floor(k/2), up to k + 1
        pads = [int(rng.integers(0, k + 2)) for k in (KH, KH, KW, KW)]
        if max(pads[:2]) > KH // 2 or max(pads[2:]) > KW // 2:
            return pads


def random_cfg(op, kind, ceil, cip, n_max=12, k_max=5):
    H = int(rng.integers(1, n_max + 1))
    W = H if rng.random() < 0.3 else int(rng.integers(1, n_max + 1))
    KH = pick(rng, list(range(1, k_max + 1)), [0.5, 2, 2, 1, 1][:k_max])
    KW = KH if rng.random() < 0.5 else pick(rng, list(range(1, k_max + 1)))
    if rng.random() < 0.35:  # the frameworks' default stride: the kernel
        SH, SW = min(KH, 4), min(KW, 4)
    else:
        SH = pick(rng, [1, 2, 3, 4], [0.35, 0.35, 0.15, 0.15])
        SW = SH if rng.random() < 0.5 else pick(rng, [1, 2, 3, 4])
    DH = DW = 1
    if op == "maxpool" and rng.random() < 0.3:
        DH, DW = pick(rng, [1, 2, 3]), pick(rng, [1, 2, 3])
    C = pick(rng, [1, 2, 3], [0.5, 0.3, 0.2])
    return make_cfg(op, H, W, C, KH, KW, SH, SW, DH, DW, pad=random_pads(kind, KH, KW), ceil=ceil, cip=cip)


def verdict_of(cfg):
    """The verdict a config gives (values do not change it except for its shape)."""
    v, _ref = classify(cfg, np.zeros((cfg["channels"],) + tuple(cfg["input"])))
    return v


def grid_cells(cfg):
    ref = reference(cfg, np.zeros((cfg["channels"],) + tuple(cfg["input"])))
    if "error" in ref:
        return 0
    return cfg["channels"] * ref["grids"]["h"]["length"] * ref["grids"]["w"]["length"]


def add_valid(op, kind, ceil, cip, count, tag, accept=None, max_tries=3000, **kw):
    added = 0
    for _ in range(max_tries):
        if added == count:
            break
        cfg = random_cfg(op, kind, ceil, cip, **kw)
        if verdict_of(cfg) is not None or grid_cells(cfg) > 400:
            continue
        if kind in ("asymmetric", "oversized") and cfg["framework"] == "torch":
            continue
        if accept is not None and not accept(cfg):
            continue
        add_case(cfg, tag=tag, want=None)
        added += 1
    assert added == count, (op, kind, ceil, cip, tag, added)


def removes_a_window(cfg):
    pads = case_pads(cfg)
    return any(pool_axis_out(n, k, s, d, pb, pa, cfg["ceil"])[1] for _a, n, k, s, d, pb, pa in axes(cfg, pads))


def hangs_over(cfg):
    pads = case_pads(cfg)
    return any(pool_axis_out(n, k, s, d, pb, pa, cfg["ceil"])[2] > 0 for _a, n, k, s, d, pb, pa in axes(cfg, pads))


def systematic_cases(per_combo=8):
    """Every op x pad kind x ceil (x cip for avg), several random valid layers each."""
    for op in OPS:
        for kind in PAD_KINDS:
            for ceil in (False, True):
                for cip in ((True, False) if op == "avgpool" else (True,)):
                    n = per_combo if op == "avgpool" else 2 * per_combo
                    if kind == "torch":  # real PyTorch outputs: the most weight
                        n *= 3
                    add_valid(op, kind, ceil, cip, n, "grid")


def targeted_cases():
    """Top-ups for what random sampling hits rarely."""
    for op in OPS:
        for i in range(10):  # the last-window rule removing a window
            kind = ["torch", "torch", "asymmetric", "oversized", "valid"][i % 5]
            add_valid(op, kind, True, i % 2 == 0, 1, "removed", accept=removes_a_window)
        for i in range(6):  # ceil windows hanging past the padding
            add_valid(op, ["torch", "asymmetric", "valid"][i % 3], True, i % 2 == 1, 1, "overhang",
                      accept=hangs_over)
        for i in range(4):  # kernel larger than the input
            add_valid(op, ["torch", "same", "oversized", "torch"][i], i % 2 == 0, i < 2, 1, "k>n",
                      accept=lambda c: c["kernel"][0] > c["input"][0] or c["kernel"][1] > c["input"][1], n_max=4)
    for i in range(8):  # max windows that read only padding (-inf)
        kind = "torch" if i % 2 == 0 else "oversized"
        add_valid("maxpool", kind, i % 4 >= 2, True, 1, "-inf", accept=lambda c: has_neg_inf(c), n_max=4)
    for i in range(4):  # stride and dilation together
        add_valid("maxpool", PAD_KINDS[i], i % 2 == 1, True, 1, "stride+dilation",
                  accept=lambda c: max(c["stride"]) > 1 and max(c["dilation"]) > 1)


def has_neg_inf(cfg):
    ref = reference(cfg, np.ones((cfg["channels"],) + tuple(cfg["input"])))
    return "error" not in ref and bool(np.isneginf(ref["out"]).any())


def invalid_cases():
    """Each limit, on both axes where it has one, for both ops."""
    # pool-pad: fw=torch, symmetric pad beyond floor(k/2); h is checked first.
    pool_pad = [
        make_cfg("maxpool", 3, 3, 1, 3, 3, 1, 1, pad=[2, 2, 1, 1], framework="torch"),
        make_cfg("maxpool", 5, 6, 2, 3, 2, 2, 2, pad=[1, 1, 2, 2], framework="torch"),
        make_cfg("avgpool", 4, 4, 1, 2, 2, 2, 2, pad=[2, 2, 0, 0], framework="torch"),
        make_cfg("avgpool", 6, 5, 1, 4, 3, 2, 2, pad=[2, 2, 2, 2], framework="torch", cip=False),
        make_cfg("maxpool", 7, 7, 1, 3, 3, 2, 2, pad=[2, 2, 3, 3], ceil=True, framework="torch"),
        make_cfg("avgpool", 8, 8, 3, 5, 5, 2, 2, pad=[2, 2, 3, 3], ceil=True, framework="torch"),
        make_cfg("maxpool", 4, 4, 1, 1, 1, 1, 1, pad=[1, 1, 0, 0], framework="torch"),
        make_cfg("maxpool", 5, 5, 1, 2, 2, 1, 1, 2, 2, pad=[0, 0, 2, 2], framework="torch"),
        # PyTorch checks the pads before the output size: pad 2 > 1 wins over ke = 7 > 1 + 2 + 2.
        make_cfg("maxpool", 1, 1, 1, 3, 3, 1, 1, 3, 3, pad=[2, 2, 2, 2], framework="torch"),
        make_cfg("maxpool", 6, 1, 1, 3, 3, 1, 1, 1, 3, pad=[0, 0, 2, 2], framework="torch"),
    ]
    for cfg in pool_pad:
        add_case(cfg, tag="invalid", want="pool-pad")
    # pool-dilation: avg_pool2d has no dilation (fw torch or keras).
    for cfg in [
        make_cfg("avgpool", 5, 5, 1, 3, 3, 1, 1, 2, 2, pad=[1, 1, 1, 1]),
        make_cfg("avgpool", 6, 6, 2, 2, 2, 2, 2, 1, 2, pad="same"),
        make_cfg("avgpool", 7, 4, 1, 3, 2, 1, 1, 3, 1, pad="valid", ceil=True, cip=False),
        make_cfg("avgpool", 8, 8, 1, 3, 3, 2, 2, 2, 2, pad=[0, 1, 0, 1]),
        make_cfg("avgpool", 4, 4, 1, 3, 3, 1, 1, 2, 2, pad=[3, 3, 3, 3], framework="torch"),
    ]:
        add_case(cfg, tag="invalid", want="pool-dilation")
    # empty-output: no window fits (floor), or none even with ceil.
    for cfg in [
        make_cfg("maxpool", 2, 5, 1, 3, 3, 1, 1, pad=[0, 0, 0, 0]),
        make_cfg("avgpool", 5, 2, 1, 3, 3, 1, 1, pad=[0, 0, 0, 0]),
        make_cfg("maxpool", 3, 3, 1, 5, 5, 1, 1, pad="valid"),
        make_cfg("avgpool", 6, 3, 2, 2, 5, 2, 2, pad="valid"),
        make_cfg("maxpool", 2, 2, 1, 3, 3, 1, 1, 2, 2, pad=[1, 1, 1, 1]),
        make_cfg("maxpool", 4, 1, 1, 2, 3, 2, 2, 1, 3, pad=[0, 0, 1, 1], ceil=True),
        make_cfg("maxpool", 1, 2, 1, 2, 3, 1, 4, 3, 2, pad=[1, 0, 0, 1]),
        make_cfg("avgpool", 1, 3, 1, 4, 3, 2, 2, pad=[0, 1, 0, 0], ceil=True),
        make_cfg("avgpool", 3, 3, 1, 5, 5, 2, 2, pad="valid", ceil=True),
    ]:
        add_case(cfg, tag="invalid", want="empty-output")
    # pool-empty-window: an average (cip=0) over a window of padding only; oversized or asymmetric pads.
    for cfg in [
        make_cfg("avgpool", 2, 2, 1, 2, 2, 2, 2, pad=[2, 0, 0, 0], cip=False),
        make_cfg("avgpool", 3, 3, 1, 2, 2, 2, 2, pad=[0, 0, 0, 3], cip=False),
        make_cfg("avgpool", 4, 4, 2, 1, 1, 1, 1, pad=[1, 0, 0, 0], cip=False),
        make_cfg("avgpool", 3, 4, 1, 3, 3, 3, 3, pad=[0, 3, 0, 0], cip=False),
        make_cfg("avgpool", 5, 5, 1, 2, 2, 2, 2, pad=[0, 0, 2, 0], ceil=True, cip=False),
        make_cfg("avgpool", 3, 3, 1, 3, 1, 1, 1, pad=[0, 0, 1, 1], cip=False),
    ]:
        add_case(cfg, tag="invalid", want="pool-empty-window")


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def pad_kind(cfg):
    pad = cfg["pad"]
    if not isinstance(pad, list):
        return pad
    return "torch" if torch_expressible(cfg) else "explicit-other"


def summarize():
    valid = [(c, cfg) for c, cfg, _t in CASES if "expect" in c]
    invalid = [(c, cfg) for c, cfg, _t in CASES if "error" in c]
    print("golden/pool2d.json: %d cases (%d valid, %d invalid); torch %s, numpy %s"
          % (len(CASES), len(valid), len(invalid), torch.__version__, np.__version__))
    print_row("valid by op:", collections.Counter(c["op"] + "/" + c["source"] for c, _ in valid))
    print_row("valid by pad:", collections.Counter(c["op"] + "/" + pad_kind(cfg) for c, cfg in valid))
    print_row("invalid:", collections.Counter(c["op"] + "/" + c["error"]["code"] for c, _ in invalid))
    feats = collections.Counter()
    for c, cfg in valid:
        e = c["expect"]
        feats[c["op"] + " ceil"] += cfg["ceil"]
        feats[c["op"] + " removed"] += any(e["removed"])
        feats[c["op"] + " overhang"] += any(v > 0 for v in e["overhang"])
        feats[c["op"] + " channels>1"] += cfg["channels"] > 1
        feats["avgpool cip=0"] += c["op"] == "avgpool" and not cfg["cip"]
        feats["maxpool dilation>1"] += max(cfg["dilation"]) > 1
        feats["maxpool -inf"] += None in e["out"]
        feats["k>n"] += cfg["kernel"][0] > cfg["input"][0] or cfg["kernel"][1] > cfg["input"][1]
        feats["s>k"] += cfg["stride"][0] > cfg["kernel"][0] or cfg["stride"][1] > cfg["kernel"][1]
    print_row("valid features:", feats)
    print_row("cross-checks:", CHECKS)
    for note in NOTES:
        print("  NOTE:", note)
    return valid, invalid, feats


def main():
    teaching_cases()
    systematic_cases()
    targeted_cases()
    invalid_cases()
    write_json(os.path.normpath(OUT_PATH), "scripts/golden/generate_pool.py", CASES)
    valid, invalid, feats = summarize()
    # Coverage requirements (fail loudly if a change to the generator loses them).
    assert len(valid) >= 250, len(valid)
    codes = collections.Counter(c["error"]["code"] for c, _ in invalid)
    assert all(codes[code] >= 5 for code in ERROR_WORDS), codes
    for op in OPS:
        assert feats[op + " removed"] >= 10 and feats[op + " overhang"] >= 20, feats
    assert feats["maxpool -inf"] >= 8 and feats["avgpool cip=0"] >= 40, feats
    check_written(CASES, OUT_PATH, 1.5 * 1024 * 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main())
