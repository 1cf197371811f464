/**
 * A compact editor for one side of the compare view: input, kernel, stride,
 * dilation, border (with explicit sides), padding mode and framework. It
 * writes through `onChange`, so side A edits the main config and side B
 * edits `view.b`. Controls listed in `hide=` are hidden here too.
 */
import { useId, useState, type ReactNode } from 'react';
import { FRAMEWORKS, PAD_KINDS, PAD_MODES, type Config, type Pair, type PadKind } from '../../core';
import { LIMITS } from '../../core';
import { currentOption } from '../../core';
import type { Hideable } from '../../state/urlState';
import { NumberInput } from '../controls/NumberInput';
import { PairInput } from '../controls/PairInput';
import { Select } from '../controls/Select';

const FRAMEWORK_LABEL: Record<Config['framework'], string> = { keras: 'Keras / TF', torch: 'PyTorch', theano: 'Theano', caffe: 'Caffe', onnx: 'ONNX' };
const SIDES = ['top', 'bottom', 'left', 'right'] as const;

interface Props {
  /** "A" or "B": prefixes the accessible names, so both editors can be told apart. */
  readonly side: string;
  readonly config: Config;
  readonly hide: readonly Hideable[];
  readonly onChange: (patch: Partial<Config>) => void;
}

/** Explicit sides that start from what the current spec pads, so switching to explicit changes nothing yet. */
function explicitFrom(c: Config): Config['pad'] {
  const h = currentOption(c, 'h');
  const w = currentOption(c, 'w');
  const cap = (v: number) => Math.min(LIMITS.pad.max, v);
  return { kind: 'explicit', top: cap(h.before), bottom: cap(h.after), left: cap(w.before), right: cap(w.after) };
}

/** Open at first on wide screens; on a phone the difference matters more than the settings, so they start folded. */
const startOpen = () => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 820px)').matches;

export function ConfigEditor({ side, config: c, hide, onChange }: Props) {
  const id = useId();
  const [open, setOpen] = useState(startOpen);
  const hintId = `${id}-hint`;
  const row = (key: Hideable, label: string, control: (inputId: string) => ReactNode) =>
    hide.includes(key) ? null : (
      <div className="compare-field">
        <label htmlFor={`${id}-${key}`}>
          {/* Both editors have a "Border", a "Mode", …: the side in the name tells them apart off screen too. */}
          <span className="visually-hidden">{`${side} `}</span>
          {label}
        </label>
        {control(`${id}-${key}`)}
      </div>
    );
  const pair = (key: 'in' | 'k' | 's' | 'd', label: string, value: Pair, limits: { min: number; max: number }, set: (v: Pair) => void) =>
    row(key, label, (inputId) => <PairInput id={inputId} name={`${side} ${label.toLowerCase()}`} value={value} {...limits} describedBy={hintId} onChange={set} />);
  const pad = c.pad;

  return (
    <details className="compare-edit" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{`Edit ${side}`}</summary>
      <div className="compare-editor" role="group" aria-label={`Configuration ${side} settings`}>
        <span id={hintId} className="visually-hidden">
          {`Changes configuration ${side}; the comparison below updates at once.`}
        </span>
        {pair('in', 'Input', c.input, LIMITS.input, (input) => onChange({ input, x: c.x.kind === 'values' ? { kind: 'preset', preset: 'ramp' } : c.x }))}
        {pair('k', 'Kernel', c.kernel, LIMITS.kernel, (kernel) => onChange({ kernel, w: c.w.kind === 'values' ? { kind: 'preset', preset: 'ones' } : c.w }))}
        {pair('s', 'Stride', c.stride, LIMITS.stride, (stride) => onChange({ stride }))}
        {pair('d', 'Dilation', c.dilation, LIMITS.dilation, (dilation) => onChange({ dilation }))}
        {row('pad', 'Border', (inputId) => (
          <Select id={inputId} value={pad.kind} options={PAD_KINDS} onChange={(kind: PadKind) => onChange({ pad: kind === 'explicit' ? explicitFrom(c) : { kind } })} />
        ))}
        {pad.kind === 'explicit' && !hide.includes('pad') ? (
          <div className="compare-field compare-field-sides">
            <span className="compare-field-label" id={`${id}-sides`}>
              Pads T B L R
            </span>
            <span className="sides" role="group" aria-labelledby={`${id}-sides`}>
              {SIDES.map((s) => (
                <NumberInput key={s} id={`${id}-${s}`} label={`${side} padding ${s}`} value={pad[s]} {...LIMITS.pad} onChange={(v) => onChange({ pad: { ...pad, [s]: v } })} />
              ))}
            </span>
          </div>
        ) : null}
        {row('mode', 'Mode', (inputId) => <Select id={inputId} value={c.mode} options={PAD_MODES} onChange={(mode) => onChange({ mode })} />)}
        {row('fw', 'Framework', (inputId) => <Select id={inputId} value={c.framework} options={FRAMEWORKS} labels={FRAMEWORK_LABEL} onChange={(framework) => onChange({ framework })} />)}
      </div>
    </details>
  );
}
