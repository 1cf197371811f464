/**
 * The export form: the format (GIF, SVG, PNG frames in a zip), the cell
 * size, the speed and what is drawn; the export itself (useExport) loads its
 * code only when started. An output with more cells than MAX_EXPORT_FRAMES
 * exports its first ones, and the form says so before the click. Loaded when
 * the panel first opens (ExportPanel), so the first page load does not carry it.
 */
import { useId, useState } from 'react';
import type { Plan } from '../../core';
import { EXPORT_CELL, EXPORT_FPS, MAX_EXPORT_FRAMES, clampInt, type ExportDraw, type ExportFormat } from '../../render/export/exportOptions';
import { exportFileName } from '../../render/export/exportName';
import { Segmented } from '../grids/Segmented';
import { useApp } from '../hooks/useApp';
import { useExport } from './useExport';

const FORMAT_LABEL: Record<ExportFormat, string> = { gif: 'GIF', svg: 'SVG', zip: 'PNG frames (zip)' };
const DRAW_LABEL: Record<ExportDraw, string> = { values: 'Values', sources: 'Sources', window: 'Just the window' };

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (v: number) => void;
  readonly testId: string;
}

function NumberField({ label, value, min, max, onChange, testId }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  return (
    <span className="export-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value !== '') onChange(clampInt(Number(e.target.value), min, max));
        }}
        onBlur={() => setText(String(value))}
      />
    </span>
  );
}

export function ExportForm({ plan }: { plan: Plan }) {
  const [format, setFormat] = useState<ExportFormat>('gif');
  const [cell, setCell] = useState<number>(EXPORT_CELL.initial);
  const [fps, setFps] = useState<number>(EXPORT_FPS.initial);
  const [chosenDraw, setDraw] = useState<ExportDraw>('values');
  const channel = Math.min(useApp((s) => s.ui.channel), plan.channels - 1);
  const picked = useApp((s) => s.ui.filter);
  const filter = plan.pool ? channel : Math.min(picked, plan.filters - 1);
  const { state, start, cancel } = useExport();
  // A pool's padding copies no cell: no sources to draw (as the page's overlay picker).
  const draws: readonly ExportDraw[] = plan.pool ? ['values', 'window'] : ['values', 'sources', 'window'];
  const draw = draws.includes(chosenDraw) ? chosenDraw : 'values';
  const total = plan.h.out * plan.w.out;
  const frames = Math.min(total, MAX_EXPORT_FRAMES);
  const running = state.kind === 'running';

  return (
    <div className="export-form">
      <Segmented legend="Format" options={['gif', 'svg', 'zip'] as const} value={format} label={(f) => FORMAT_LABEL[f]} onChange={setFormat} testId="export-format" />
      <Segmented legend="Draw" options={draws} value={draw} label={(d) => DRAW_LABEL[d]} onChange={setDraw} testId="export-draw" />
      <div className="export-numbers">
        <NumberField label={`Cell size (px, ${EXPORT_CELL.min}–${EXPORT_CELL.max})`} value={cell} min={EXPORT_CELL.min} max={EXPORT_CELL.max} onChange={setCell} testId="export-cell" />
        <NumberField label={`Frames per second (${EXPORT_FPS.min}–${EXPORT_FPS.max})`} value={fps} min={EXPORT_FPS.min} max={EXPORT_FPS.max} onChange={setFps} testId="export-fps" />
      </div>
      <p className="export-note" data-testid="export-note">
        {total > frames
          ? `This output has ${total} cells: the export holds the first ${frames}, one frame each.`
          : `${frames} frame${frames === 1 ? '' : 's'}, one per output cell${plan.transposed ? ' (the direct picture)' : ''}.`}{' '}
        File: <code>{exportFileName(plan.config, format, channel, filter)}</code>
      </p>
      <div className="export-actions">
        <button type="button" className="export-start" disabled={running} onClick={() => start(plan, { format, cell, fps, draw, channel, filter })}>
          {total > frames ? `Export the first ${frames} frames` : `Export ${FORMAT_LABEL[format]}`}
        </button>
        {running ? (
          <>
            <progress max={state.total || 1} value={state.done} aria-label="Export progress" data-testid="export-progress" />
            <button type="button" onClick={cancel} data-testid="export-cancel">
              Cancel
            </button>
          </>
        ) : null}
      </div>
      <p role="status" className="export-status" data-testid="export-status">
        {state.kind === 'running' ? (state.total > 0 ? `Drawing frame ${state.done} of ${state.total}…` : 'Loading the encoder…') : state.kind === 'idle' ? '' : state.message}
      </p>
    </div>
  );
}
