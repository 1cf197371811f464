/**
 * One skip pair: the two sizes it joins, ✓ when they agree or ✗ and by how
 * much, and core's fixes — a layer edit (output_padding, ceil_mode) as a
 * button, padding or cropping as the PyTorch code that does it.
 */
import type { NetPlan, SkipCheck, SkipFix } from '../../core';
import { applyLayerEdit, removeSkip } from '../../state/netActions';
import { cropCode, padCode, rowsCols, sizeText } from './layerWords';

/** "the input" or "layer 3's output". */
export function levelName(level: number): string {
  return level === 0 ? 'the input' : `layer ${level}’s output`;
}

const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

function FixItem({ fix, check }: { fix: SkipFix; check: SkipCheck }) {
  if ('edit' in fix) {
    const { layer, patch } = fix.edit;
    const text = fix.kind === 'opad' && patch.opad ? `Set layer ${layer}’s output_padding to ${patch.opad.h}×${patch.opad.w}` : `Turn layer ${layer}’s ceil_mode ${patch.ceil ? 'on' : 'off'}`;
    return (
      <li>
        <button type="button" onClick={() => applyLayerEdit(fix.edit)}>
          {text}
        </button>
      </li>
    );
  }
  const shape = fix.side === check.pair.from ? check.from : check.to;
  const [t, b, l, r] = fix.pads;
  const sides = `top ${t}, bottom ${b}, left ${l}, right ${r}`;
  return (
    <li>
      {fix.kind === 'pad' ? `Pad ${levelName(fix.side)} (${sides}): ` : `Crop ${levelName(fix.side)} (${sides}): `}
      <code>{fix.kind === 'pad' || !shape ? padCode(fix.pads) : cropCode(fix.pads, shape)}</code>
    </li>
  );
}

export function SkipCard({ check, net }: { check: SkipCheck; net: NetPlan }) {
  const { pair, from, to } = check;
  const title = `Skip ${pair.from}–${pair.to}`;
  const failed = net.failure?.layer;
  return (
    <li className={`net-skip ${check.matches ? 'net-skip-ok' : 'net-skip-bad'}`} data-testid={`net-skip-${pair.from}-${pair.to}`}>
      <div className="net-skip-head">
        <span>
          <strong>{title}</strong>
          {`: ${levelName(pair.from)} joins ${levelName(pair.to)}`}
        </span>
        <button type="button" onClick={() => removeSkip(pair)} aria-label={`Remove skip ${pair.from}–${pair.to}`}>
          Remove
        </button>
      </div>
      {!from || !to ? (
        <p className="net-skip-verdict">{`Cannot check: layer ${failed ?? ''} cannot run, so ${levelName(!from ? pair.from : pair.to)} has no shape.`}</p>
      ) : check.matches ? (
        <p className="net-skip-verdict" data-testid="net-skip-verdict">
          <span aria-hidden="true">✓ </span>
          {`Sizes match: ${sizeText(from)} and ${sizeText(to)}.`}
        </p>
      ) : (
        <>
          <p className="net-skip-verdict" data-testid="net-skip-verdict">
            <span aria-hidden="true">✗ </span>
            {`Sizes differ: ${sizeText(from)} vs ${sizeText(to)} — ${capital(levelName(pair.to))} is ${[
              rowsCols(-check.diff.h, -check.diff.w) ? `${rowsCols(-check.diff.h, -check.diff.w)} smaller` : '',
              rowsCols(check.diff.h, check.diff.w) ? `${rowsCols(check.diff.h, check.diff.w)} larger` : '',
            ]
              .filter(Boolean)
              .join(' and ')}.`}
          </p>
          <p className="net-fix-title">Fixes:</p>
          <ul className="net-fixes">
            {check.fixes.map((fix, i) => (
              <FixItem key={i} fix={fix} check={check} />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
