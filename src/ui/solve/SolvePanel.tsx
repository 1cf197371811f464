/**
 * "I need an output of N×M": the paddings and strides that give it for the
 * current input, kernel and dilation (src/core/solve) — for a transposed
 * convolution the crops and output_padding at its stride — each as a link to
 * the modified configuration and a button that applies it. Causal padding
 * has nothing to solve, and the panel says so.
 */
import { useId, useMemo, useState } from 'react';
import type { Axis, Plan } from '../../core';
import { maxTarget, solveSize, type Suggestion } from '../../core';
import { NumberInput } from '../controls/NumberInput';
import { useApp } from '../hooks/useApp';
import { causalNote, namedNoneText, noneText, solveQuestion, solveScope } from './solveScope';
import { SuggestionList } from './SuggestionList';

/** How many suggestions each list shows. */
const CAP = 12;

export function SolvePanel({ plan }: { plan: Plan }) {
  const [wanted, setWanted] = useState<{ h: number; w: number } | null>(null);
  const target = wanted ?? { h: plan.h.out, w: plan.w.out };
  const config = plan.config;
  const view = useApp((s) => s.view);
  const { h: rows, w: cols } = target;
  const solution = useMemo(() => solveSize(config, { h: rows, w: cols }, CAP), [config, rows, cols]);
  const id = useId();
  const causal = causalNote(plan);
  const none = solution.named.length + solution.h.length + solution.w.length === 0;
  const list = (title: string, items: readonly Suggestion[], found: number, what: 'named' | Axis) => (
    <SuggestionList title={title} items={items} found={found} view={view} what={what} target={target} namedNone={namedNoneText(config)} />
  );

  return (
    <details className="panel solve" data-testid="solve-panel">
      <summary>
        <h2>Solve for a size</h2>
        <span className="solve-teaser">{solveQuestion(config)}</span>
      </summary>
      <form className="solve-form" onSubmit={(e) => e.preventDefault()} aria-describedby={`${id}-help`}>
        <span className="solve-label">I need an output of</span>
        <span className="solve-size">
          <NumberInput id={`${id}-h`} label="Wanted output height (rows)" value={target.h} min={1} max={maxTarget(config.op)} onChange={(h) => setWanted({ ...target, h })} />
          <span aria-hidden="true">×</span>
          <NumberInput id={`${id}-w`} label="Wanted output width (columns)" value={target.w} min={1} max={maxTarget(config.op)} onChange={(w) => setWanted({ ...target, w })} />
        </span>
        <span id={`${id}-help`} className="solve-help">
          {solveScope(config)}
        </span>
      </form>
      {causal ? (
        <p className="solve-other" data-testid="solve-causal">
          {causal}
        </p>
      ) : null}
      <div aria-live="polite">
        {none ? (
          <p className="solve-none" data-testid="solve-none">
            {noneText(config, target)}
          </p>
        ) : (
          <div className="solve-lists">
            {list('Named padding (both axes)', solution.named, solution.found.named, 'named')}
            {list(`Rows: height ${target.h}`, solution.h, solution.found.h, 'h')}
            {list(`Columns: width ${target.w}`, solution.w, solution.found.w, 'w')}
          </div>
        )}
      </div>
    </details>
  );
}
