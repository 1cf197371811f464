/**
 * The field table (style.md §4 and §6): one declaration per URL setting — key,
 * type (reader, writer, limits from core's LIMITS), default (core's
 * DEFAULT_CONFIG, or DEFAULT_VIEW), label, help, whether a teacher can hide it,
 * which operations it applies to, and whether the compare editor shows it.
 * The URL codec (parse, format, known keys, notices, schema order), the
 * `hide=` list, the Layer panel, the compare editor and the teacher panel are
 * all derived from it. Adding a setting is one entry here plus its semantics
 * in core.
 *
 * Order matters: it is the schema order links are written in, and the order
 * fields are read in (a reader may use the fields above it: `x` needs `c` and
 * `in`, `w` needs `g`, `s` needs `op` and `k`).
 *
 * `ops` is `every` unless design.md says a setting does not apply to some
 * operation (pools ignore `f`, have no kernel values, never flip): those list
 * the operations they apply to, so a new operation is added to them, and an
 * operation's own setting (`g`, `opad`, `ceil`, `cip`) is one entry listing it.
 */
import {
  DEFAULT_CONFIG,
  FRAMEWORK_LABEL,
  FRAMEWORKS,
  INPUT_PRESETS,
  KERNEL_PRESETS,
  OPERATION_LABEL,
  OPERATIONS,
  PAD_MODES,
  QUESTION_KINDS,
  defaultStride,
  valueCounts,
  type Config,
} from '../core';
import { hideType, nameListType, netType, padType, queryType, skipType, valuesType } from './compositeFields';
import { enumType, flagType, intType, pairType, realType, type ConfigField, type Field, type FieldInfo, type FieldType, type ViewField } from './fieldTypes';
import { BACKENDS, DEFAULT_VIEW, VIEWS, type ViewSettings } from './urlState';

/** A Config setting; its default is core's DEFAULT_CONFIG unless given (tests declare fake settings). */
export function configField<const K extends string, P extends keyof Config>(
  spec: { key: K } & Omit<FieldInfo, 'key' | 'hideable' | 'ops' | 'compact'> &
    Partial<Pick<FieldInfo, 'hideable' | 'ops' | 'compact'>> & {
      prop: P;
      type: FieldType<Config[P]>;
      default?: Config[P];
      defaultFor?: (c: Config) => Config[P];
    },
): ConfigField<K, P> {
  return { hideable: true, ops: 'every', compact: false, ...spec, target: 'config', default: spec.default ?? DEFAULT_CONFIG[spec.prop] };
}

/** A view setting (not part of the layer): never hideable, no Layer-panel control. */
function viewField<const K extends string, P extends keyof ViewSettings>(spec: { key: K; noun?: string; prop: P; type: FieldType<ViewSettings[P]> }): ViewField<K, P> {
  return { label: spec.key, help: '', hideable: false, ops: 'every', compact: false, ...spec, target: 'view', default: DEFAULT_VIEW[spec.prop] };
}

const usesRandom = (c: Config) => (c.x.kind === 'preset' && c.x.preset === 'random') || (c.w.kind === 'preset' && c.w.preset === 'random');

