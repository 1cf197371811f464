/** The read model line by line: each layer with the shape after it, shape-keeping layers greyed, where the list stops. */
import type { Shape } from '../../../core';
import type { PastedNetwork, PreviewRow } from './modelNetwork';

const shapeText = (s: Shape | null) => (s ? `${s[0]}×${s[1]}×${s[2]}` : 'no shape (an earlier layer cannot run)');

function Row({ row }: { row: PreviewRow }) {
  switch (row.kind) {
    case 'layer':
      return (
        <li className="paste-row paste-layer" data-kind="layer">
          <span className="paste-line">{`Line ${row.line}`}</span> <span className="paste-name">{`layer ${row.index}: ${row.label}`}</span> →{' '}
          <span className="paste-shape">{row.problem ? 'cannot run' : shapeText(row.shape)}</span>
          {row.problem && <p className="paste-problem">{row.problem}</p>}
          {row.notes.length > 0 && (
            <ul className="paste-notes">
              {row.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </li>
      );
    case 'passthrough':
      return (
        <li className="paste-row paste-passthrough" data-kind="passthrough">
          <span className="paste-line">{`Line ${row.line}`}</span> {`${row.label} — keeps the shape`}
          {row.shape ? ` (${shapeText(row.shape)})` : ''}
        </li>
      );
    case 'end':
      return (
        <li className="paste-row paste-end" data-kind="end">
          {`Stops at ${row.label} (line ${row.line}): the network view shows the convolutional part.`}
        </li>
      );
    case 'left-out':
      return (
        <li className="paste-row paste-passthrough" data-kind="left-out">
          <span className="paste-line">{`Line ${row.line}`}</span> {`${row.label} — left out (past the network view's layer limit)`}
        </li>
      );
  }
}

export function PastePreview({ net, style }: { net: PastedNetwork; style: string }) {
  const n = net.layers.length;
  return (
    <div className="paste-preview">
      <p className="paste-summary">
        {`Read as ${style}: ${n} ${n === 1 ? 'layer' : 'layers'} on a ${net.channels}×${net.input.h}×${net.input.w} input.`}
      </p>
      <ul className="paste-rows" data-testid="paste-preview">
        {net.rows.map((r, i) => (
          // One read's rows never reorder; two layers may share a line and a name.
          <Row key={i} row={r} />
        ))}
      </ul>
      {net.notes.length > 0 && (
        <ul className="paste-notes" data-testid="paste-notes">
          {net.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
