/** The network view (`view=net`): a stack of layers with shapes, skip pairs and receptive fields. */
import { ReceptiveField } from './ReceptiveField';
import { PasteModel } from './PasteModel';

export function NetView() {
  return (
    <div className="net-view">
      <h2>Network</h2>
      <ReceptiveField />
      <PasteModel />
    </div>
  );
}