/** Every URL setting of schema v1, in schema order (see the module comment). */
export const FIELDS = [
  configField({
    key: 'op',
    prop: 'op',
    label: 'Operation',
    compact: true,
    type: enumType(OPERATIONS, OPERATION_LABEL),
    help: 'The layer: a convolution, or max / average pooling (per channel, no kernel values, stride defaulting to the kernel size).',
  }),
  configField({ key: 'in', prop: 'input', label: 'Input', noun: 'input size', compact: true, type: pairType('input'), help: 'Input height × width in cells.' }),
  configField({ key: 'c', prop: 'channels', label: 'Channels', type: intType('channels'), help: 'Input channels C: every filter sums over all of them.' }),
  configField({ key: 'f', prop: 'filters', label: 'Filters', ops: ['conv', 'convt'], type: intType('filters'), help: 'Filters F (output channels): one output grid each.' }),
  configField({
    key: 'g',
    prop: 'groups',
    label: 'Groups',
    ops: ['conv', 'convt'],
    type: intType('groups'),
    help: 'Groups: channels and filters split into g groups, each filter sees only its group’s channels; g = C = F is depthwise.',
  }),
  configField({ key: 'k', prop: 'kernel', label: 'Kernel', noun: 'kernel size', compact: true, type: pairType('kernel'), help: 'Kernel height × width in taps, before dilation.' }),
  configField({
    key: 's',
    prop: 'stride',
    label: 'Stride',
    compact: true,
    type: pairType('stride'),
    defaultFor: defaultStride,
    help: 'Stride: how many cells the window moves per output cell (pooling: the kernel size unless set).',
  }),
  configField({
    key: 'd',
    prop: 'dilation',
    label: 'Dilation',
    compact: true,
    type: pairType('dilation'),
    help: 'Dilation: gap between kernel taps; the window spans ke = d·(k−1)+1 cells.',
  }),
  configField({
    key: 'opad',
    prop: 'opad',
    label: 'Output padding',
    shortLabel: 'output_padding',
    ops: ['convt'],
    compact: true,
    type: pairType('opad'),
    help: 'Transposed convolution output_padding: rows/columns added after the output (below the stride or the dilation), the rows floor dropped in the forward convolution.',
  }),
  configField({
    key: 'pad',
    prop: 'pad',
    label: 'Border',
    hideLabel: 'Border and padding',
    compact: true,
    type: padType({
      label: 'Padding T B L R',
      shortLabel: 'Pads T B L R',
      help: 'Explicit padding per side: Keras ZeroPadding2D(((top, bottom), (left, right))), PyTorch F.pad(x, (left, right, top, bottom)).',
    }),
    help: 'Border mode: how much padding each side gets. same = TF/Keras SAME (odd cell at bottom/right); same-lower = ONNX SAME_LOWER; full/half = Theano.',
  }),
  configField({
    key: 'mode',
    prop: 'mode',
    label: 'Padding mode',
    // Pools pad with −∞ (max) or 0 (average) whatever the mode; a transposed convolution
    // takes only zeros, and shows the error for the others (so the control stays to fix it).
    ops: ['conv', 'convt'],
    shortLabel: 'Mode',
    compact: true,
    type: enumType(PAD_MODES),
    help: 'What the padding cells hold: zeros, a constant, a mirror of the input (reflect excludes the edge, symmetric repeats it), the edge value, or the opposite side (circular).',
  }),
  configField({ key: 'cval', prop: 'cval', label: 'Constant', ops: ['conv'], type: realType(), shownWhen: (c) => c.mode === 'constant', help: 'The value constant padding cells hold.' }),
  configField({ key: 'fw', prop: 'framework', label: 'Framework', compact: true, type: enumType(FRAMEWORKS, FRAMEWORK_LABEL), help: 'Whose rules, warnings and code to show.' }),
  configField({
    key: 'flip',
    prop: 'flip',
    label: 'True convolution (flip)',
    ops: ['conv'],
    type: flagType(),
    help: 'Off: cross-correlation, as every DL framework computes. On: true convolution (kernel rotated 180°), as Theano and scipy.signal.convolve2d.',
  }),
  configField({
    key: 'x',
    prop: 'x',
    label: 'Input values',
    type: valuesType(INPUT_PRESETS, (c) => valueCounts(c).x),
    help: 'Input values. ramp numbers each cell, so a padding value tells where it was copied from.',
  }),
  configField({
    key: 'w',
    prop: 'w',
    label: 'Kernel values',
    ops: ['conv', 'convt'],
    type: valuesType(KERNEL_PRESETS, (c) => valueCounts(c).w),
    help: 'Kernel values (the same plane for every channel and filter, except identity and random).',
  }),
  configField({
    key: 'seed',
    prop: 'seed',
    label: 'Seed',
    type: intType('seed'),
    shownWhen: usesRandom,
    help: 'Seed of the random presets: the same seed gives the same numbers in every browser.',
  }),
  configField({
    key: 'ceil',
    prop: 'ceil',
    label: 'Ceil mode (ceil_mode)',
    shortLabel: 'ceil_mode',
    ops: ['maxpool', 'avgpool'],
    compact: true,
    type: flagType(),
    help: 'Round the output size up: one more window that may hang past the border (PyTorch ceil_mode=True, Caffe), unless it would start past the input and the top/left padding.',
  }),
  configField({
    key: 'cip',
    prop: 'cip',
    label: 'Count padding (count_include_pad)',
    shortLabel: 'count_include_pad',
    ops: ['avgpool'],
    compact: true,
    type: flagType(),
    help: 'Average pooling: divide by the padding cells too (PyTorch default True), or by the real cells only (False; TF SAME always does).',
  }),
  viewField({ key: 'step', prop: 'step', noun: 'step-through position', type: intType('step') }),
  viewField({ key: 'hide', prop: 'hide', type: hideType() }),
  viewField({ key: 'view', prop: 'view', type: enumType(VIEWS) }),
  viewField({ key: 'b', prop: 'b', type: queryType() }),
  viewField({ key: 'backend', prop: 'backend', type: enumType(BACKENDS) }),
  viewField({ key: 'net', prop: 'net', type: netType() }),
  viewField({ key: 'skip', prop: 'skips', type: skipType() }),
  viewField({ key: 'layer', prop: 'layer', noun: 'network layer', type: intType('layer') }),
  viewField({ key: 'back', prop: 'back', type: queryType() }),
  viewField({ key: 'embed', prop: 'embed', type: flagType() }),
  viewField({ key: 'qseed', prop: 'qseed', noun: 'quiz seed', type: intType('seed') }),
  viewField({ key: 'qops', prop: 'qops', type: nameListType(OPERATIONS) }),
  viewField({ key: 'qkinds', prop: 'qkinds', type: nameListType(QUESTION_KINDS) }),
] as const satisfies readonly Field[];

/** A URL key of the table. */
export type FieldKey = (typeof FIELDS)[number]['key'];
