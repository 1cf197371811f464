/**
 * One row of the layer table: the layer's number, operation and settings,
 * what core derived for it (shapes, pads, marks, receptive field), and its
 * actions. A layer that cannot run says why in an alert; the rows after it
 * say they were not derived, so no row shows a stale shape.
 */
import { OPERATION_LABEL, type NetLayer, type NetLayerPlan } from '../../core';
import { moveLayer, openLayer, removeLayer } from '../../state/netActions';
import { LayerEditors, LayerOperation } from './LayerEditors';
import { fieldText, layerMarks, padsText, shapeText } from './layerWords';
import { layerFields } from './netFields';

/** What core says about the row: its derivation, the reason it cannot run, or the layer before it that stopped the derivation. */
export type RowStatus = { kind: 'derived'; plan: NetLayerPlan } | { kind: 'failed'; message: string } | { kind: 'after'; failed: number };

interface Props {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  readonly layer: NetLayer;
  readonly status: RowStatus;
  readonly hide: readonly string[];
  /** Element ids prefix, for focus after a move or a removal. */
  readonly idBase: string;
  /** Called before a move or removal with the id to focus once the table has re-rendered. */
  readonly onFocusAfter: (id: string) => void;
}

/** The id of one of a row's controls (`op`, `up`, `down`, `remove`). */
export const rowControlId = (base: string, index: number, part: string) => `${base}-${index}-${part}`;

function Derived({ plan }: { plan: NetLayerPlan }) {
  const marks = layerMarks(plan);
  const field = fieldText(plan);
  return (
    <>
      <td className="net-shape" data-label="Shape">
        <span className="net-shape-in">{shapeText(plan.in)}</span>
        <span aria-hidden="true"> →</span>
        <span className="visually-hidden"> to </span>
        <strong className="net-shape-out" data-testid={`net-out-${plan.index}`}>{shapeText(plan.out)}</strong>
      </td>
      <td className="net-pads" data-label="Pads">{padsText(plan)}</td>
      <td className="net-marks" data-label="Rounding">
        {marks.length === 0 ? (
          <span className="net-clean">—</span>
        ) : (
          marks.map((m) => (
            <span key={m} className="net-mark">
              {m}
            </span>
          ))
        )}
      </td>
      <td className="net-rf" data-label="rf · jump · start">{field ? `${field.rf} · ${field.jump} · ${field.start}` : <span title="A transposed convolution spreads each input cell over a window: the recurrence stops there">n/a after convt</span>}</td>
    </>
  );
}

export function LayerRow({ index, count, layer, status, hide, idBase, onFocusAfter }: Props) {
  const shown = layerFields(layer, hide);
  // `hide=op` may hide the operation select: then the row shows the operation's name instead.
  const opField = shown.find((f) => f.key === 'op');
  const fields = shown.filter((f) => f.key !== 'op');
  const id = (part: string) => rowControlId(idBase, index, part);
  const move = (by: -1 | 1) => {
    const to = index + by;
    // Follow the layer: the same button in its new row, or the other one where that one is disabled.
    const part = by < 0 ? (to > 1 ? 'up' : 'down') : to < count ? 'down' : 'up';
    onFocusAfter(rowControlId(idBase, to, part));
    moveLayer(index, by);
  };
  const remove = () => {
    onFocusAfter(count > 1 ? rowControlId(idBase, Math.min(index, count - 1), 'remove') : `${idBase}-add`);
    removeLayer(index);
  };
  return (
    <tr className={`net-row net-row-${status.kind}`} data-testid={`net-layer-${index}`}>
      <th scope="row">{index}</th>
      <td className="net-op">
        {opField ? <LayerOperation index={index} layer={layer} field={opField} id={id('op')} /> : OPERATION_LABEL[layer.op]}
        <div className="net-actions">
          <button type="button" id={id('open')} onClick={() => openLayer(index)} aria-label={`Open layer ${index} in the single-layer view`} title="Edit this layer with every control of the grid view, then come back">
            Open
          </button>
          <button type="button" id={id('up')} disabled={index === 1} onClick={() => move(-1)} aria-label={`Move layer ${index} up`}>
            Up
          </button>
          <button type="button" id={id('down')} disabled={index === count} onClick={() => move(1)} aria-label={`Move layer ${index} down`}>
            Down
          </button>
          <button type="button" id={id('remove')} onClick={remove} aria-label={`Remove layer ${index}`}>
            Remove
          </button>
        </div>
      </td>
      <td className="net-settings">
        <LayerEditors index={index} layer={layer} fields={fields} />
      </td>
      {status.kind === 'derived' ? (
        <Derived plan={status.plan} />
      ) : (
        <td colSpan={4} className="net-not-derived">
          {status.kind === 'failed' ? (
            <p role="alert" className="net-failure" data-testid="net-invalid">
              {`Layer ${index} cannot run: ${status.message}`}
            </p>
          ) : (
            <p>{`Not derived: layer ${status.failed} cannot run, so this layer has no input shape.`}</p>
          )}
        </td>
      )}
    </tr>
  );
}
