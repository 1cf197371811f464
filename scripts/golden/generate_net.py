#!/usr/bin/python3
"""Golden-network generator for Padlab's network view (design.md "Network view").

Writes ``golden/net.json``: stacks of layers given as design.md's ``net=``
string (with ``in``, ``c``, ``seed``, ``fw``), each with what the page's
``net-json`` must show per layer (shapes, pads, receptive field) and the
final output PyTorch computes for the seeded input and weights, or the first
layer that breaks a limit, or (``shapeOnly``) the shapes of a big network.

* Arithmetic: ``golden_net_layers`` (design.md's per-layer rules through
  ``golden_common``, and the receptive-field recurrences), written from the
  text, not from the TypeScript.
* Values: the page's ``random`` presets, bit for bit (src/core/random.ts's
  mulberry32 in ``golden_common``): input ``randomIntegers(C*H*W, 0, 9,
  seed)``; layer i's weights ``randomIntegers(count, -2, 2, ((seed + i) ^
  0x9e3779b9) >>> 0)`` in PyTorch's layouts; no bias.
* Output and shapes: real PyTorch modules (``golden_net_torch``) chained in
  one ``nn.Sequential``, float64; every intermediate shape is asserted equal
  to the formula's, and the whole ``nn.Sequential`` to the layer-by-layer run.
* Receptive fields checked by brute force (``golden_net_checks``): index
  propagation on every network, autograd on those without transposed layers.
* Limits: the code Padlab must give and, where PyTorch can write the layer,
  the first line of what PyTorch raises (asserted to raise).
* Shape-only networks run on ``device='meta'`` (shapes, no values).

Deterministic (the cases are fixed; the random stacks come from a seeded numpy
Generator); no network. Run: ``/usr/bin/python3 scripts/golden/generate_net.py``
(``npm run golden`` runs every generator).
"""

import collections
import os
import sys

import numpy as np
import torch

from golden_common import fmt_num, print_row, random_integers, write_json
from golden_net_cases import FEATURES, INVALID, PRESETS, SHAPE_ONLY, random_layer
from golden_net_checks import check_index_fields, gradient_field
from golden_net_layers import derive_layer, parse_net, receptive_fields
from golden_net_torch import layer_module, torch_refusal, weight_module, weight_shape

SEED = 20261130
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golden", "net.json")
MAX_VALUES = 2048  # output numbers per valued network, to keep the file small
RANDOM_NETS = 26
MAX_ABS = 1e6  # largest value any layer may give (core's value limit; exact integers in float32)
# Codes PyTorch can be asked about (Keras' causal pooling and Theano's names have no PyTorch spelling to run).
TORCH_SAYS = {"empty-output", "groups", "opad", "pool-dilation", "pool-pad", "reflect-limit", "circular-limit",
              "convt-mode"}

torch.set_grad_enabled(False)
rng = np.random.default_rng(SEED)
CHECKS = collections.Counter()
CASES = []


class TooLarge(Exception):
    """A network whose values pass MAX_ABS (a random stack is then drawn again)."""


def layer_seed(seed, i):
    """design.md / core's seedOfLayer then kernelPreset's stream: ``((seed + i) ^ 0x9e3779b9) >>> 0``."""
    return ((seed + i) & 0xFFFFFFFF) ^ 0x9E3779B9


def derive(net, in_hw, c, fw):
    """(layers, derived per valid layer, the first problem as (1-based layer, code) or None)."""
    layers = parse_net(net)
    shape = [c] + list(in_hw)
    derived = []
    for i, layer in enumerate(layers):
        d = derive_layer(layer, shape, fw)
        if "problem" in d:
            return layers, derived, (i + 1, d["problem"], layer, d)
        derived.append(d)
        shape = d["out"]
    return layers, derived, None


def net_json_layers(derived, rfs):
    """The ``layers`` of design.md's ``net-json``: op, in, out, pads and the receptive field (null after a convt)."""
    return [{"op": d["op"], "in": d["in"], "out": d["out"], "pads": d["pads"],
             "rf": rf, "jump": jump, "start": None if start is None else [fmt_num(v) for v in start]}
            for d, (rf, jump, start) in zip(derived, rfs)]


