/** Explicit padding: top, bottom, left, right, each 0..32. */
import type { PadSpec } from '../../core';
import { LIMITS } from '../../core';
import { setConfig } from '../../state/store';
import { NumberInput } from './NumberInput';

type Explicit = Extract<PadSpec, { kind: 'explicit' }>;
const SIDES = ['top', 'bottom', 'left', 'right'] as const;

export function PadSidesInput({ id, describedBy, pad }: { id: string; describedBy: string; pad: Explicit }) {
  return (
    <span className="sides">
      {SIDES.map((side, i) => (
        <NumberInput
          key={side}
          id={i === 0 ? id : `${id}-${side}`}
          label={`Padding ${side}`}
          value={pad[side]}
          {...LIMITS.pad}
          describedBy={describedBy}
          onChange={(v) => setConfig({ pad: { ...pad, [side]: v } })}
        />
      ))}
    </span>
  );
}
