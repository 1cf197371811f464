/** The checkerboard section's controls: the upsampling stride and one kernel size of each kind (native selects: keyboard for free). */
import { useStore } from 'zustand';
import { CHECKERBOARD_STRIDES, checkerboardKernels } from '../../core';
import { LabelledField } from '../controls/LabelledField';
import { Select } from '../controls/Select';
import { imageStore, setCheckerboard } from './imageStore';

const names = (values: readonly number[]) => values.map(String);

export function CheckerboardControls() {
  const { stride: s, uneven, even } = useStore(imageStore, (st) => st.checkerboard);
  return (
    <>
      <LabelledField label="Upsampling stride" help="s: each input pixel becomes s×s output pixels (the output is n·s on each side).">
        {(ids) => <Select id={ids.input} describedBy={ids.help} value={String(s)} options={names(CHECKERBOARD_STRIDES)} onChange={(v) => setCheckerboard({ stride: Number(v) })} />}
      </LabelledField>
      <LabelledField label="Uneven kernel size" help={`k not a multiple of s=${s}: some output pixels get more taps than others (the checkerboard).`}>
        {(ids) => (
          <Select id={ids.input} describedBy={ids.help} value={String(uneven)} options={names(checkerboardKernels('uneven', s))} onChange={(v) => setCheckerboard({ uneven: Number(v) })} />
        )}
      </LabelledField>
      <LabelledField label="Even kernel size" help={`k a multiple of s=${s}: every output pixel away from the border gets the same number of taps.`}>
        {(ids) => <Select id={ids.input} describedBy={ids.help} value={String(even)} options={names(checkerboardKernels('even', s))} onChange={(v) => setCheckerboard({ even: Number(v) })} />}
      </LabelledField>
    </>
  );
}
