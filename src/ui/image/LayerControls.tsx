/**
 * The layer settings image mode shares with the grid view (the app store's
 * config: pad spec, stride, dilation, constant, flip), and image mode's own
 * view options. Same controls, labels and limits as the grid view.
 */
import { useStore } from 'zustand';
import { PAD_KINDS, PAD_MODES, type PadKind, type PadMode } from '../../core';
import { CORNERS, type Corner } from '../../core';
import { DISPLAY_MAPPINGS, DISPLAY_MAPPING_LABEL, type DisplayMapping } from '../../core';
import { LIMITS } from '../../core';
import { setConfig } from '../../state/store';
import { Field } from '../controls/Field';
import { HELP } from '../controls/helpTexts';
import { NumberInput } from '../controls/NumberInput';
import { PadSidesInput } from '../controls/PadSidesInput';
import { PairInput } from '../controls/PairInput';
import { Select } from '../controls/Select';
import { useApp } from '../hooks/useApp';
import { imageStore, setImageUi } from './imageStore';

export function LayerControls() {
  const c = useApp((s) => s.config);
  const pad = c.pad;
  return (
    <>
      <Field label="Border" help={HELP.pad}>
        {(ids) => (
          <Select
            id={ids.input}
            describedBy={ids.help}
            value={pad.kind}
            options={PAD_KINDS}
            onChange={(kind: PadKind) => setConfig({ pad: kind === 'explicit' ? { kind, top: 8, bottom: 8, left: 8, right: 8 } : { kind } })}
          />
        )}
      </Field>
      {pad.kind === 'explicit' ? <Field label="Padding T B L R" help={HELP.sides}>{(ids) => <PadSidesInput id={ids.input} describedBy={ids.help} pad={pad} />}</Field> : null}
      <Field label="Stride" help={HELP.s}>
        {(ids) => <PairInput id={ids.input} name="Stride" value={c.stride} {...LIMITS.stride} describedBy={ids.help} onChange={(stride) => setConfig({ stride })} />}
      </Field>
      <Field label="Dilation" help={HELP.d}>
        {(ids) => <PairInput id={ids.input} name="Dilation" value={c.dilation} {...LIMITS.dilation} describedBy={ids.help} onChange={(dilation) => setConfig({ dilation })} />}
      </Field>
      <Field label="Constant" help="The value the constant mode's padding pixels hold, on the 0..255 scale (zeros always holds 0).">
        {(ids) => <NumberInput id={ids.input} real value={c.cval} min={-LIMITS.value.maxAbs} max={LIMITS.value.maxAbs} describedBy={ids.help} onChange={(cval) => setConfig({ cval })} />}
      </Field>
      <Field label="True convolution (flip)" help={HELP.flip}>
        {(ids) => <input id={ids.input} type="checkbox" aria-describedby={ids.help} checked={c.flip} onChange={(e) => setConfig({ flip: e.target.checked })} />}
      </Field>
    </>
  );
}

export function ViewControls() {
  const corner = useStore(imageStore, (s) => s.corner);
  const mapping = useStore(imageStore, (s) => s.mapping);
  const against = useStore(imageStore, (s) => s.compareAgainst);
  return (
    <>
      <Field label="Compare against" help="Each result prints its largest difference from this mode; the difference map uses it too.">
        {(ids) => <Select id={ids.input} describedBy={ids.help} value={against} options={PAD_MODES} onChange={(compareAgainst: PadMode) => setImageUi({ compareAgainst })} />}
      </Field>
      <Field label="Magnified corner" help="Which corner of each result the ×6 inset shows (the border artifact is there).">
        {(ids) => <Select id={ids.input} describedBy={ids.help} value={corner} options={CORNERS} onChange={(c: Corner) => setImageUi({ corner: c })} />}
      </Field>
      <Field label="Negative values" help="Edge detectors give negative values; clamping shows them black, |value| shows edges of both signs, 128 + value shows the sign as darker/lighter grey.">
        {(ids) => (
          <Select id={ids.input} describedBy={ids.help} value={mapping} options={DISPLAY_MAPPINGS} labels={DISPLAY_MAPPING_LABEL} onChange={(m: DisplayMapping) => setImageUi({ mapping: m })} />
        )}
      </Field>
    </>
  );
}
