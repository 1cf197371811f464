"""The arithmetic of a network (design.md "Network view", URL key ``net``) for
``generate_net.py``: the ``net=`` string read into layers, each layer's pads,
output shape or the limit it breaks, and the receptive-field recurrences.

Written from design.md, not from the TypeScript; the per-axis rules are the
ones the single-layer generators use (``golden_common``). Shapes are
``(C, H, W)``; pads ``[T, B, L, R]``; pairs ``(h, w)``.
"""

from golden_common import convt_axis, effective_kernel, named_pads, pool_axis_out

POOLS = ("maxpool", "avgpool")
OPS = ("conv", "convt") + POOLS
NAMED = ("same", "valid", "same-lower", "full", "half", "causal")
# The most each mode may pad per side of an axis of n cells (design.md, padding modes table).
MODE_LIMIT = {"reflect": lambda n: n - 1, "symmetric": lambda n: n, "circular": lambda n: n}


# --------------------------------------------------------------------------
# The net= string
# --------------------------------------------------------------------------

def pair(text):
    """``3`` or ``3x5`` as (h, w)."""
    parts = [int(v) for v in text.split("x")]
    assert len(parts) in (1, 2), text
    return (parts[0], parts[-1])


def pad_field(text):
    """``p1`` (all sides), ``p1x2`` (H x W), ``p0.1.0.1`` (T.B.L.R) or a name, after the ``p``."""
    if text in NAMED:
        return text
    if "." in text:
        sides = [int(v) for v in text.split(".")]
        assert len(sides) == 4, text
        return sides
    h, w = pair(text)
    return [h, h, w, w]


def parse_layer(text):
    """One layer of ``net=``: op, then ``_``-joined fields in any order; absent fields take design.md's defaults."""
    op, *fields = text.split("_")
    assert op in OPS, text
    layer = {"op": op, "k": (3, 3), "s": None, "d": (1, 1), "p": "same", "f": 1, "g": 1, "o": (0, 0),
             "ceil": False, "cip": True, "mode": "zeros"}
    for field in fields:
        if field == "ceil":
            layer["ceil"] = True
        elif field.startswith("cip"):
            layer["cip"] = field[3:] != "0"
        elif field[0] == "m":
            layer["mode"] = field[1:]
        elif field[0] == "p":
            layer["p"] = pad_field(field[1:])
        elif field[0] in "fg":
            layer[field[0]] = int(field[1:])
        else:
            assert field[0] in "ksdo", (text, field)
            layer[field[0]] = pair(field[1:])
    if layer["s"] is None:  # a pool strides its kernel, a convolution 1
        layer["s"] = layer["k"] if op in POOLS else (1, 1)
    return layer


def parse_net(text):
    layers = [parse_layer(t) for t in text.split("~")]
    assert 1 <= len(layers) <= 16, text
    return layers


# --------------------------------------------------------------------------
# One layer
# --------------------------------------------------------------------------

def axes_of(layer, shape):
    """Per axis (name, n, k, s, d, q)."""
    _c, H, W = shape
    (KH, KW), (SH, SW), (DH, DW), (QH, QW) = layer["k"], layer["s"], layer["d"], layer["o"]
    return [("h", H, KH, SH, DH, QH), ("w", W, KW, SW, DW, QW)]


def forward_pads(layer, shape):
    """[T, B, L, R] of a conv or pool: explicit, a named border, or Keras' causal (width only)."""
    p = layer["p"]
    if isinstance(p, list):
        return list(p)
    out = []
    for name, n, k, s, d, _q in axes_of(layer, shape):
        if p == "causal":
            out += [0, 0] if name == "h" else [effective_kernel(k, d) - 1, 0]
        else:
            out += list(named_pads(p, n, k, s, d))
    return out


def convt_axes(layer, shape):
    p = layer["p"]
    spec = "explicit" if isinstance(p, list) else p
    t, b, l, r = p if isinstance(p, list) else (0, 0, 0, 0)
    (_h, H, KH, SH, DH, QH), (_w, W, KW, SW, DW, QW) = axes_of(layer, shape)
    return convt_axis(spec, H, KH, SH, DH, QH, t, b), convt_axis(spec, W, KW, SW, DW, QW, l, r)


