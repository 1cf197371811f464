/**
 * The network at a glance, under the table: its output shape and the layers
 * where `floor` drops cells; when some do (and no skip pair already offers
 * them), the nearest input sizes for which nothing is dropped.
 */
import { checkSkips, netOutput, type NetPlan } from '../../core';
import { CleanInputs } from './CleanInputs';
import { shapeText } from './layerWords';

export function NetSummary({ net }: { net: NetPlan }) {
  const out = netOutput(net);
  if (!out || net.layers.length === 0) return null;
  const dropping = net.layers.filter((l) => l.dropped.h > 0 || l.dropped.w > 0).map((l) => l.index);
  // The skip panel offers the sizes itself when a pair disagrees: one list on the page, not two.
  const skipOffers = checkSkips(net).some((c) => !c.matches && c.from && c.to);
  return (
    <div className="net-summary" data-testid="net-summary">
      <p>
        {`Output ${shapeText(out)} after ${net.layers.length} layer${net.layers.length === 1 ? '' : 's'}. `}
        {dropping.length === 0 ? 'No layer drops a row or column.' : `At layer${dropping.length === 1 ? '' : 's'} ${dropping.join(', ')}, floor drops rows or columns (marked in the table).`}
      </p>
      {dropping.length > 0 && !skipOffers ? <CleanInputs network={net.network} /> : null}
    </div>
  );
}