def build_model(layers, derived, seed, device="cpu"):
    """nn.Sequential of the layers' modules, float64, with the seeded weights (none on the meta device)."""
    modules = []
    for i, (layer, d) in enumerate(zip(layers, derived)):
        m = layer_module(layer, d).to(device=device, dtype=torch.float64)
        conv = weight_module(m)
        if conv is not None and device != "meta":
            shape = weight_shape(layer, d["in"][0])
            assert tuple(conv.weight.shape) == shape, (layer, conv.weight.shape, shape)
            count = int(np.prod(shape))
            values = random_integers(count, -2, 2, layer_seed(seed, i))
            conv.weight.data = torch.tensor(values, dtype=torch.float64).reshape(shape)
        modules.append(m)
    return torch.nn.Sequential(*modules)


def cross_check(name, i, layer, d, module, x, y):
    """Where a layer ran through its own arguments, its padding / crop / PaddedPool form gives the same output."""
    generic = layer_module(layer, d, generic=True).to(dtype=torch.float64)
    if type(generic) is type(module) and not isinstance(module, torch.nn.Sequential):
        return  # PaddedPool already
    conv, twin = weight_module(module), weight_module(generic)
    if conv is not None:
        twin.weight.data = conv.weight.data
    assert torch.equal(generic(x), y), ("own arguments vs padding / crop form", name, i + 1)
    CHECKS["layer: own arguments = padding / crop form"] += 1


def run_model(name, model, layers, derived, x):
    """Runs layer by layer (each shape asserted against the formula) and as one nn.Sequential; returns the output."""
    y = x
    for i, (m, layer, d) in enumerate(zip(model, layers, derived)):
        before, y = y, m(y)
        assert list(y.shape[1:]) == d["out"], ("PyTorch shape vs formula", name, i + 1, list(y.shape), d["out"])
        CHECKS["layer shape: module = formula"] += 1
        if x.device.type != "meta":
            cross_check(name, i, layer, d, m, before, y)
            # The page runs tfjs in float32 and takes at most 1e6 per value in a layer's link: stay within both.
            finite = y[torch.isfinite(y)]
            if finite.numel() and float(finite.abs().max()) > MAX_ABS:
                raise TooLarge("%s: layer %d gives %g" % (name, i + 1, float(finite.abs().max())))
            assert i == len(derived) - 1 or bool(torch.isfinite(y).all()), ("-inf before the last layer", name, i + 1)
    whole = model(x)
    if x.device.type != "meta":
        assert torch.equal(whole, y), ("nn.Sequential vs layer by layer", name)
    return whole


def add_network(name, in_text, c, net, tags, fw="keras", shape_only=False, seed=None):
    seed = len(CASES) + 1 if seed is None else seed
    hw = [int(v) for v in in_text.split("x")]
    layers, derived, problem = derive(net, hw, c, fw)
    case = {"name": name, "tags": sorted(tags), "in": in_text, "c": c, "net": net, "seed": seed, "fw": fw}
    assert problem is None, (name, problem[:2])
    rfs = receptive_fields(layers, derived)
    case["layers"] = net_json_layers(derived, rfs)
    CHECKS["receptive field cells: index propagation"] += check_index_fields(name, layers, derived, rfs)
    device = "meta" if shape_only else "cpu"
    model = build_model(layers, derived, seed, device)
    if not shape_only:
        # A draw whose output is one constant (a 1x1 conv whose one weight came out 0) pins
        # nothing: step the seed (by 100, away from the positional seeds) until the values vary.
        for _ in range(50):
            x = torch.tensor(random_integers(c * hw[0] * hw[1], 0, 9, seed), dtype=torch.float64).reshape(1, c, *hw)
            try:
                if len(set(run_model(name, model, layers, derived, x)[0].reshape(-1).tolist())) > 1:
                    break
            except TooLarge:
                pass  # a new draw may grow past the value limit: try the next
            seed += 100
            model = build_model(layers, derived, seed, device)
        case["seed"] = seed
    if shape_only:
        x = torch.empty((1, c) + tuple(hw), dtype=torch.float64, device="meta")
        out = run_model(name, model, layers, derived, x)
        case["shapeOnly"] = True
        case["output"] = {"shape": list(out.shape[1:])}
    else:
        x = torch.tensor(random_integers(c * hw[0] * hw[1], 0, 9, seed), dtype=torch.float64).reshape(1, c, *hw)
        out = run_model(name, model, layers, derived, x)[0]
        assert out.numel() <= MAX_VALUES, (name, out.shape)
        case["output"] = {"shape": list(out.shape),
                          "values": [None if v == float("-inf") else fmt_num(v) for v in out.reshape(-1).tolist()]}
        if all(d["op"] != "convt" for d in derived):
            with torch.enable_grad():
                CHECKS["receptive field: autograd"] += gradient_field(name, c, hw, layers, derived, rfs)
    CASES.append((case, layers, tags))
    return case


