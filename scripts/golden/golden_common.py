"""Helpers shared by the golden generators (``generate.py``, ``generate_pool.py``,
``generate_convt.py``): the arithmetic they all need, the numpy/torch glue, the
value draws, the number format and the JSON layout of ``golden/*.json``.

The generators run as scripts (``/usr/bin/python3 scripts/golden/generate_*.py``),
so Python puts this folder on ``sys.path`` and ``import golden_common`` finds it.
Draws take the generator's own ``numpy.random.Generator`` so each file keeps its
seed and its sequence of draws (the JSON stays byte-identical).
"""

import json
import os

import numpy as np
import torch


# --------------------------------------------------------------------------
# Arithmetic (design.md "Semantics", independent of the TypeScript)
# --------------------------------------------------------------------------

def effective_kernel(k, d):
    return d * (k - 1) + 1


def same_total(n, k, s, d):
    """Total padding of one axis for TF's ``same`` (and ONNX SAME_UPPER/SAME_LOWER): ``ceil(n/s)`` outputs."""
    o = -(-n // s)  # ceil(n / s)
    return max((o - 1) * s + effective_kernel(k, d) - n, 0)


def tf_pads(spec, n, k, s, d):
    """(before, after) of one axis for TF's ``valid`` / ``same`` (the extra cell after)."""
    if spec == "valid":
        return 0, 0
    assert spec == "same", spec
    total = same_total(n, k, s, d)
    return total // 2, total - total // 2


def named_pads(spec, n, k, s, d):
    """(before, after) padding of one axis for a named pad spec."""
    ke = effective_kernel(k, d)
    if spec == "valid":
        return 0, 0
    if spec in ("same", "same-lower"):
        total = same_total(n, k, s, d)
        if spec == "same":  # TF/Keras, ONNX SAME_UPPER: extra cell after
            before = total // 2
            return before, total - before
        after = total // 2  # ONNX SAME_LOWER: extra cell before
        return total - after, after
    if spec == "full":
        return ke - 1, ke - 1
    if spec == "half":
        return ke // 2, ke // 2
    raise ValueError(spec)


def pool_axis_out(n, k, s, d, pb, pa, ceil):
    """(output length, removed, overhang) of one axis; length <= 0 means empty."""
    span = n + pb + pa - effective_kernel(k, d)
    if not ceil:
        return (span // s + 1 if span >= 0 else 0), False, 0
    o = -((-span) // s) + 1  # ceil(span / s)
    removed = o >= 1 and (o - 1) * s >= n + pb
    if removed:
        o -= 1
    overhang = max(0, (o - 1) * s + effective_kernel(k, d) - (n + pb + pa)) if o >= 1 else 0
    return o, removed, overhang


def convt_axis(spec, n, k, s, d, q, before=0, after=0):
    """One transposed axis: dict of ke, full, span, out, crop before/after, direct-picture border before/after."""
    ke = effective_kernel(k, d)
    full = (n - 1) * s + ke
    if spec == "explicit":
        out, crop = full + q - before - after, before
    elif spec == "valid":
        out, crop = (n * s + max(ke - s, 0) if q == 0 else full + q), 0
    else:
        assert spec in ("same", "same-lower"), spec
        out = n * s if q == 0 else full - 2 * (ke // 2) + q
        total = max(full - out, 0)
        crop = total // 2 if spec == "same" else total - total // 2
    span = (n - 1) * s + 1
    return {"ke": ke, "full": full, "span": span, "out": out, "crop_before": crop,
            "crop_after": full + q - crop - out, "before": ke - 1 - crop, "after": out + crop - span}


def source_index(mode, i, n):
    """Source index in [0, n) for padded coordinate i (relative to the input), or None for constant."""
    if 0 <= i < n:
        return i
    if mode in ("zeros", "constant"):
        return None
    if mode == "replicate":
        return min(max(i, 0), n - 1)
    if mode == "circular":
        return i % n
    if mode == "reflect":
        if n == 1:
            return 0
        period = 2 * (n - 1)
        j = i % period
        return period - j if j >= n else j
    if mode == "symmetric":
        period = 2 * n
        j = i % period
        return period - 1 - j if j >= n else j
    raise ValueError(mode)


# --------------------------------------------------------------------------
# numpy / PyTorch
# --------------------------------------------------------------------------

def tensor(a):
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64))


def first_line(exc):
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def raised(fn, errors=(RuntimeError, ValueError, TypeError)):
    """The first line of what fn raises; AssertionError when it does not raise."""
    try:
        got = fn()
    except errors as exc:
        return first_line(exc)
    raise AssertionError("expected an exception, got %r" % (got,))


# --------------------------------------------------------------------------
# Draws (from the caller's seeded numpy Generator)
# --------------------------------------------------------------------------

def exact_values(rng, shape, top=5):
    """Integers in [-top, top], about a quarter shifted to halves: every product and sum is exact in float32."""
    v = rng.integers(-top, top + 1, size=shape).astype(np.float64)
    halves = rng.random(shape) < 0.25
    v[halves] += np.where(v[halves] >= top, -0.5, 0.5)
    return v


def pick(rng, values, weights=None):
    if weights is None:
        return values[int(rng.integers(0, len(values)))]
    p = np.asarray(weights, dtype=np.float64)
    return values[int(rng.choice(len(values), p=p / p.sum()))]


def mulberry32(seed):
    """src/core/random.ts ``mulberry32``, bit for bit: a function giving floats in [0, 1).

    JavaScript's ``>>> 0`` is ``& 0xFFFFFFFF`` here and ``Math.imul`` a product masked to 32 bits.
    """
    state = [seed & 0xFFFFFFFF]

    def imul(a, b):
        return (a * b) & 0xFFFFFFFF

    def next_value():
        state[0] = (state[0] + 0x6D2B79F5) & 0xFFFFFFFF
        t = state[0]
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_value


def random_integers(count, lo, hi, seed):
    """src/core/random.ts ``randomIntegers``: ``count`` integers in [lo, hi] from ``seed`` (the page's ``random`` preset)."""
    nxt = mulberry32(seed)
    return [lo + int(nxt() * (hi - lo + 1)) for _ in range(count)]


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def fmt_num(v):
    v = float(v)
    if v == 0:
        return 0  # normalise -0.0 (JS test matchers tell -0 from 0)
    if v.is_integer() and abs(v) < 2 ** 53:
        return int(v)
    return v


def pad_text(pad):
    """``T,B,L,R`` for explicit pads, else the name (case names)."""
    return ",".join(str(p) for p in pad) if isinstance(pad, list) else pad


def write_json(path, generator, cases):
    """One case a line, compact, under a ``{generator, torch, numpy}`` header; ``cases`` holds (case, cfg, tag)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    header = {"generator": generator, "torch": torch.__version__, "numpy": np.__version__}
    head = json.dumps(header, separators=(",", ":"))[:-1]
    lines = [json.dumps(case, separators=(",", ":"), allow_nan=False) for case, _cfg, _tag in cases]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head + ",\n \"cases\":[\n")
        fh.write(",\n".join(lines))
        fh.write("\n]}\n")


def print_row(title, counter):
    """One line of a generator's coverage summary."""
    print("  %-18s %s" % (title, ", ".join("%s=%d" % kv for kv in sorted(counter.items(), key=str))))


def check_written(cases, path, max_bytes):
    """Asserts the case names are unique and the file is under max_bytes; prints its size."""
    assert len({c["name"] for c, _cfg, _t in cases}) == len(cases)
    size = os.path.getsize(path)
    print("  size: %.0f KB" % (size / 1024))
    assert size < max_bytes, size
