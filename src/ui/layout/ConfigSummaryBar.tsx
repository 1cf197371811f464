/**
 * The phone layout's sticky bar (styles.css, "phone, pwa"): the current layer
 * in one line, `conv 5×5 k3 s1 same zeros → 5×5`, and an Edit button. On a
 * phone the controls follow the results, so the bar says what the grids show
 * and takes you to the controls; on a wide screen the controls sit beside the
 * grids and the bar is not shown.
 */
import type { PlanResult } from '../../core';
import { useApp } from '../hooks/useApp';
import { configSummary } from './configSummary';

/** Scrolls to the Layer panel and puts the focus on its first control. */
function editControls(): void {
  const panel = document.getElementById('controls-title')?.closest('section');
  if (!panel) return;
  // A jump, not a smooth scroll: the panels on the way (content-visibility: auto) take their real height as a
  // smooth scroll passes them, and the scroll ended a screen or more away from the controls.
  panel.scrollIntoView({ block: 'start' });
  panel.querySelector<HTMLElement>('input, select, button')?.focus({ preventScroll: true });
}

export function ConfigSummaryBar({ plan }: { plan: PlanResult }) {
  const config = useApp((s) => s.config);
  return (
    <div className="config-summary">
      <p className="config-summary-text" data-testid="config-summary">
        {configSummary(config, plan)}
      </p>
      <button type="button" className="config-summary-edit" aria-label="Edit the layer" onClick={editControls}>
        Edit
      </button>
    </div>
  );
}
