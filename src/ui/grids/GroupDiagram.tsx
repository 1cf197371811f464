/**
 * The grouping of a grouped convolution or transposed convolution drawn
 * (design.md, `g`): input channels on the left, filters on the right, a line
 * where a filter reads a channel. The picked filter's lines are emphasised.
 * The same facts in words beside it (the drawing is decorative for screen
 * readers): each group's channels and filters, and "depthwise" when g = C = F.
 */
import type { Plan } from '../../core';
import { channelsOfFilter, filterGroup, filtersOfChannel, groupsOf, isDepthwise, membersText } from './groups';

const ROW = 22;
const WIDTH = 150;
const NODE_X = { c: 26, f: WIDTH - 26 } as const;

/** The groups in words: "group 0: channels 0–1 → filters 0–1". */
export function groupLines(plan: Plan): string[] {
  const g = groupsOf(plan);
  return Array.from({ length: g }, (_, group) => {
    // The first filter of each group names its channels; the channels' filters name the rest.
    const f = Array.from({ length: plan.filters }, (_, i) => i).find((i) => filterGroup(plan, i) === group) ?? 0;
    const channels = channelsOfFilter(plan, f);
    const filters = filtersOfChannel(plan, channels[0] ?? 0);
    return `group ${group}: ${membersText(channels, 'channel', 'channels')} → ${membersText(filters, 'filter', 'filters')}`;
  });
}

export function GroupDiagram({ plan, filter }: { plan: Plan; filter: number }) {
  const g = groupsOf(plan);
  if (g === 1) return null;
  const C = plan.channels;
  const F = plan.filters;
  const rows = Math.max(C, F);
  const height = rows * ROW + 8;
  const y = (i: number, count: number) => 4 + ROW / 2 + ((rows - count) * ROW) / 2 + i * ROW;
  const picked = filterGroup(plan, filter);
  const links = Array.from({ length: F }, (_, f) => channelsOfFilter(plan, f).map((c) => ({ f, c }))).flat();
  return (
    <figure className="group-diagram" data-testid="group-diagram">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} aria-hidden="true" focusable="false">
        {links.map(({ f, c }) => (
          <line
            key={`${f}-${c}`}
            x1={NODE_X.c + 12}
            y1={y(c, C)}
            x2={NODE_X.f - 12}
            y2={y(f, F)}
            className={f === filter ? 'group-link group-link-picked' : filterGroup(plan, f) === picked ? 'group-link group-link-group' : 'group-link'}
          />
        ))}
        {Array.from({ length: C }, (_, c) => (
          <g key={`c${c}`} className="group-node">
            <rect x={NODE_X.c - 12} y={y(c, C) - 9} width={24} height={18} rx={3} />
            <text x={NODE_X.c} y={y(c, C) + 4}>c{c}</text>
          </g>
        ))}
        {Array.from({ length: F }, (_, f) => (
          <g key={`f${f}`} className={f === filter ? 'group-node group-node-picked' : 'group-node'}>
            <rect x={NODE_X.f - 12} y={y(f, F) - 9} width={24} height={18} rx={3} />
            <text x={NODE_X.f} y={y(f, F) + 4}>f{f}</text>
          </g>
        ))}
      </svg>
      <figcaption>
        <strong>
          {g} groups{isDepthwise(plan) ? ' — depthwise (g = C = F): each channel has its own filter' : ''}
        </strong>
        <ul>
          {groupLines(plan).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <span className="grid-note">Weights across groups are 0: a filter never reads another group's channels.</span>
      </figcaption>
    </figure>
  );
}
