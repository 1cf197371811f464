/**
 * "Teacher: choose the questions": the seed, the operations and the question
 * kinds, written to the URL at once (qseed, qops, qkinds) so the page and
 * the link below both fix them; a Copy button for the link. An empty list
 * means every operation or kind, so "all checked" is stored as empty.
 */
import { useId, useState } from 'react';
import { DEFAULT_CONFIG, LIMITS, OPERATION_LABEL, OPERATIONS, QUESTION_KIND_LABEL, QUESTION_KINDS } from '../../core';
import { setView } from '../../state/store';
import { formatQuery } from '../../state/urlCodec';
import { DEFAULT_VIEW } from '../../state/urlState';
import { copyText } from '../share/copyText';

interface Props {
  readonly seed: number;
  readonly ops: readonly string[];
  readonly kinds: readonly string[];
}

/** The link that opens this quiz with these questions (the explorer's own settings left at their defaults). */
export function quizLink(seed: number, ops: readonly string[], kinds: readonly string[], loc: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  const query = formatQuery({ config: DEFAULT_CONFIG, view: { ...DEFAULT_VIEW, view: 'quiz', qseed: seed, qops: ops, qkinds: kinds } });
  return `${loc.origin}${loc.pathname}?${query}`;
}

/** The new list after (un)checking `name`, in the schema's order; all checked is stored as empty. */
function toggled(all: readonly string[], list: readonly string[], name: string, on: boolean): string[] {
  const current = list.length ? list : all;
  const next = all.filter((n) => (n === name ? on : current.includes(n)));
  return next.length === all.length ? [] : next;
}

function Choices({ legend, all, labels, list, onChange }: { legend: string; all: readonly string[]; labels: Readonly<Record<string, string>>; list: readonly string[]; onChange: (l: string[]) => void }) {
  return (
    <fieldset className="quiz-choices">
      <legend>{legend}</legend>
      {all.map((name) => (
        <label key={name}>
          <input type="checkbox" checked={list.length === 0 || list.includes(name)} onChange={(e) => onChange(toggled(all, list, name, e.target.checked))} /> {labels[name]}
        </label>
      ))}
    </fieldset>
  );
}

export function TeacherPanel({ seed, ops, kinds }: Props) {
  const id = useId();
  const [status, setStatus] = useState('');
  const link = quizLink(seed, ops, kinds);
  const copy = async () => {
    setStatus((await copyText(link)) ? 'Link copied' : 'Could not copy: select the link and press Ctrl+C (⌘C on a Mac).');
  };
  return (
    <details className="panel quiz-teacher" data-testid="quiz-teacher">
      <summary>Teacher: choose the questions and share them</summary>
      <div className="quiz-teacher-body">
        <label htmlFor={`${id}-seed`}>Seed</label>{' '}
        <input
          id={`${id}-seed`}
          type="number"
          min={LIMITS.seed.min}
          max={LIMITS.seed.max}
          value={seed}
          onChange={(e) => {
            const v = Math.trunc(Number(e.target.value));
            if (Number.isFinite(v) && v >= LIMITS.seed.min && v <= LIMITS.seed.max) setView({ qseed: v });
          }}
        />
        <Choices legend="Operations" all={OPERATIONS} labels={OPERATION_LABEL} list={ops} onChange={(l) => setView({ qops: l })} />
        <Choices legend="Question kinds" all={QUESTION_KINDS} labels={QUESTION_KIND_LABEL} list={kinds} onChange={(l) => setView({ qkinds: l })} />
        <p className="quiz-hint">Unchecking every box of a group asks about all of it.</p>
        <label htmlFor={`${id}-link`}>Link to these questions</label>
        <div className="quiz-link-row">
          <input id={`${id}-link`} type="text" readOnly value={link} data-testid="quiz-link" onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>
        </div>
        <p role="status" className="quiz-copy-status">
          {status}
        </p>
      </div>
    </details>
  );
}
