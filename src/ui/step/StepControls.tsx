/**
 * The playback controls: first / back / play-pause / forward / last, the
 * "Output cell" scrub slider and the speed slider. (The filter is picked
 * above the grids, one control for both.) Native buttons and inputs, so keyboard and screen readers
 * work without extra wiring; icons are decorative SVG with text labels.
 * Buttons at an end are `aria-disabled`, not `disabled`: a disabled button
 * drops keyboard focus to the body the moment it is reached.
 */
import type { StepPosition } from '../hooks/useStep';
import { goToStep, runAction, setSpeed } from './actions';
import { SPEED } from './playback';

const ICONS = {
  first: 'M5 4h2v16H5zM19 4v16L8 12z',
  back: 'M17 4v16L6 12z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M7 4v16l11-8z',
  last: 'M17 4h2v16h-2zM5 4v16l11-8z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

interface Props {
  readonly pos: StepPosition;
  /** What the walk steps over: output cells, or a transposed convolution's input cells (its scatter). */
  readonly unit?: 'output' | 'input';
  /** Columns of the walked grid (the output, or the input for a scatter). */
  readonly outWidth: number;
  readonly playing: boolean;
  /** The user's speed setting, cells per second. */
  readonly speed: number;
  /** The speed playback runs at (lower under reduced motion). */
  readonly rate: number;
}

export function StepControls({ pos, unit = 'output', outWidth, playing, speed, rate }: Props) {
  const atStart = pos.index === 0;
  const atEnd = pos.index >= pos.count - 1;
  const where = (i: number) => `row ${Math.floor(i / outWidth)}, column ${i % outWidth} (cell ${i + 1} of ${pos.count})`;
  const playLabel = playing ? 'Pause' : atEnd && pos.count > 1 ? 'Replay from the first cell' : 'Play';
  return (
    <div className="step-controls">
      <div className="step-buttons" role="group" aria-label={`Step through ${unit} cells`}>
        <button type="button" onClick={() => runAction('first', pos)} aria-disabled={atStart} aria-label="First cell" title="First cell (Home)">
          <Icon name="first" />
        </button>
        <button type="button" onClick={() => runAction('back', pos)} aria-disabled={atStart} aria-label="Step back" title="Step back (←)">
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="step-play"
          onClick={() => runAction('toggle', pos)}
          aria-disabled={pos.count < 2}
          aria-label={playLabel}
          title={`${playLabel} (Space)`}
          data-testid="step-play"
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span aria-hidden="true">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <button type="button" onClick={() => runAction('forward', pos)} aria-disabled={atEnd} aria-label="Step forward" title="Step forward (→)">
          <Icon name="forward" />
        </button>
        <button type="button" onClick={() => runAction('last', pos)} aria-disabled={atEnd} aria-label="Last cell" title="Last cell (End)">
          <Icon name="last" />
        </button>
      </div>
      <div className="step-slider">
        <label htmlFor="step-scrub">{unit === 'input' ? 'Input cell' : 'Output cell'}</label>
        <input
          id="step-scrub"
          type="range"
          min={0}
          max={Math.max(0, pos.count - 1)}
          step={1}
          value={pos.index}
          disabled={pos.count < 2}
          aria-valuetext={where(pos.index)}
          onChange={(e) => goToStep(Number(e.target.value), pos.count)}
          data-testid="step-scrub"
        />
        <output htmlFor="step-scrub" className="step-where">
          row {pos.row}, col {pos.col} · cell {pos.index + 1} of {pos.count}
        </output>
      </div>
      <div className="step-slider">
        <label htmlFor="step-speed">Speed</label>
        <input
          id="step-speed"
          type="range"
          min={SPEED.min}
          max={SPEED.max}
          step={1}
          value={speed}
          aria-valuetext={`${speed} cells per second`}
          onChange={(e) => setSpeed(Number(e.target.value))}
        />
        <output htmlFor="step-speed" className="step-where">
          {speed} cells/s{rate < speed ? ` (runs at ${rate}/s)` : ''}
        </output>
      </div>
    </div>
  );
}
