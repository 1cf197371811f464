/** Explicit padding: top, bottom, left, right, each within LIMITS.pad. */
import type { Config, PadSpec } from '../../core';
import { LIMITS } from '../../core';
import { setConfig } from '../../state/store';
import { controlName } from './FieldControl';
import { SizeSlider } from './SizeSlider';

type Explicit = Extract<PadSpec, { kind: 'explicit' }>;
const SIDES = ['top', 'bottom', 'left', 'right'] as const;

interface Props {
  /** The id of the first (top) input, which the part's label points at. */
  readonly id: string;
  readonly describedBy?: string;
  readonly pad: Explicit;
  /** "A" or "B" in the compare editor: "B padding top". */
  readonly side?: string;
  /** Where edits go; the main configuration when absent. */
  readonly onChange?: (patch: Partial<Config>) => void;
  /** A slider beside each box (SizeSlider.tsx). */
  readonly sliders?: boolean;
}

export function PadSidesInput({ id, describedBy, pad, side, onChange = setConfig, sliders = false }: Props) {
  return (
    <span className="sides">
      {SIDES.map((s, i) => (
        <SizeSlider
          key={s}
          slider={sliders}
          id={i === 0 ? id : `${id}-${s}`}
          label={controlName(side, `Padding ${s}`)}
          value={pad[s]}
          {...LIMITS.pad}
          describedBy={describedBy}
          onChange={(v) => onChange({ pad: { ...pad, [s]: v } })}
        />
      ))}
    </span>
  );
}
