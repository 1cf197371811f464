/**
 * The layer settings image mode shares with the grid view (the app store's
 * config: border, stride, dilation, constant, flip), drawn from the field
 * table like the Layer panel, so labels, help, limits and the switch to
 * explicit pads are the grid view's; and image mode's own view options.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { OPERATION_LABEL, PAD_MODES, type PadMode } from '../../core';
import { CORNERS, type Corner } from '../../core';
import { DISPLAY_MAPPINGS, DISPLAY_MAPPING_LABEL, type DisplayMapping } from '../../core';
import type { Pads } from '../../core';
import { FIELDS, type FieldKey } from '../../state/fieldTable';
import type { Field } from '../../state/fieldTypes';
import { setConfig } from '../../state/store';
import { LayerFields } from '../controls/ControlsPanel';
import { LabelledField } from '../controls/LabelledField';
import { Select } from '../controls/Select';
import { useApp } from '../hooks/useApp';
import { imageStore, setImageUi } from './imageStore';
import { useImageSetup } from './useImageSetup';

/** Image mode's layer settings, in its reading order (the kernel and the modes have controls of their own). */
const IMAGE_KEYS: readonly FieldKey[] = ['pad', 's', 'd', 'cval', 'flip'];

/**
 * The table's entries for image mode. Every mode is shown side by side, so the
 * constant is always there (not only in constant mode), with its pixel scale.
 */
export const IMAGE_FIELDS: readonly Field[] = IMAGE_KEYS.map((key) => {
  const field = FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`image mode: no field ${key} in the field table`);
  return key === 'cval'
    ? { ...field, shownWhen: undefined, help: 'The value the constant mode\'s padding pixels hold, on the 0..255 scale (zeros always holds 0).' }
    : field;
});

export function LayerControls() {
  const config = useApp((s) => s.config);
  // The pads on screen come from the picture and its own kernel (the setup's shape), not the grid's layer.
  const currentPads: Pads | undefined = useImageSetup().shape?.pads;
  // Image mode always convolves (with its own kernel): its controls are a convolution's whatever the grid's layer is.
  const asConvolution = useMemo(() => ({ ...config, op: 'conv' as const }), [config]);
  return (
    <>
      {config.op !== 'conv' ? (
        <p className="image-hint" data-testid="image-op-note">
          {`Image mode convolves the picture with its kernel; the grid's ${OPERATION_LABEL[config.op].toLowerCase()} layer is shown in the grid view. Its border, stride and dilation apply here.`}
        </p>
      ) : null}
      <LayerFields fields={IMAGE_FIELDS} config={asConvolution} hide={[]} onChange={setConfig} currentPads={currentPads} />
    </>
  );
}

export function ViewControls() {
  const corner = useStore(imageStore, (s) => s.corner);
  const mapping = useStore(imageStore, (s) => s.mapping);
  const against = useStore(imageStore, (s) => s.compareAgainst);
  return (
    <>
      <LabelledField label="Compare against" help="Each result prints its largest difference from this mode; the difference map uses it too.">
        {(ids) => <Select id={ids.input} describedBy={ids.help} value={against} options={PAD_MODES} onChange={(compareAgainst: PadMode) => setImageUi({ compareAgainst })} />}
      </LabelledField>
      <LabelledField label="Magnified corner" help="Which corner of each result the ×6 inset shows (the border artifact is there).">
        {(ids) => <Select id={ids.input} describedBy={ids.help} value={corner} options={CORNERS} onChange={(c: Corner) => setImageUi({ corner: c })} />}
      </LabelledField>
      <LabelledField label="Negative values" help="Edge detectors give negative values; clamping shows them black, |value| shows edges of both signs, 128 + value shows the sign as darker/lighter grey.">
        {(ids) => (
          <Select id={ids.input} describedBy={ids.help} value={mapping} options={DISPLAY_MAPPINGS} labels={DISPLAY_MAPPING_LABEL} onChange={(m: DisplayMapping) => setImageUi({ mapping: m })} />
        )}
      </LabelledField>
    </>
  );
}
