/**
 * Embed mode (`embed=1`): the grids, the step-through and the data contract
 * only — no header, controls or footer — and a link "Open in Padlab" to the
 * same configuration in the full view, in a new tab. Made to sit in an
 * iframe on a course page, sandboxed or not (urlSync and the engine carry
 * on when storage, history or a worker are refused there).
 */
import { useApp, usePlan } from '../hooks/useApp';
import { DataPanel } from '../DataPanel';
import { ErrorBoundary } from '../ErrorBoundary';
import { GridsPanel } from '../grids/GridsPanel';
import { Notices } from '../Notices';
import { StepThrough } from '../step/StepThrough';
import { viewUrl } from './embedLinks';

function OpenLink() {
  const config = useApp((s) => s.config);
  const view = useApp((s) => s.view);
  return (
    <a className="embed-open" href={viewUrl(window.location.href, config, view, false)} target="_blank" rel="noopener" data-testid="embed-open">
      Open in Padlab
    </a>
  );
}

export function EmbedView() {
  const plan = usePlan();
  return (
    <main className="embed" data-testid="embed">
      <div className="embed-head">
        <h1 className="embed-title">
          Padlab{plan.ok ? <> · output <span data-testid="output-shape">{`${plan.h.out}×${plan.w.out}`}</span></> : null}
        </h1>
        <OpenLink />
      </div>
      <Notices />
      {plan.ok ? (
        <>
          <ErrorBoundary panel="the grids" resetKey={plan}>
            <section className="panel results embed-grids" aria-label="Grids">
              <GridsPanel plan={plan} />
            </section>
          </ErrorBoundary>
          <ErrorBoundary panel="the step-through" resetKey={plan}>
            <StepThrough plan={plan} />
          </ErrorBoundary>
          <DataPanel plan={plan} />
        </>
      ) : (
        <div role="alert" className="invalid" data-testid="invalid">
          <h2>This configuration cannot run</h2>
          <p>{plan.message}</p>
        </div>
      )}
    </main>
  );
}
