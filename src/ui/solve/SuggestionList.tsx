/**
 * One list of size suggestions: each a link (`?` + formatQuery of the
 * changed state, so it can be opened in a new tab or shared) and an Apply
 * button (writes the store). Labels are plain text built from numbers.
 */
import type { Axis } from '../../core';
import type { AxisOption, Suggestion } from '../../core';
import { setConfig } from '../../state/store';
import { formatQuery } from '../../state/urlCodec';
import type { ViewSettings } from '../../state/urlState';

interface Props {
  readonly title: string;
  readonly items: readonly Suggestion[];
  readonly found: number;
  readonly view: ViewSettings;
  readonly what: 'named' | Axis;
  readonly target: { readonly h: number; readonly w: number };
}

const SIDE_NAMES: Record<Axis, [string, string, string]> = { h: ['top', 'bottom', 'row'], w: ['left', 'right', 'column'] };

function axisText(axis: Axis, o: AxisOption): string {
  const [before, after] = SIDE_NAMES[axis];
  const pads = o.before === o.after ? `pad ${o.before} each side` : `pad ${before} ${o.before}, ${after} ${o.after}`;
  return `${pads}, stride ${o.s}`;
}

/** "floor drops 1 row" when the stride leaves trailing padded cells unread. */
function droppedText(axis: Axis, o: AxisOption): string {
  return o.dropped > 0 ? `floor drops ${o.dropped} ${SIDE_NAMES[axis][2]}${o.dropped > 1 ? 's' : ''}` : '';
}

/** What a suggestion does, in words; `other` says what the other axis becomes, `note` what floor drops. */
export function describe(s: Suggestion): { main: string; other: string; note: string } {
  if (s.kind === 'named') {
    const st = s.config.stride;
    return { main: `${s.pad ?? ''}, stride ${st.h === st.w ? st.h : `${st.h}×${st.w}`}`, other: `pads T,B,L,R ${s.h.before},${s.h.after},${s.w.before},${s.w.after}`, note: '' };
  }
  const other: Axis = s.kind === 'h' ? 'w' : 'h';
  return { main: axisText(s.kind, s[s.kind]), other: `${other === 'h' ? 'rows' : 'columns'}: ${axisText(other, s[other])}`, note: droppedText(s.kind, s[s.kind]) };
}

export function SuggestionList({ title, items, found, view, what, target }: Props) {
  return (
    <section className="solve-list" aria-label={title}>
      <h3>{title}</h3>
      {what !== 'named' && items[0] ? <p className="solve-other">{`Each comes with ${describe(items[0]).other.replace(':', '')}, so the whole output is ${target.h}×${target.w}.`}</p> : null}
      {items.length === 0 ? (
        <p className="solve-none">
          {what === 'named'
            ? 'No named spec (valid, same, same-lower, full, half) gives this size with strides 1..8.'
            : `Nothing gives ${what === 'h' ? `${target.h} rows` : `${target.w} columns`} (or the other axis has no option).`}
        </p>
      ) : (
        <ol>
          {items.map((s, i) => {
            const text = describe(s);
            return (
              <li key={i} className={s.current ? 'solve-current' : undefined}>
                <a href={`?${formatQuery({ config: s.config, view })}`} data-testid="solve-link">
                  {text.main}
                </a>
                {s.kind === 'named' ? <span className="solve-other">{` · ${text.other}`}</span> : null}
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
      {found > items.length ? <p className="solve-more">{`${found - items.length} more with more padding or larger strides not shown.`}</p> : null}
    </section>
  );
}
