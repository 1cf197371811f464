/** One level of the stack (the input, or a layer's output) with the selected cell's footprint drawn and counted. */
import { useMemo } from 'react';
import type { FieldPicture } from '../../../render/netField';
import type { LevelField } from './fieldModel';
import { describeLevel, levelName, paddingDetails, recurrenceText } from './fieldText';
import { FieldCanvas } from './FieldCanvas';

interface Props {
  readonly field: LevelField;
  /** The operation of the layer that made this level (none for the input). */
  readonly op: string | undefined;
  /** True for the last level: the selected cell itself. */
  readonly last: boolean;
}

export function LevelFigure({ field, op, last }: Props) {
  const picture = useMemo<FieldPicture>(() => ({ h: field.h, w: field.w, selected: last }), [field, last]);
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
      <FieldCanvas picture={picture} maxSide={200} label={`${name}: ${summary}`} />
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