def add_invalid(name, in_text, c, net, code, layer_no, fw="keras"):
    hw = [int(v) for v in in_text.split("x")]
    layers, derived, problem = derive(net, hw, c, fw)
    assert problem is not None and problem[:2] == (layer_no, code), (name, problem and problem[:2], (layer_no, code))
    case = {"name": name, "tags": ["invalid", code], "in": in_text, "c": c, "net": net, "seed": len(CASES) + 1,
            "fw": fw}
    case["layers"] = net_json_layers(derived, receptive_fields(layers, derived))
    message = torch_refusal(problem[2], problem[3])
    if code in TORCH_SAYS:
        assert message is not None, ("PyTorch accepts an invalid layer", name)
        CHECKS["invalid: PyTorch raises"] += 1
    case["invalid"] = {"layer": layer_no, "code": code, "torch": message}
    CASES.append((case, layers, ["invalid"]))


def random_network():
    """A seeded random stack of 2..6 small layers on a small input, or None when it breaks a limit or grows."""
    H = int(rng.integers(5, 25))
    W = H if rng.random() < 0.5 else int(rng.integers(5, 25))
    c = int(rng.integers(1, 4))
    parts, shape = [], [c, H, W]
    for _ in range(int(rng.integers(2, 7))):
        parts.append(random_layer(rng, shape[0], min(shape[1:])))
        layers, derived, problem = derive("~".join(parts), [H, W], c, "keras")
        if problem is not None:
            return None
        shape = derived[-1]["out"]
        if shape[0] * shape[1] * shape[2] > 1200 or max(shape[1:]) > 40:
            return None
    return "%dx%d" % (H, W), c, "~".join(parts)


def random_networks():
    added, seen = 0, set()
    while added < RANDOM_NETS:
        got = random_network()
        if got is None or got[2] in seen:
            continue
        seen.add(got[2])
        in_text, c, net = got
        try:
            add_network("Random stack %d" % (added + 1), in_text, c, net, ["random"])
        except TooLarge:
            continue
        added += 1


def summarize():
    valid = [c for c, _l, _t in CASES if "invalid" not in c and not c.get("shapeOnly")]
    invalid = [c for c, _l, _t in CASES if "invalid" in c]
    shape_only = [c for c, _l, _t in CASES if c.get("shapeOnly")]
    print("golden/net.json: %d networks (%d valid, %d invalid, %d shape-only); torch %s, numpy %s"
          % (len(CASES), len(valid), len(invalid), len(shape_only), torch.__version__, np.__version__))
    print_row("valid by tag:", collections.Counter(t for c in valid for t in c["tags"]))
    ops = collections.Counter()
    for c, layers, _t in CASES:
        if c in valid:
            for layer in layers:
                ops[layer["op"]] += 1
                ops["mode " + layer["mode"]] += layer["op"] == "conv"
                ops["pad " + (layer["p"] if isinstance(layer["p"], str) else "explicit")] += 1
    print_row("valid layers:", ops)
    print_row("invalid:", collections.Counter(c["invalid"]["code"] for c in invalid))
    print_row("checks:", CHECKS)
    print_row("layers per net:", collections.Counter(len(c["layers"]) for c in valid))
    return valid, invalid, shape_only, ops


def main():
    for entry in PRESETS + FEATURES:
        add_network(*entry)
    random_networks()
    for name, in_text, c, net, code, layer_no, *fw in INVALID:
        add_invalid(name, in_text, c, net, code, layer_no, *fw)
    for entry in SHAPE_ONLY:
        add_network(*entry, shape_only=True)
    path = os.path.normpath(OUT_PATH)
    write_json(path, "scripts/golden/generate_net.py", CASES)
    valid, invalid, shape_only, ops = summarize()
    # Coverage (fail loudly if a change to the generator loses it).
    assert len(valid) >= 60 and len(invalid) >= 10 and len(shape_only) >= 6
    assert any(len(c["layers"]) == 16 for c in valid)
    for mode in ("reflect", "replicate", "circular", "symmetric"):
        assert ops["mode " + mode] >= 2, mode
    assert CHECKS["receptive field: autograd"] >= 10
    size = os.path.getsize(path)
    print("  size: %.0f KB" % (size / 1024))
    assert size < 3 * 1024 * 1024
    assert len({c["name"] for c, _l, _t in CASES}) == len(CASES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
