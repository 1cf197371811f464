/**
 * The compare view (`view=compare`): configuration A (the main config) and B
 * (`view.b`, its own query string) side by side, and the cell-by-cell
 * difference of their outputs. No props: it reads the store.
 */
import { useEffect, useId } from 'react';
import { planOf } from '../../state/planCache';
import { setConfig, setUi, setView } from '../../state/store';
import { BackendBadge } from '../BackendBadge';
import { clampIndex } from '../grids/hover';
import { useApp } from '../hooks/useApp';
import { COMPARE_TITLE_ID, editB, encodeB, readB, showPair, swapAB, takeTitleFocusRequest } from './compareState';
import { CompareDiffPanel } from './CompareDiffPanel';
import { sharedGridNoun } from './compareWords';
import { SideCard } from './SideCard';
import { offeredFor } from './oneClick';

const capitalize = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

export function CompareView() {
  const a = useApp((s) => s.config);
  const bQuery = useApp((s) => s.view.b);
  const hide = useApp((s) => s.view.hide);
  const pickedFilter = useApp((s) => s.ui.filter);
  const b = readB(bQuery, a);
  const planA = planOf(a);
  const planB = planOf(b.config);
  const filterId = useId();
  // Opened without a B (the view switcher, a bare `view=compare` link): B starts as
  // a copy of A and stays put, instead of following A's edits.
  useEffect(() => {
    if (bQuery === null) setView({ b: encodeB(a) });
  }, [bQuery, a]);
  // Opened from the header's launcher, whose button is gone now: focus the heading (CompareLaunch).
  useEffect(() => {
    if (takeTitleFocusRequest()) document.getElementById(COMPARE_TITLE_ID)?.focus();
  }, []);
  const filters = planA.ok && planB.ok ? Math.min(planA.filters, planB.filters) : 1;
  const noun = sharedGridNoun(a, b.config);
  const filter = clampIndex(pickedFilter, filters);

  return (
    <div className="compare" data-testid="compare-view">
      <div className="panel compare-head">
        {/* tabIndex -1: the header's launcher vanishes in this view and hands focus here (CompareLaunch). */}
        <h2 id={COMPARE_TITLE_ID} tabIndex={-1}>
          Compare two configurations
        </h2>
        <p className="compare-intro">
          A is the main configuration; B is a second one kept in the link. Change either below: the difference of their outputs updates at once.
        </p>
        <div className="compare-actions">
          <button type="button" onClick={() => swapAB(a, b.config)}>
            Swap A/B
          </button>
          {offeredFor(a).map((oneClick) => {
            const label = oneClick.label(a);
            return (
              <button key={oneClick.id} type="button" onClick={() => showPair(oneClick.pair(a))} title={label.title}>
                {label.text}
              </button>
            );
          })}
          {filters > 1 ? (
            <span className="compare-filter">
              <label htmlFor={filterId}>{capitalize(noun)}</label>
              <select id={filterId} value={filter} onChange={(e) => setUi({ filter: Number(e.target.value) })}>
                {Array.from({ length: filters }, (_, f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </span>
          ) : null}
        </div>
      </div>
      <div className="compare-sides">
        <SideCard side="A" config={a} plan={planA} hide={hide} onChange={setConfig}>
          {planA.ok ? <BackendBadge plan={planA} /> : null}
        </SideCard>
        <SideCard side="B" config={b.config} plan={planB} notices={b.notices} hide={hide} onChange={(patch) => editB(b.config, patch)} />
      </div>
      {planA.ok && planB.ok ? (
        <CompareDiffPanel a={planA} b={planB} filter={filter} noun={noun} />
      ) : (
        <p className="panel compare-cannot">The outputs cannot be compared until both configurations can run (see the reason above).</p>
      )}
    </div>
  );
}
