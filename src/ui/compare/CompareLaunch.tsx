/**
 * The one click into the compare view from the other views: the current
 * layer under TF SAME (A) against PyTorch padding=k//2 (B). The view
 * switcher's "Compare" opens it with B a copy of A.
 */
import { useApp } from '../hooks/useApp';
import { showTfSameVsTorch } from './compareState';

export function CompareLaunch() {
  const config = useApp((s) => s.config);
  const view = useApp((s) => s.view.view);
  if (view === 'compare') return null;
  return (
    <div className="compare-launch">
      <button type="button" onClick={() => showTfSameVsTorch(config)} title="A: TF/Keras padding='same'. B: the same layer in PyTorch with padding=k//2 per side.">
        TF SAME vs PyTorch padding=k//2
      </button>
    </div>
  );
}
