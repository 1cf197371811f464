/**
 * Theano's conv2d: `theano.tensor.nnet.conv2d` (and the older
 * `nnet.conv.conv2d`). Theano computes true convolution unless
 * `filter_flip=False`, and names its pads by `border_mode`: 'valid', 'full',
 * 'half', an int, (rows, cols) or ((top, bottom), (left, right)).
 */
import type { PadSpec } from '../../core';
import type { Args } from './args';
import { lastName, padList, padPairs, prefixOf, type LayerDef } from './layer';
import type { PatchBuilder } from './patch';
import { fail } from './text';

function borderMode(a: Args): PadSpec | undefined {
  const node = a.node('border_mode');
  if (!node) return a.absent({ kind: 'valid' });
  if (node.t === 'str') {
    const kind = (['valid', 'full', 'half'] as const).find((k) => k === node.v);
    return kind ? { kind } : fail(`${a.label('border_mode')} is not understood: Theano takes 'valid', 'full', 'half', an integer or (rows, cols).`);
  }
  const v = a.ints('border_mode', node, "'valid', 'full', 'half', an integer or (rows, cols)");
  if (v === null) return a.unknown('border_mode', 'padding');
  if (typeof v === 'number' || v.every((x) => typeof x === 'number')) {
    const [rows = 0, cols = rows] = padList(a, 'border_mode', v);
    return { kind: 'explicit', top: rows, bottom: rows, left: cols, right: cols };
  }
  const [[top, bottom] = [0, 0], [left, right] = [0, 0]] = padPairs(a, 'border_mode', v);
  return { kind: 'explicit', top, bottom, left, right };
}

/** filter_shape = (filters, channels, rows, cols); any entry may be None. */
function filterShape(a: Args, b: PatchBuilder): boolean {
  const node = a.node('filter_shape');
  if (node?.t !== 'seq' || node.items.length !== 4) return false;
  const [f, c, kh, kw] = node.items.map((item) => (item.t === 'num' && item.int && item.v >= 1 ? item.v : undefined));
  const kernel = kh !== undefined && kw !== undefined ? { h: kh, w: kw } : undefined;
  b.geometry({ filters: f, channels: c, kernel });
  return kernel !== undefined;
}

function theanoConv(a: Args, b: PatchBuilder): string {
  const stride = a.pair('subsample', 1, 'stride');
  const dilation = a.pair('filter_dilation', 1, 'dilation');
  const pad = borderMode(a);
  const flip = a.bool('filter_flip', true, 'flip');
  const groups = a.int('num_groups', 1, 'groups');
  if (a.bool('unshared', false, 'layer kind')) fail(`${a.label('unshared')} is a locally connected layer: Padlab shows shared convolutions.`);
  b.op('conv');
  b.framework('theano');
  b.mode('zeros');
  if (flip !== undefined) b.flip(flip);
  b.geometry({ stride, dilation, pad });
  if (!filterShape(a, b)) b.note('the kernel size comes from the filters tensor (or filter_shape): Padlab keeps its current one');
  if (groups !== undefined) b.groups(groups);
  return 'Theano conv2d';
}

const NNET = /(^|\.)(nnet|T\.nnet|tensor\.nnet)$/;
const OLD = /(^|\.)conv$/;

export const THEANO_CONV2D: LayerDef = {
  match: () => true,
  sig: { display: 'theano conv2d', positional: ['input', 'filters', 'input_shape', 'filter_shape', 'border_mode', 'subsample', 'filter_flip', 'image_shape', 'filter_dilation', 'num_groups', 'unshared'] },
  read: theanoConv,
};

export const THEANO_LAYERS: readonly LayerDef[] = [
  { ...THEANO_CONV2D, match: (p) => lastName(p) === 'conv2d' && NNET.test(prefixOf(p)) },
  {
    // The old module's positional order differs: filter_shape comes third.
    match: (p) => lastName(p) === 'conv2d' && OLD.test(prefixOf(p)),
    sig: { display: 'conv.conv2d', positional: ['input', 'filters', 'filter_shape', 'image_shape', 'border_mode', 'subsample'] },
    read: theanoConv,
  },
];
