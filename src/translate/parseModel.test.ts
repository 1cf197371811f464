/**
 * parseModel against model definitions as people paste them (model/corpus.ts,
 * facts written by hand from each source), malformed pastes (each refusal
 * names its line), and fuzzed text, which never makes it throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../core';
import { CORPUS } from './model/corpus';
import { MAX_MODEL_INPUT, parseModel, type LayerPatch, type ModelEntry } from './parseModel';
import { parseLayer } from './parseLayer';

/** `k3x5` → {h: 3, w: 5}; `k3` → {h: 3, w: 3}. */
const pair = (v: string) => {
  const [h = '', w = h] = v.split('x');
  return { h: Number(h), w: Number(w) };
};

/** The fields one `net`-style token (design.md `net`) states, as a partial patch. */
function expected(spec: string): Partial<Config> {
  const [op = '', ...fields] = spec.split('_');
  const out: Record<string, unknown> = { op };
  for (const f of fields) {
    const [key = '', v] = [f[0], f.slice(1)];
    if (f === 'ceil') out.ceil = true;
    else if (f === 'cip0') out.cip = false;
    else if (key === 'k') out.kernel = pair(v);
    else if (key === 's') out.stride = pair(v);
    else if (key === 'd') out.dilation = pair(v);
    else if (key === 'f') out.filters = Number(v);
    else if (key === 'g') out.groups = Number(v);
    else if (key === 'o') out.opad = pair(v);
    else if (key === 'm') out.mode = v;
    else if (key === 'p') out.pad = padOf(v);
    else throw new Error(`bad token ${f}`);
  }
  return out as Partial<Config>;
}

function padOf(v: string): Config['pad'] {
  if (v === 'same' || v === 'valid' || v === 'half' || v === 'full') return { kind: v };
  const sides = v.includes('.') ? v.split('.').map(Number) : (() => {
    const { h, w } = pair(v);
    return [h, h, w, w];
  })();
  const [top = 0, bottom = 0, left = 0, right = 0] = sides;
  return top + bottom + left + right === 0 ? { kind: 'valid' } : { kind: 'explicit', top, bottom, left, right };
}

const layersOf = (entries: readonly ModelEntry[]) => entries.flatMap((e) => (e.kind === 'layer' ? [e] : []));

describe('parseModel: real model definitions', () => {
  it('has at least 40 of them', () => expect(CORPUS.length).toBeGreaterThanOrEqual(40));

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = parseModel(c.src);
    if (!r.ok) throw new Error(r.message);
    const layers = layersOf(r.entries);
    expect(layers.map((l) => l.patch.op)).toEqual(c.layers.map((s) => s.split('_')[0]));
    layers.forEach((layer, i) => {
      const want = expected(c.layers[i] ?? '');
      expect(layer.patch, `layer ${i + 1}: ${layer.text}`).toMatchObject(want as LayerPatch);
    });
    if (c.passthrough) expect(r.entries.flatMap((e) => (e.kind === 'passthrough' ? [e.name] : []))).toEqual(c.passthrough);
    const end = r.entries.find((e) => e.kind === 'end');
    expect(end && end.kind === 'end' ? end.name : undefined).toBe(c.end);
    if (c.input) expect(r.input).toEqual(c.input);
    if (c.style) expect(r.style).toBe(c.style);
    // Entries come in source order, each on the line of its call.
    const lines = r.entries.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const l of layers) expect(c.src.split('\n')[l.line - 1]).toContain(l.text.split('\n')[0]);
  });
});

