"""Brute-force checks of the receptive-field recurrences (``generate_net.py``).

The recurrences (design.md "Network view") give, per axis, output cell ``o``'s
field as the input interval centred on ``u + o*j`` of ``r`` cells. Two
independent ways to find the field, each failing loudly on a disagreement:

* ``index_fields``: pure Python, per axis: the input positions each output
  cell reads, propagated layer by layer without clipping at the borders
  (a position in the padding still counts: the recurrences ignore borders).
* ``gradient_field``: PyTorch autograd: the input cells whose value changes
  one output cell, with all-ones weights and every pool replaced by a window
  sum with the same geometry (a max's gradient reaches only its argmax), for
  an output cell whose field lies inside the input.
"""

import torch
import torch.nn.functional as F


def index_fields(layers, derived, axis):
    """Per conv/pool layer (until the first convt): (lo, hi) of each output cell's field, input positions.

    By definition, recursively: output position t of a layer reads positions ``t*s - pb + a*d``
    (a < k) of the layer below, whatever they hold (padding included); position p of the input is (p, p).
    """
    a = 0 if axis == "h" else 1
    geometry = []
    for layer, d in zip(layers, derived):
        if layer["op"] == "convt":
            break
        geometry.append((layer["k"][a], layer["s"][a], layer["d"][a], d["pads"][2 * a], d["out"][1 + a]))
    memo = {}

    def field(level, t):
        if level == 0:
            return (t, t)
        if (level, t) not in memo:
            k, s, dil, pb, _o = geometry[level - 1]
            parts = [field(level - 1, t * s - pb + tap * dil) for tap in range(k)]
            memo[(level, t)] = (min(p[0] for p in parts), max(p[1] for p in parts))
        return memo[(level, t)]

    return [[field(level, o) for o in range(g[4])] for level, g in enumerate(geometry, start=1)]


def check_index_fields(name, layers, derived, rfs):
    """Every output cell of every conv/pool layer: the field from index propagation = the recurrences'."""
    checked = 0
    for axis, a in (("h", 0), ("w", 1)):
        for i, fields in enumerate(index_fields(layers, derived, axis)):
            r, j, u = rfs[i][0][a], rfs[i][1][a], rfs[i][2][a]
            for o, (lo, hi) in enumerate(fields):
                want = (u + o * j - (r - 1) / 2, u + o * j + (r - 1) / 2)
                assert (lo, hi) == want, ("receptive field by index", name, axis, i + 1, o, (lo, hi), want)
                checked += 1
    return checked


def sum_pool_stack(layers, derived, x):
    """The network's geometry with all-ones kernels, zero padding and window sums for pools (conv/pool only)."""
    for layer, d in zip(layers, derived):
        t, b, l, r = d["pads"]
        x = F.pad(x, (l, r, t, b))
        if layer["op"] == "conv":
            w = torch.ones((layer["f"], x.shape[1] // layer["g"]) + tuple(layer["k"]), dtype=x.dtype)
            x = F.conv2d(x, w, stride=layer["s"], dilation=layer["d"], groups=layer["g"])
        else:
            extra = d.get("overhang", [0, 0])
            x = F.pad(x, (0, extra[1], 0, extra[0]))
            ones = torch.ones((x.shape[1], 1) + tuple(layer["k"]), dtype=x.dtype)
            x = F.conv2d(x, ones, stride=layer["s"], dilation=layer["d"], groups=x.shape[1])
    return x


def gradient_field(name, c, hw, layers, derived, rfs):
    """The gradient of one interior output cell (channel 0) spans exactly the recurrences' field.

    False (nothing checked) where no output cell's field lies inside the input.
    """
    x = torch.ones((1, c) + tuple(hw), dtype=torch.float64, requires_grad=True)
    y = sum_pool_stack(layers, derived, x)
    assert list(y.shape[1:]) == derived[-1]["out"], (name, y.shape)
    (rh, rw), (jh, jw), (uh, uw) = rfs[-1]
    cell = []
    for r, j, u, n, o_count in ((rh, jh, uh, hw[0], y.shape[2]), (rw, jw, uw, hw[1], y.shape[3])):
        inside = [o for o in range(o_count) if u + o * j - (r - 1) / 2 >= 0 and u + o * j + (r - 1) / 2 <= n - 1]
        if not inside:
            return False  # every field reaches into the padding: the gradient would see it clipped
        cell.append(inside[len(inside) // 2])
    y[0, 0, cell[0], cell[1]].backward()
    nz = torch.nonzero(x.grad[0].sum(0))
    box = (int(nz[:, 0].min()), int(nz[:, 0].max()), int(nz[:, 1].min()), int(nz[:, 1].max()))
    want = (uh + cell[0] * jh - (rh - 1) / 2, uh + cell[0] * jh + (rh - 1) / 2,
            uw + cell[1] * jw - (rw - 1) / 2, uw + cell[1] * jw + (rw - 1) / 2)
    assert box == want, ("receptive field by gradient", name, cell, box, want)
    return True
