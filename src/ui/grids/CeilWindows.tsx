/**
 * A pool's windows along one axis, beside the grid, for each axis where
 * ceil_mode changes something: the extra window hanging past the padding,
 * or — when PyTorch's last-window rule removes it — that window crossed out,
 * with the rule and its numbers. Drawn from render/ceilStrip (the window
 * map and the core's `removed`).
 */
import { AXES, AXIS_NAME, type AxisPlan, type Plan } from '../../core';
import { axisStrip, type AxisStrip, type StripCellKind } from '../../render/ceilStrip';

/** Strip geometry, CSS px. */
const CELL = 22;
const LANE = 14;
const TOP = 16;
/** Room right of the cells for the word beside a removed window. */
const TAIL = 58;

const CELL_CLASS: Record<StripCellKind, string> = {
  pad: 'strip-pad',
  input: 'strip-input',
  overhang: 'strip-overhang',
  beyond: 'strip-beyond',
};

function StripPicture({ strip, label }: { strip: AxisStrip; label: string }) {
  const removed = strip.windows.some((w) => w.removed);
  const width = strip.cells.length * CELL + 2 + (removed ? TAIL : 0);
  const height = TOP + CELL + 6 + strip.lanes * LANE + 4;
  const barY = (lane: number) => TOP + CELL + 6 + lane * LANE;
  return (
    <svg className="ceil-strip" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      {strip.cells.map((kind, p) => (
        <g key={p}>
          <rect className={CELL_CLASS[kind]} x={1 + p * CELL} y={TOP} width={CELL} height={CELL} />
          <text className="strip-index" x={1 + (p + 0.5) * CELL} y={TOP - 4}>
            {p}
          </text>
        </g>
      ))}
      {strip.windows.map((win) => {
        const x = 1 + win.first * CELL + 2;
        const w = (win.last - win.first + 1) * CELL - 4;
        const y = barY(win.lane);
        return (
          <g key={win.index} className={win.removed ? 'strip-window strip-removed' : 'strip-window'}>
            <rect x={x} y={y} width={w} height={LANE - 4} rx={3} />
            {win.removed ? <line x1={x} y1={y + LANE - 4} x2={x + w} y2={y} /> : null}
            {win.removed ? <line x1={x} y1={y} x2={x + w} y2={y + LANE - 4} /> : null}
            {win.removed ? (
              <text className="strip-removed-label" x={x + w + 6} y={y + LANE - 5}>
                removed
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** The rule in words, with this axis' numbers (window starts from the strip, i.e. the window map). */
function axisNote(a: AxisPlan, strip: AxisStrip): string {
  const name = AXIS_NAME[a.axis];
  const np = a.padded - a.overhang;
  const last = strip.windows.at(-1)?.first ?? 0;
  if (a.removed) {
    const start = last;
    return (
      `Rounding up gives ${a.out + 1} ${name} windows, but window ${a.out} would start at ${start} ≥ n + pb = ${a.n} + ${a.before}: ` +
      `the last window would start past the input and the top/left padding, so PyTorch removes it — ${a.out} windows ` +
      `(the notes below say which other frameworks do).`
    );
  }
  return (
    `ceil_mode adds window ${a.out - 1}, which starts inside the input or the top/left padding (${last} < ${a.n} + ${a.before}) ` +
    `and hangs ${a.overhang} cell${a.overhang > 1 ? 's' : ''} past the padding (${a.overhang > 1 ? `positions ${np}–${a.padded - 1}` : `position ${np}`}); ` +
    `${a.overhang > 1 ? 'those cells never count' : 'that cell never counts'}.`
  );
}

export function CeilWindows({ plan }: { plan: Plan }) {
  const axes = AXES.map((axis) => plan[axis]).filter((a) => plan.config.ceil && (a.removed || a.overhang > 0));
  if (axes.length === 0) return null;
  return (
    <div className="ceil-windows">
      {axes.map((a) => {
        const strip = axisStrip(a);
        const note = axisNote(a, strip);
        return (
          <figure key={a.axis} className="ceil-axis" data-testid={`ceil-windows-${a.axis}`} data-removed={a.removed ? 'true' : 'false'}>
            <figcaption>
              {a.removed ? 'Removed window' : 'Ceil window'} along the {AXIS_NAME[a.axis]} ({a.axis === 'h' ? 'rows' : 'columns'})
            </figcaption>
            <div className="grid-scroll">
              <StripPicture strip={strip} label={`${strip.windows.length} ${AXIS_NAME[a.axis]} windows over positions 0–${strip.cells.length - 1}${a.removed ? `, the last crossed out` : ''}.`} />
            </div>
            <p className="ceil-note" data-testid={a.removed ? `removed-window-${a.axis}` : `ceil-overhang-${a.axis}`}>
              {note}
            </p>
          </figure>
        );
      })}
    </div>
  );
}
