/** "Add layer": an operation choice (the field table's labels) and the button that appends it; refused past MAX_LAYERS, saying so. */
import { useState } from 'react';
import { MAX_LAYERS, OPERATION_LABEL, OPERATIONS, type Operation } from '../../core';
import { addLayer } from '../../state/netActions';
import { Select } from '../controls/Select';

interface Props {
  readonly count: number;
  /** The id of the button (focus lands there when the last layer is removed). */
  readonly id: string;
  /** Called with the number of the new layer, so its row's operation select can take focus. */
  readonly onAdded: (index: number) => void;
}

export function AddLayer({ count, id, onAdded }: Props) {
  const [op, setOp] = useState<Operation>('conv');
  const full = count >= MAX_LAYERS;
  return (
    <div className="net-add" role="group" aria-label="Add a layer">
      <label htmlFor={`${id}-op`}>New layer</label>
      <Select id={`${id}-op`} value={op} options={OPERATIONS} labels={OPERATION_LABEL} onChange={setOp} />
      <button
        type="button"
        id={id}
        disabled={full}
        onClick={() => {
          if (addLayer(op)) onAdded(count + 1);
        }}
      >
        Add layer
      </button>
      {full ? <span className="net-hint">{`A network holds at most ${MAX_LAYERS} layers.`}</span> : null}
    </div>
  );
}
