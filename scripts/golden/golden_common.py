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
