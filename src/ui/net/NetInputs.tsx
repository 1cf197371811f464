/** The network's input: size (to 512), channels (to 256), the seed of its input and weights, and whose rules apply. */
import { setConfig } from '../../state/store';
import { LayerFields } from '../controls/ControlsPanel';
import { useApp } from '../hooks/useApp';
import { INPUT_FIELDS } from './netFields';

export function NetInputs() {
  const config = useApp((s) => s.config);
  const hide = useApp((s) => s.view.hide);
  return (
    <section className="panel net-inputs" aria-labelledby="net-inputs-title">
      <h2 id="net-inputs-title">Network input</h2>
      <div className="control-grid">
        <LayerFields fields={INPUT_FIELDS} config={config} hide={hide} onChange={setConfig} />
      </div>
    </section>
  );
}
