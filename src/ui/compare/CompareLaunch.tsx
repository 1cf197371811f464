/**
 * The one click into the compare view from the other views, for the
 * layer's kind (oneClick.ts): a convolution gets TF SAME (A) against
 * PyTorch's literal padding=k//2 (B), its label saying what B gets and,
 * with a dilation, what d*(k−1)//2 would be (tfSameVsTorchLabel); a max
 * pool gets PyTorch ceil_mode=True against TF SAME, an average pool
 * PyTorch count_include_pad=True against TF SAME. The view switcher's
 * "Compare" opens the view with B a copy of A.
 */
import type { Config } from '../../core';
import { useApp } from '../hooks/useApp';
import { requestTitleFocus, showPair } from './compareState';
import { launcherFor, type OneClick } from './oneClick';

/**
 * The launcher is not shown in the compare view, so the button that had focus
 * disappears with the click: focus would fall to the page's start. It goes to
 * the compare view's heading instead, once that (lazily loaded) view has mounted.
 */
function openCompare(oneClick: OneClick, config: Config): void {
  requestTitleFocus();
  showPair(oneClick.pair(config));
}

export function CompareLaunch() {
  const config = useApp((s) => s.config);
  const view = useApp((s) => s.view.view);
  if (view === 'compare') return null;
  const oneClick = launcherFor(config);
  const label = oneClick.label(config);
  return (
    <div className="compare-launch">
      <button type="button" onClick={() => openCompare(oneClick, config)} title={label.title}>
        {label.text}
      </button>
    </div>
  );
}
