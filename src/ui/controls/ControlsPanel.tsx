/**
 * Every setting of the grid view, each labelled and explained, each hideable
 * by `hide=` for a class. Writes go through the store's actions only.
 */
import type { ReactNode } from 'react';
import {
  FRAMEWORKS,
  INPUT_PRESETS,
  KERNEL_PRESETS,
  PAD_KINDS,
  PAD_MODES,
  type Config,
  type InputPreset,
  type KernelPreset,
  type PadKind,
} from '../../core';
import { LIMITS } from '../../core';
import { setConfig } from '../../state/store';
import type { Hideable } from '../../state/urlState';
import { useApp } from '../hooks/useApp';
import { Field } from './Field';
import { HELP } from './helpTexts';
import { NumberInput } from './NumberInput';
import { PadSidesInput } from './PadSidesInput';
import { PairInput } from './PairInput';
import { Select } from './Select';

const FRAMEWORK_LABEL: Record<Config['framework'], string> = {
  keras: 'Keras / TensorFlow',
  torch: 'PyTorch',
  theano: 'Theano',
  caffe: 'Caffe',
  onnx: 'ONNX',
};

export function ControlsPanel() {
  const c = useApp((s) => s.config);
  const hide = useApp((s) => s.view.hide);
  const show = (key: Hideable, node: ReactNode) => (hide.includes(key) ? null : node);
  const pad = c.pad;
  const xChoice: InputPreset | 'custom' = c.x.kind === 'preset' ? c.x.preset : 'custom';
  const wChoice: KernelPreset | 'custom' = c.w.kind === 'preset' ? c.w.preset : 'custom';

  return (
    <section className="panel controls" aria-labelledby="controls-title">
      <h2 id="controls-title">Layer</h2>
      <div className="control-grid">
        {show('in', <Field label="Input" help={HELP.in}>{(ids) => <PairInput id={ids.input} name="Input" value={c.input} {...LIMITS.input} describedBy={ids.help} onChange={(input) => setConfig({ input })} />}</Field>)}
        {show('c', <Field label="Channels" help={HELP.c}>{(ids) => <NumberInput id={ids.input} value={c.channels} {...LIMITS.channels} describedBy={ids.help} onChange={(channels) => setConfig({ channels })} />}</Field>)}
        {show('f', <Field label="Filters" help={HELP.f}>{(ids) => <NumberInput id={ids.input} value={c.filters} {...LIMITS.filters} describedBy={ids.help} onChange={(filters) => setConfig({ filters })} />}</Field>)}
        {show('k', <Field label="Kernel" help={HELP.k}>{(ids) => <PairInput id={ids.input} name="Kernel" value={c.kernel} {...LIMITS.kernel} describedBy={ids.help} onChange={(kernel) => setConfig({ kernel })} />}</Field>)}
        {show('s', <Field label="Stride" help={HELP.s}>{(ids) => <PairInput id={ids.input} name="Stride" value={c.stride} {...LIMITS.stride} describedBy={ids.help} onChange={(stride) => setConfig({ stride })} />}</Field>)}
        {show('d', <Field label="Dilation" help={HELP.d}>{(ids) => <PairInput id={ids.input} name="Dilation" value={c.dilation} {...LIMITS.dilation} describedBy={ids.help} onChange={(dilation) => setConfig({ dilation })} />}</Field>)}
        {show('pad', <Field label="Border" help={HELP.pad}>{(ids) => <Select id={ids.input} describedBy={ids.help} value={c.pad.kind} options={PAD_KINDS} onChange={(kind: PadKind) => setConfig({ pad: kind === 'explicit' ? { kind, top: 1, bottom: 1, left: 1, right: 1 } : { kind } })} />}</Field>)}
        {pad.kind === 'explicit' && show('pad', <Field label="Padding T B L R" help={HELP.sides}>{(ids) => <PadSidesInput id={ids.input} describedBy={ids.help} pad={pad} />}</Field>)}
        {show('mode', <Field label="Padding mode" help={HELP.mode}>{(ids) => <Select id={ids.input} describedBy={ids.help} value={c.mode} options={PAD_MODES} onChange={(mode) => setConfig({ mode })} />}</Field>)}
        {c.mode === 'constant' && show('cval', <Field label="Constant" help={HELP.cval}>{(ids) => <NumberInput id={ids.input} real value={c.cval} min={-LIMITS.value.maxAbs} max={LIMITS.value.maxAbs} describedBy={ids.help} onChange={(cval) => setConfig({ cval })} />}</Field>)}
        {show('fw', <Field label="Framework" help={HELP.fw}>{(ids) => <Select id={ids.input} describedBy={ids.help} value={c.framework} options={FRAMEWORKS} labels={FRAMEWORK_LABEL} onChange={(framework) => setConfig({ framework })} />}</Field>)}
        {show('flip', <Field label="True convolution (flip)" help={HELP.flip}>{(ids) => <input id={ids.input} type="checkbox" aria-describedby={ids.help} checked={c.flip} onChange={(e) => setConfig({ flip: e.target.checked })} />}</Field>)}
        {show('x', <Field label="Input values" help={HELP.x}>{(ids) => <Select id={ids.input} describedBy={ids.help} value={xChoice} options={[...INPUT_PRESETS, ...(c.x.kind === 'values' ? (['custom'] as const) : [])]} onChange={(preset) => preset !== 'custom' && setConfig({ x: { kind: 'preset', preset } })} />}</Field>)}
        {show('w', <Field label="Kernel values" help={HELP.w}>{(ids) => <Select id={ids.input} describedBy={ids.help} value={wChoice} options={[...KERNEL_PRESETS, ...(c.w.kind === 'values' ? (['custom'] as const) : [])]} onChange={(preset) => preset !== 'custom' && setConfig({ w: { kind: 'preset', preset } })} />}</Field>)}
        {(c.x.kind === 'preset' && c.x.preset === 'random') || (c.w.kind === 'preset' && c.w.preset === 'random')
          ? show('seed', <Field label="Seed" help={HELP.seed}>{(ids) => <NumberInput id={ids.input} value={c.seed} {...LIMITS.seed} describedBy={ids.help} onChange={(seed) => setConfig({ seed })} />}</Field>)
          : null}
      </div>
    </section>
  );
}
