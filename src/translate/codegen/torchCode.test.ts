import { describe, expect, it } from 'vitest';
import { torchSnippet } from './torchCode';
import { explicit, planOf } from './testPlans';

describe('PyTorch snippet', () => {
  it('symmetric pads in a mode PyTorch has: nn.Conv2d with padding and padding_mode', () => {
    const code = torchSnippet(planOf({ mode: 'reflect' })).code;
    expect(code).toContain(
      "conv = nn.Conv2d(1, 1, (3, 3), stride=(1, 1), padding=(1, 1), dilation=(1, 1), bias=False, padding_mode='reflect', dtype=torch.float64)",
    );
    expect(code).toContain('conv.weight.copy_(w)');
  });

  it("padding='same' only at stride 1 when it equals the Plan (even kernel: odd cell bottom/right)", () => {
    expect(torchSnippet(planOf({ kernel: { h: 2, w: 4 }, mode: 'circular' })).code).toContain("padding='same'");
    // Stride 2: PyTorch refuses 'same', so the pads go through F.pad.
    const strided = torchSnippet(planOf({ kernel: { h: 2, w: 2 }, stride: { h: 2, w: 2 } })).code;
    expect(strided).not.toContain("'same'");
    expect(strided).toContain('xp = F.pad(x, (0, 1, 0, 1))  # zeros');
  });

  it('asymmetric pads: F.pad(x, (left, right, top, bottom)) then F.conv2d', () => {
    const s = torchSnippet(planOf({ input: { h: 6, w: 7 }, pad: explicit(2, 0, 1, 3), mode: 'replicate' }));
    expect(s.code).toContain("xp = F.pad(x, (1, 3, 2, 0), mode='replicate')");
    expect(s.code).toContain('out = F.conv2d(xp, w, stride=(1, 1), dilation=(1, 1))');
    expect(s.note).toContain('asymmetric');
  });

  it('constant pads with value=; symmetric with a torch.cat helper', () => {
    expect(torchSnippet(planOf({ mode: 'constant', cval: 0.1 })).code).toContain("F.pad(x, (1, 1, 1, 1), mode='constant', value=0.1)");
    const sym = torchSnippet(planOf({ mode: 'symmetric' }));
    expect(sym.code).toContain('def symmetric_pad(x, left, right, top, bottom):');
    expect(sym.code).toContain('xp = symmetric_pad(x, 1, 1, 1, 1)');
    expect(sym.note).toContain('no symmetric padding mode');
  });

  it('stride and dilation together stay native (PyTorch allows both); flip uses torch.flip', () => {
    const code = torchSnippet(planOf({ input: { h: 9, w: 9 }, stride: { h: 2, w: 2 }, dilation: { h: 2, w: 2 }, flip: true })).code;
    expect(code).toContain('stride=(2, 2)');
    expect(code).toContain('dilation=(2, 2)');
    expect(code).toContain('w = torch.flip(w, [2, 3])');
  });

  it('embeds OIHW weights and C×H×W input as float64 and ends with print(out) and the PADLAB_OUT line', () => {
    const code = torchSnippet(planOf({ channels: 2, filters: 3, x: { kind: 'preset', preset: 'random' } })).code;
    expect(code).toContain('dtype=torch.float64).reshape(1, 2, 5, 5)');
    expect(code).toContain('dtype=torch.float64).reshape(3, 2, 3, 3)');
    const tail = code.trimEnd().split('\n').slice(-2);
    expect(tail[0]).toMatch(/^print\(out\)/);
    expect(tail[1]).toBe('print("PADLAB_OUT", json.dumps(out.flatten().tolist()))');
  });
});
