/**
 * The one click into the compare view from the other views: the current
 * layer under TF SAME (A) against PyTorch's literal padding=k//2 (B); its
 * label says what B gets, and with a dilation what d*(k−1)//2 would be
 * (tfSameVsTorchLabel). The view switcher's "Compare" opens it with B a copy of A.
 */
import type { Config } from '../../core';
import { useApp } from '../hooks/useApp';
import { COMPARE_TITLE_ID, showTfSameVsTorch } from './compareState';
import { tfSameVsTorchLabel } from './tfSameVsTorchLabel';

/**
 * The launcher is not shown in the compare view, so the button that had focus
 * disappears with the click: focus would fall to the page's start. It goes to
 * the compare view's heading instead, once that view has rendered.
 */
function openCompare(config: Config): void {
  showTfSameVsTorch(config);
  requestAnimationFrame(() => document.getElementById(COMPARE_TITLE_ID)?.focus());
}

export function CompareLaunch() {
  const config = useApp((s) => s.config);
  const view = useApp((s) => s.view.view);
  if (view === 'compare') return null;
  const label = tfSameVsTorchLabel(config);
  return (
    <div className="compare-launch">
      <button type="button" onClick={() => openCompare(config)} title={label.title}>
        {label.text}
      </button>
    </div>
  );
}
