/**
 * Height and width of one setting (kernel, stride, …) with a "same for both
 * axes" link: while linked, changing one changes both (a slider too).
 */
import { useState } from 'react';
import type { Pair } from '../../core';
import { SizeSlider } from './SizeSlider';

interface Props {
  readonly id: string;
  readonly name: string;
  readonly value: Pair;
  readonly min: number;
  readonly max: number;
  readonly onChange: (v: Pair) => void;
  readonly describedBy: string;
  /** A slider beside each box (SizeSlider.tsx). */
  readonly sliders?: boolean;
}

export function PairInput({ id, name, value, min, max, onChange, describedBy, sliders = false }: Props) {
  const [linked, setLinked] = useState(value.h === value.w);
  return (
    <span className="pair">
      <SizeSlider
        id={id}
        label={`${name} height`}
        slider={sliders}
        value={value.h}
        min={min}
        max={max}
        describedBy={describedBy}
        onChange={(h) => onChange(linked ? { h, w: h } : { ...value, h })}
      />
      <span aria-hidden="true">×</span>
      <SizeSlider
        id={`${id}-w`}
        label={`${name} width`}
        slider={sliders}
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
