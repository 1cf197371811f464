/**
 * PyTorch export of a whole network (design.md "Network view"): one
 * `model = nn.Sequential(...)` with a module per layer (netTorchModules.ts),
 * the seeded input and weights Padlab ran — drawn in the snippet by the same
 * mulberry32 as src/core/random.ts, so a 512×512×256 network needs no
 * megabytes of literals — then a float64 run that prints each layer's shape,
 * the output, and one machine-readable `PADLAB_OUT` JSON line (−∞ as null),
 * as the single-layer exports do (scripts/verify runs it).
 */
import { netOutput, type NetPlan } from '../../core';
import type { Snippet } from './facts';
import { layerModule, NET_HELPERS, type NetHelper } from './netTorchModules';

/** src/core/random.ts in Python, bit for bit (`>>> 0` is `& 0xFFFFFFFF`, `Math.imul` a masked product). */
const RANDOM_HELPER = `def random_integers(count, lo, hi, seed):
    """Padlab's random preset (mulberry32, src/core/random.ts): count integers in [lo, hi] from seed."""
    a, out = seed & 0xFFFFFFFF, []
    for _ in range(count):
        a = (a + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((a ^ (a >> 15)) * (a | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        out.append(lo + int(((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296 * (hi - lo + 1)))
    return out
`;

/** Helpers in the order they must be defined (`Pad` calls `symmetric_pad`). */
const HELPER_ORDER: readonly NetHelper[] = ['SymmetricPad', 'Pad', 'Slice', 'WindowMean'];

const shapeText = (s: readonly number[]): string => s.join('×');

/**
 * The snippet for a derived network: the layers deriveNet could derive (all
 * of them, or those before the first that cannot run, which the header names).
 */
export function torchNetSnippet(net: NetPlan): Snippet {
  const { network } = net;
  const { channels: C, input } = network;
  const modules = net.layers.map(layerModule);
  const helpers = HELPER_ORDER.filter((h) => modules.some((m) => m.helpers.includes(h)));
  const out = net.layers.length > 0 ? netOutput({ ...net, failure: null }) : null;
  const lines = [
    `# Padlab export (PyTorch): a network of ${net.layers.length} layer(s), input ${C}×${input.h}×${input.w}` +
      (out ? ` -> output ${shapeText(out)}` : ''),
    ...(net.failure ? [`# Layer ${net.failure.layer} cannot run (${net.failure.invalid.message}): the layers before it.`] : []),
    'import json',
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    RANDOM_HELPER,
    ...helpers.map((h) => NET_HELPERS[h]),
    'model = nn.Sequential(',
    ...net.layers.flatMap((l, i) => [
      `    # ${l.index}: ${l.layer.op} ${shapeText(l.in)} -> ${shapeText(l.out)}, ${l.layer.op === 'convt' ? 'crops' : 'pads'} (top, bottom, left, right) = (${l.pads.join(', ')})`,
      `    ${modules[i]?.code ?? ''},`,
    ]),
    ').double()',
    '',
    `# Padlab's random presets: the input from seed ${network.seed}, layer i's weights (i from 0) from`,
    "# (seed + i) ^ 0x9E3779B9, in PyTorch's own layouts (Conv2d (out, in / groups, KH, KW),",
    '# ConvTranspose2d (in, out / groups, KH, KW)); no bias.',
    `SEED = ${network.seed}`,
    `x = torch.tensor(random_integers(${C * input.h * input.w}, 0, 9, SEED), dtype=torch.float64).reshape(1, ${C}, ${input.h}, ${input.w})`,
    'with torch.no_grad():',
    '    for i, layer in enumerate(model):',
    '        for m in layer.modules():',
    '            if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):',
    '                values = random_integers(m.weight.numel(), -2, 2, ((SEED + i) & 0xFFFFFFFF) ^ 0x9E3779B9)',
    '                m.weight.copy_(torch.tensor(values, dtype=torch.float64).reshape(m.weight.shape))',
    '    y = x',
    '    for i, layer in enumerate(model):',
    '        y = layer(y)',
    "        print('layer', i + 1, tuple(y.shape[1:]))",
    '    out = model(x)',
    '',
    'print(out)',
    '# -inf (a max over padding only) is written null: JSON has no infinity.',
    `print("PADLAB_OUT", json.dumps([None if v == float('-inf') else v for v in out.flatten().tolist()]))`,
    '',
  ];
  return { code: lines.join('\n') };
}
