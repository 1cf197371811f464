/**
 * One list of size suggestions: each a link (`?` + formatQuery of the
 * changed state, so it can be opened in a new tab or shared) and an Apply
 * button (writes the store). Labels are plain text built from numbers.
 */
import type { Axis, Suggestion } from '../../core';
import { setConfig } from '../../state/store';
import { formatQuery } from '../../state/urlCodec';
import type { ViewSettings } from '../../state/urlState';
import { describe } from './suggestionText';

interface Props {
  readonly title: string;
  readonly items: readonly Suggestion[];
  readonly found: number;
  readonly view: ViewSettings;
  readonly what: 'named' | Axis;
  readonly target: { readonly h: number; readonly w: number };
  /** What the named list says when it is empty (solveScope's namedNoneText). */
  readonly namedNone: string;
}

export function SuggestionList({ title, items, found, view, what, target, namedNone }: Props) {
  const texts = items.map(describe);
  // One line for the other axis when every item keeps the same one; a pool's ceil_mode
  // options take another (the flag is one for both axes), so each item then says its own.
  const others = new Set(texts.map((t) => t.other));
  const shared = what !== 'named' && others.size === 1 ? texts[0]?.other : undefined;
  return (
    <section className="solve-list" aria-label={title}>
      <h3>{title}</h3>
      {shared ? <p className="solve-other">{`Each comes with ${shared.replace(':', '')}, so the whole output is ${target.h}×${target.w}.`}</p> : null}
      {items.length === 0 ? (
        <p className="solve-none">
          {what === 'named'
            ? namedNone
            : `Nothing gives ${what === 'h' ? `${target.h} rows` : `${target.w} columns`} (or the other axis has no option).`}
        </p>
      ) : (
        <ol>
          {items.map((s, i) => {
            const text = texts[i] ?? describe(s);
            return (
              <li key={i} className={s.current ? 'solve-current' : undefined}>
                <a href={`?${formatQuery({ config: s.config, view })}`} data-testid="solve-link">
                  {text.main}
                </a>
                {shared ? null : <span className="solve-other">{` · ${text.other}`}</span>}
                {text.note ? <span className="solve-other">{` (${text.note})`}</span> : null}
                {s.current ? (
                  <span className="badge solve-current-badge">current</span>
                ) : (
                  <button type="button" className="solve-apply" onClick={() => setConfig(s.config)} aria-label={`Apply ${text.main}${text.note ? ` (${text.note})` : ''}; ${text.other}`}>
                    Apply
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {found > items.length ? <p className="solve-more">{`${found - items.length} more with more padding${what === 'named' ? '' : ' or larger strides'} not shown.`}</p> : null}
    </section>
  );
}