// prettier-ignore
const MALFORMED: [what: string, src: string, line: number, message: RegExp][] = [
  ['a cut-off call', 'model = nn.Sequential(\n    nn.Conv2d(3, 64, 3),\n    nn.Conv2d(', 3, /never closed/],
  ['an unclosed Sequential', 'model = nn.Sequential(\n    nn.Conv2d(3, 64, 3),\n    nn.ReLU(),\n', 1, /The call opened at line 1, column 22 is never closed/],
  ['a stray closing parenthesis in a list', 'model = keras.Sequential([\n    layers.Conv2D(32, 3),\n    layers.MaxPooling2D()),\n    layers.Flatten(),\n])', 3, /unexpected `\)` at line 3, column 26/],
  ['one closing parenthesis too many', 'model = nn.Sequential(\n    nn.Conv2d(3, 64, 3),\n    nn.ReLU(),\n))', 4, /nothing open for it to close/],
  ['an unclosed list', 'model = keras.Sequential([\n    layers.Conv2D(32, 3),\n    layers.MaxPooling2D(),\n)', 4, /unexpected `\)`/],
  ['a missing comma', 'model = nn.Sequential(\n    nn.Conv2d(3, 64, 3)\n    nn.ReLU(),\n)', 3, /unexpected `nn`/],
  ['an unclosed string', "model = keras.Sequential([\n    layers.Conv2D(32, 3, padding='same),\n])", 2, /string starting at line 2, column 34 is never closed/],
  ['not Python', 'Conv 3x3, 64 filters\nthen ReLU', 1, /Python would not read this/],
  ['an unknown keyword the reader refuses', "model = nn.Sequential(\n    nn.ReLU(),\n    nn.Conv2d(3, 64, 3, padding='SAME'),\n)", 3, /PyTorch takes 'same', 'valid'/],
  ['a 3-D layer', 'model = nn.Sequential(\n    nn.Conv3d(1, 8, 3),\n)', 2, /`Conv3d` is 3-D/],
  ['a negative pad', 'model = nn.Sequential(\n    nn.ZeroPad2d(-1),\n    nn.Conv2d(3, 8, 3),\n)', 2, /negative pad/],
  ['a zero kernel', 'model.add(Conv2D(8, 3))\nmodel.add(Conv2D(8, 0))', 2, /`kernel_size=0` must be at least 1/],
  ['a string kernel', "x = tf.nn.conv2d(x, w, strides=1, padding='SAME')\nx = tf.nn.max_pool2d(x, ksize='2', strides=2, padding='SAME')", 2, /is a string/],
  ['Upsample', 'model = nn.Sequential(\n    nn.Conv2d(3, 8, 3, padding=1),\n    nn.Upsample(scale_factor=2),\n    nn.Conv2d(8, 8, 3),\n)', 3, /resizes by a factor/],
  ['UpSampling2D', 'model.add(Conv2D(8, 3))\nmodel.add(UpSampling2D())', 2, /resizes by a factor/],
  ['17 layers', `model = nn.Sequential(\n${'    nn.Conv2d(8, 8, 3, padding=1),\n'.repeat(17)})`, 18, /at most 16 layers/],
  ['a padding layer with nothing after it', 'model = nn.Sequential(\n    nn.Conv2d(3, 8, 3),\n    nn.ReflectionPad2d(1),\n)', 3, /no convolution or pooling layer after it/],
  ['a padding layer before a conv that pads again in another mode', 'model = nn.Sequential(\n    nn.ReflectionPad2d(1),\n    nn.Conv2d(3, 8, 3, padding=1),\n)', 2, /pads again/],
  ['layers built in a loop', 'model = []\nfor i in range(n_blocks):\n    model += [nn.Conv2d(64, 64, 3, padding=1)]', 3, /inside the `for` on line 2/],
  ['a Sequential of a list built elsewhere', 'self.model = nn.Sequential(*model)', 1, /`\*model` is built elsewhere/],
  ['a name, not a layer', 'net = nn.Sequential(\n    conv1,\n    nn.ReLU(),\n)', 2, /`conv1` is not a layer call/],
  ['a positional after a keyword', 'model = nn.Sequential(\n    nn.Conv2d(in_channels=3, 8, 3),\n)', 2, /positional argument follows a keyword/],
  ['a 1-D pool', 'net = nn.Sequential(\n    nn.Conv1d(1, 8, 3),\n    nn.MaxPool1d(2),\n)', 3, /`MaxPool1d` is 1-D/],
  ['no layers at all', 'import torch\nprint("hello")', 1, /No convolution or pooling layer found/],
  ['too long', `# ${'x'.repeat(MAX_MODEL_INPUT)}`, 1, /characters long/],
];

describe('parseModel: malformed pastes', () => {
  it('has at least 20 of them', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(20));

  it.each(MALFORMED)('refuses %s, naming the line', (_what, src, line, message) => {
    const r = parseModel(src);
    if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.entries)}`);
    expect(r.line).toBe(line);
    expect(r.message.startsWith(`Line ${line}: `)).toBe(true);
    expect(r.message).toMatch(message);
  });
});

describe('parseModel and parseLayer never throw', () => {
  const mutate = (src: string, at: number, cut: number, insert: string) => {
    const i = at % (src.length + 1);
    return src.slice(0, i) + insert + src.slice(Math.min(src.length, i + cut));
  };
  const corpusText = fc.constantFrom(...CORPUS.map((c) => c.src));
  const mutated = fc
    .tuple(corpusText, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 4 })), { maxLength: 6 }))
    .map(([src, edits]) => edits.reduce((s, [at, cut, ins]) => mutate(s, at, cut, ins), src));
  const truncated = fc.tuple(corpusText, fc.nat()).map(([src, n]) => src.slice(0, n % (src.length + 1)));
  const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), mutated, truncated);

  it('always answer ok true or false, with "Line N: " on refusals', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseModel(text);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(r.message).toMatch(/^Line \d+: /);
          expect(r.message).not.toMatch(/internal error/);
        }
        const layer = parseLayer(text, DEFAULT_CONFIG);
        expect(typeof layer.ok).toBe('boolean');
        if (!layer.ok) expect(layer.message).not.toMatch(/internal error/);
      }),
      { numRuns: 1500 },
    );
  });
});
