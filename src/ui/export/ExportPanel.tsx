/**
 * "Export the step-through": a disclosure under the step-through (none in
 * embed mode). Its form (ExportForm) and the export code load only when it
 * is opened and started, so they cost the first page load nothing.
 */
import { lazy, Suspense, useState } from 'react';
import type { Plan } from '../../core';
import { useApp } from '../hooks/useApp';

const ExportForm = lazy(() => import('./ExportForm').then((m) => ({ default: m.ExportForm })));

/** The export disclosure of the step-through (none in embed mode); the form exists (and loads) only once opened. */
export function ExportPanel({ plan }: { plan: Plan }) {
  const [open, setOpen] = useState(false);
  // An embedded figure stays compact: exports are made from the full view.
  if (useApp((s) => s.view.embed)) return null;
  return (
    <details className="export-step" data-testid="export" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Export the step-through (GIF, SVG, PNG frames)</summary>
      {open ? (
        <Suspense fallback={<p role="status">Loading the export…</p>}>
          <ExportForm plan={plan} />
        </Suspense>
      ) : null}
    </details>
  );
}
