/** Shown in the single-layer view while a network layer is open there: which layer, and the way back. */
import { useApp } from '../hooks/useApp';

// The network's actions (and its derivation) load on the click: a page opened on one layer needs none of it first.
const goBack = () => void import('../../state/netActions').then((m) => m.backToNetwork());

export function OpenLayerBanner() {
  const layer = useApp((s) => s.view.layer);
  const back = useApp((s) => s.view.back);
  if (layer < 1 || !back) return null;
  return (
    <div className="open-layer-banner" role="region" aria-label="Network layer">
      <p>
        {`Layer ${layer} of a network, open on its own: its input is the output of the layer before. Edits here apply to layer ${layer} when you go back.`}
      </p>
      <button type="button" onClick={goBack}>
        Back to the network
      </button>
    </div>
  );
}