def convt_problem(layer, shape):
    """The limit a transposed layer breaks (design.md ``convt`` bullet, in PyTorch's order), or None."""
    p = layer["p"]
    if p in ("full", "half", "causal"):
        return "convt-pad"
    if layer["mode"] != "zeros":
        return "convt-mode"
    if shape[0] % layer["g"] or layer["f"] % layer["g"]:
        return "groups"
    keras_rule = p in ("same", "valid")
    for _name, _n, _k, s, d, q in axes_of(layer, shape):
        if q >= s and (keras_rule or q >= d):
            return "opad"
    if any(a["out"] < 1 for a in convt_axes(layer, shape)):
        return "empty-output"
    return None


def forward_problem(layer, shape, pads, fw):
    """The limit a conv or pool breaks (design.md, in the order PyTorch checks), or None."""
    op, p = layer["op"], layer["p"]
    if op == "conv":
        if shape[0] % layer["g"] or layer["f"] % layer["g"]:
            return "groups"
        limit = MODE_LIMIT.get(layer["mode"])
        for (name, n, *_rest), pb, pa in zip(axes_of(layer, shape), pads[0::2], pads[1::2]):
            if limit is not None and max(pb, pa) > limit(n):
                return layer["mode"] + "-limit"
    else:
        if p == "causal":
            return "pool-causal"
        if op == "avgpool" and layer["d"] != (1, 1):
            return "pool-dilation"
        if fw == "torch" and p not in ("same", "valid"):
            for (_name, _n, k, *_rest), pb, pa in zip(axes_of(layer, shape), pads[0::2], pads[1::2]):
                if max(pb, pa) > k // 2:
                    return "pool-pad"
    ceil = layer["ceil"] and op in POOLS
    for (_name, n, k, s, d, _q), pb, pa in zip(axes_of(layer, shape), pads[0::2], pads[1::2]):
        if pool_axis_out(n, k, s, d, pb, pa, ceil)[0] < 1:
            return "empty-output"
    return None


def derive_layer(layer, shape, fw):
    """``{op, in, out, pads, overhang}`` of a valid layer (no overhang for a convt), or ``{op, in, problem}``."""
    op = layer["op"]
    result = {"op": op, "in": list(shape)}
    if op == "convt":
        problem = convt_problem(layer, shape)
        if problem:
            return dict(result, problem=problem)
        ah, aw = convt_axes(layer, shape)
        result["pads"] = [ah["crop_before"], ah["crop_after"], aw["crop_before"], aw["crop_after"]]
        result["out"] = [layer["f"], ah["out"], aw["out"]]
        return result
    pads = forward_pads(layer, shape)
    problem = forward_problem(layer, shape, pads, fw)
    if problem:
        return dict(result, problem=problem, pads=pads)
    ceil = layer["ceil"] and op in POOLS
    outs = [pool_axis_out(n, k, s, d, pb, pa, ceil)
            for (_name, n, k, s, d, _q), pb, pa in zip(axes_of(layer, shape), pads[0::2], pads[1::2])]
    result["pads"] = pads
    result["out"] = [shape[0] if op in POOLS else layer["f"], outs[0][0], outs[1][0]]
    result["overhang"] = [outs[0][2], outs[1][2]]
    return result


# --------------------------------------------------------------------------
# Receptive field (design.md "Network view"; Araujo et al., Distill 2019)
# --------------------------------------------------------------------------

def receptive_fields(layers, derived):
    """Per layer (rf, jump, start), each [h, w] after that layer, or None from a convt layer on.

    From ``r = 1, j = 1, u = 0`` at the input: ``r += (ke-1) j``, ``u += ((ke-1)/2 - pb) j``, ``j *= s``
    (``u``: the centre of output cell 0's field in input coordinates; a half where ke is even).
    """
    r, j, u = [1, 1], [1, 1], [0.0, 0.0]
    out = []
    broken = False
    for layer, d in zip(layers, derived):
        broken = broken or layer["op"] == "convt"
        if broken:
            out.append((None, None, None))
            continue
        for a, (k, s, dil, pb) in enumerate(zip(layer["k"], layer["s"], layer["d"], d["pads"][0::2])):
            ke = effective_kernel(k, dil)
            r[a] += (ke - 1) * j[a]
            u[a] += ((ke - 1) / 2 - pb) * j[a]
            j[a] *= s
        out.append((list(r), list(j), list(u)))
    return out
