/** One level of the stack (the input, or a layer's output) with the selected cell's footprint drawn and counted. */
import { useMemo } from 'react';
import { fieldLayout, zoomWindow, type FieldPicture } from '../../../render/netField';
import type { LevelField } from './fieldModel';
import { describeLevel, levelName, paddingDetails, recurrenceText, signed } from './fieldText';
import { FieldCanvas } from './FieldCanvas';

/** Longest side of a level's picture, CSS px. */
const SIDE = 200;

interface Props {
  readonly field: LevelField;
  /** The operation of the layer that made this level (none for the input). */
  readonly op: string | undefined;
  /** True for the last level: the selected cell itself. */
  readonly last: boolean;
}

export function LevelFigure({ field, op, last }: Props) {
  const picture = useMemo<FieldPicture>(() => ({ h: field.h, w: field.w, selected: last }), [field, last]);
  // Below 4 px a cell, the field is a dot on the whole map: show the whole map with the field ringed, and a zoom.
  const zoom = useMemo(() => (fieldLayout(picture, SIDE).cell < 4 ? zoomWindow(picture, 4) : null), [picture]);
  const overview = useMemo<FieldPicture>(() => ({ ...picture, mark: true }), [picture]);
  const name = levelName(field.level, op);
  const [c, h, w] = field.shape;
  const summary = describeLevel(field);
  const details = paddingDetails(field);
  const pads = field.h.before + field.h.after + field.w.before + field.w.after > 0
    ? `padding ${field.h.before}, ${field.h.after}, ${field.w.before}, ${field.w.after} (top, bottom, left, right) added by layer ${field.level + 1}`
    : last ? 'the selected cell' : 'no padding added by the next layer';
  return (
    <figure className="rf-level" data-testid={`rf-level-${field.level}`}>
      <figcaption>
        <span className="rf-level-name">{name}</span> <span className="grid-dims">{`${c}×${h}×${w}`}</span>
        <span className="rf-level-pads">{pads}</span>
      </figcaption>
      {zoom ? (
        <div className="rf-zoom-pair">
          <FieldCanvas picture={overview} maxSide={SIDE} label={`${name}, whole map, the field ringed`} />
          <FieldCanvas picture={picture} maxSide={SIDE} zoom={zoom} label={`${name}, zoomed to the field: ${summary}`} />
          <p className="rf-zoom-note">{`Zoom: rows ${signed(zoom.h.first)}..${signed(zoom.h.first + zoom.h.count - 1)}, columns ${signed(zoom.w.first)}..${signed(zoom.w.first + zoom.w.count - 1)}`}</p>
        </div>
      ) : (
        <FieldCanvas picture={picture} maxSide={SIDE} label={`${name}: ${summary}`} />
      )}
      <p className="rf-level-summary">{summary}</p>
      {details.length > 0 && (
        <ul className="rf-level-details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {field.level > 0 && <p className="rf-level-recurrence">{`After layer ${field.level}: ${recurrenceText(field.field)}`}</p>}
    </figure>
  );
}
