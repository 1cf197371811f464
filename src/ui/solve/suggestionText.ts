/**
 * What a size suggestion does, in words built from its numbers: the pads
 * and stride, for a pool its `ceil_mode` (PyTorch's spelling, the framework
 * the flag comes from), and what the border does with them — cells no
 * window reads, the last ceil window hanging past the padding or removed by
 * PyTorch's rule, and the size the other rounding would give. A transposed
 * convolution's are its crops (PyTorch's `padding`) and `output_padding`.
 */
import { isPool, type Axis, type Config, type SizedOption, type Suggestion } from '../../core';

const SIDE_NAMES: Record<Axis, [before: string, after: string, line: string]> = { h: ['top', 'bottom', 'row'], w: ['left', 'right', 'column'] };

/** `ceil_mode=True` / `ceil_mode=False`, Python's spelling. */
const ceilText = (ceil: boolean) => `ceil_mode=${ceil ? 'True' : 'False'}`;

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "padding 1, output_padding 1", or "crop top 0, bottom 1, output_padding 0" when the crops differ. */
function transposedText(axis: Axis, o: SizedOption): string {
  const [before, after] = SIDE_NAMES[axis];
  const crops = o.before === o.after ? `padding ${o.before}` : `crop ${before} ${o.before}, ${after} ${o.after}`;
  return `${crops}, output_padding ${o.q}`;
}

/** "pad 1 each side, stride 2" (a pool: ", ceil_mode=True"). */
function axisText(config: Config, axis: Axis, o: SizedOption): string {
  if (config.op === 'convt') return transposedText(axis, o);
  const [before, after] = SIDE_NAMES[axis];
  const pads = o.before === o.after ? `pad ${o.before} each side` : `pad ${before} ${o.before}, ${after} ${o.after}`;
  return `${pads}, stride ${o.s}${isPool(config.op) ? `, ${ceilText(o.rounding === 'ceil')}` : ''}`;
}

/**
 * The border facts of one axis option: "floor drops 1 row", "the last
 * window hangs 1 column past the padding", "PyTorch's last-window rule
 * removes one window", "ceil_mode=True gives 29 where floor gives 28".
 */
export function borderNotes(axis: Axis, o: SizedOption): string[] {
  const line = SIDE_NAMES[axis][2];
  const notes: string[] = [];
  if (o.dropped > 0) notes.push(o.rounding === 'floor' ? `floor drops ${count(o.dropped, line)}` : `no window reads the last ${count(o.dropped, line)}`);
  if (o.overhang > 0) notes.push(`the last window hangs ${count(o.overhang, line)} past the padding`);
  if (o.removed) notes.push("PyTorch's last-window rule removes one window");
  if (o.otherRounding !== null && o.otherRounding !== o.out) {
    notes.push(
      o.rounding === 'ceil' ? `ceil_mode=True gives ${o.out} where floor gives ${o.otherRounding}` : `floor gives ${o.out} where ceil_mode=True gives ${o.otherRounding}`,
    );
  }
  return notes;
}

/** Why an asymmetric crop is not a PyTorch `padding=`. */
const transposedNote = (o: SizedOption): string =>
  o.before === o.after ? '' : "PyTorch's padding= crops both sides alike: ONNX pads, or slice the output";

/** What a suggestion does, in words; `other` says what the other axis becomes, `note` what the border does on the chosen axis. */
export function describe(s: Suggestion): { main: string; other: string; note: string } {
  const c = s.config;
  if (s.kind === 'named' && c.op === 'convt') {
    const q = c.opad;
    const opad = q.h + q.w === 0 ? '' : `, output_padding ${q.h === q.w ? q.h : `${q.h}×${q.w}`}`;
    return { main: `${s.pad ?? ''}${opad}`, other: `crops T,B,L,R ${s.h.before},${s.h.after},${s.w.before},${s.w.after}`, note: '' };
  }
  if (s.kind === 'named') {
    const st = c.stride;
    const ceil = isPool(c.op) && c.ceil ? `, ${ceilText(true)}` : '';
    return { main: `${s.pad ?? ''}, stride ${st.h === st.w ? st.h : `${st.h}×${st.w}`}${ceil}`, other: `pads T,B,L,R ${s.h.before},${s.h.after},${s.w.before},${s.w.after}`, note: '' };
  }
  const other: Axis = s.kind === 'h' ? 'w' : 'h';
  return {
    main: axisText(c, s.kind, s[s.kind]),
    other: `${other === 'h' ? 'rows' : 'columns'}: ${axisText(c, other, s[other])}`,
    note: c.op === 'convt' ? transposedNote(s[s.kind]) : borderNotes(s.kind, s[s.kind]).join('; '),
  };
}
