/**
 * One answer to "what does PyTorch's padding=k//2 pad?": the compare button
 * (tfSameVsTorch and its label) and the framework table's PyTorch lines read
 * core's halfKernelPad. Expected pads are worked out by hand from Python's
 * floor division (k//2, d*(k-1)//2).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, derivePlan, type Config } from '../../core';
import { frameworkTable } from '../../translate/frameworks';
import { tfSameVsTorch } from './compareState';
import { tfSameVsTorchLabel } from './tfSameVsTorchLabel';

const cfg = (k: number, d: number, n = 9): Config => ({
  ...DEFAULT_CONFIG,
  input: { h: n, w: n },
  kernel: { h: k, w: k },
  dilation: { h: d, w: d },
  pad: { kind: 'same' },
});

/** The PyTorch lines of the table marked as the usual "same", as `[code, pads]`. */
function torchIdioms(config: Config): [string, readonly number[]][] {
  const plan = derivePlan(config);
  if (!plan.ok) throw new Error(plan.message);
  const torch = frameworkTable(plan).find((r) => r.id === 'torch')!;
  return torch.attempts
    .filter((a) => a.role === 'idiom')
    .map((a) => [a.code, a.outcome.kind === 'ok' ? a.outcome.pads : []]);
}

const bPads = (config: Config) => {
  const { b } = tfSameVsTorch(config);
  return b.pad.kind === 'explicit' ? [b.pad.top, b.pad.bottom, b.pad.left, b.pad.right] : [];
};

describe('TF SAME vs PyTorch padding=k//2', () => {
  it.each([
    [3, 1, 1],
    [4, 1, 2],
    [3, 2, 1],
    [4, 2, 2],
    [15, 8, 7],
  ])('k=%i d=%i -> the button pads B with the literal k//2 = %i per side', (k, d, p) => {
    expect(bPads(cfg(k, d, 64))).toEqual([p, p, p, p]);
  });

  it('in=9x9 k=4 d=2 pad=same -> table: k//2 pads 2/2/2/2, d*(k-1)//2 pads 3/3/3/3 (not 4, not the button 3)', () => {
    const lines = torchIdioms(cfg(4, 2));
    expect(lines).toHaveLength(2);
    expect(lines[0]![0]).toContain('# k//2');
    expect(lines[0]![1]).toEqual([2, 2, 2, 2]);
    expect(lines[1]![0]).toContain('# d*(k-1)//2');
    expect(lines[1]![1]).toEqual([3, 3, 3, 3]);
  });

  it.each([
    [3, 1],
    [4, 1],
    [5, 1],
    [3, 2],
    [4, 2],
    [5, 3],
  ])('k=%i d=%i -> the button and the table\'s PyTorch k//2 line give the same pads', (k, d) => {
    const config = cfg(k, d, 16);
    expect(torchIdioms(config)[0]![1]).toEqual(bPads(config));
  });

  it('k=3 d=1 -> one PyTorch "usual same" line: k//2 and d*(k-1)//2 agree (1)', () => {
    expect(torchIdioms(cfg(3, 1)).map(([, pads]) => pads)).toEqual([[1, 1, 1, 1]]);
  });

  it('k=3 d=1 -> the label is the plain "TF SAME vs PyTorch padding=k//2", its title names B\'s pads', () => {
    const label = tfSameVsTorchLabel(cfg(3, 1));
    expect(label.text).toBe('TF SAME vs PyTorch padding=k//2');
    expect(label.title).toContain('padding=k//2 = 1 per side');
  });

  it('k=4 d=2 -> the label says k//2 = 2 and names d*(k-1)//2 = 3', () => {
    const label = tfSameVsTorchLabel(cfg(4, 2));
    expect(label.text).toBe('TF SAME vs PyTorch padding=k//2 = 2 (not d*(k-1)//2 = 3)');
    expect(label.title).toContain('padding=d*(k-1)//2 would be 3');
  });

  it('k=3x5 d=2x1 -> per-axis numbers height×width: k//2 = 1×2, d*(k-1)//2 = 2×2', () => {
    const config: Config = { ...cfg(3, 2), kernel: { h: 3, w: 5 }, dilation: { h: 2, w: 1 } };
    expect(tfSameVsTorchLabel(config).text).toBe('TF SAME vs PyTorch padding=k//2 = 1×2 (not d*(k-1)//2 = 2)');
  });
});
