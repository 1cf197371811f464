/**
 * A size box with a slider beside it (issue 16): the box for an exact value,
 * the slider for exploring by dragging (a step per cell, so each step is a
 * new configuration the page redraws at once and the engine's worker
 * computes). The slider is a native range input, so the arrow keys,
 * Page Up/Down and Home/End move it and screen readers announce its name and
 * value; its accessible name is the box's plus "slider", so the two stay
 * distinct. On touch screens its thumb is finger-sized and a vertical swipe
 * still scrolls the page (styles.css, "sliders").
 */
import { NumberInput } from './NumberInput';

interface Props {
  readonly id: string;
  /** The box's accessible name, e.g. "Input height"; the slider's is "Input height slider". */
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (v: number) => void;
  readonly describedBy?: string;
  /** Show the slider (the Layer panel); without it, the box alone (narrow editors). */
  readonly slider?: boolean;
}

export function SizeSlider({ id, label, value, min, max, onChange, describedBy, slider = false }: Props) {
  const box = <NumberInput id={id} label={label} value={value} min={min} max={max} describedBy={describedBy} onChange={onChange} />;
  if (!slider) return box;
  return (
    <span className="sized">
      {box}
      <input
        type="range"
        className="size-slider"
        aria-label={`${label} slider`}
        aria-describedby={describedBy}
        min={min}
        max={max}
        step={1}
        value={Math.min(max, Math.max(min, value))}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </span>
  );
}
