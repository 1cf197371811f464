/**
 * Height and width of one setting (kernel, stride, …) with a "same for both
 * axes" link: while linked, changing one changes both.
 */
import { useState } from 'react';
import type { Pair } from '../../core';
import { NumberInput } from './NumberInput';

interface Props {
  readonly id: string;
  readonly name: string;
  readonly value: Pair;
  readonly min: number;
  readonly max: number;
  readonly onChange: (v: Pair) => void;
  readonly describedBy: string;
}

export function PairInput({ id, name, value, min, max, onChange, describedBy }: Props) {
  const [linked, setLinked] = useState(value.h === value.w);
  return (
    <span className="pair">
      <NumberInput
        id={id}
        label={`${name} height`}
        value={value.h}
        min={min}
        max={max}
        describedBy={describedBy}
        onChange={(h) => onChange(linked ? { h, w: h } : { ...value, h })}
      />
      <span aria-hidden="true">×</span>
      <NumberInput
        id={`${id}-w`}
        label={`${name} width`}
        value={value.w}
        min={min}
        max={max}
        describedBy={describedBy}
        onChange={(w) => onChange(linked ? { h: w, w } : { ...value, w })}
      />
      <label className="link-toggle" title="Same value for both axes">
        <input
          type="checkbox"
          // Four of these sit in one panel: the name says which setting each links (and keeps the visible "both axes").
          aria-label={`${name}: same value for both axes`}
          checked={linked}
          onChange={(e) => {
            setLinked(e.target.checked);
            if (e.target.checked && value.w !== value.h) onChange({ h: value.h, w: value.h });
          }}
        />
        <span>both axes</span>
      </label>
    </span>
  );
}
