/**
 * Skip connections (as in a U-Net): choose two levels (0 = the input, i =
 * layer i's output) to join; each pair says whether the sizes agree and how
 * to fix them, and, when one does not, the nearest input sizes that make the
 * whole network clean.
 */
import { useId, useMemo, useState } from 'react';
import { checkSkips, shapeAt, type NetPlan } from '../../core';
import { addSkip } from '../../state/netActions';
import { CleanInputs } from './CleanInputs';
import { shapeText } from './layerWords';
import { SkipCard } from './SkipCard';

function LevelSelect({ id, label, value, net, count, onChange }: { id: string; label: string; value: number; net: NetPlan; count: number; onChange: (v: number) => void }) {
  return (
    <span className="net-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: count + 1 }, (_, level) => {
          const shape = shapeAt(net, level);
          const name = level === 0 ? '0: input' : `${level}: layer ${level} (${net.network.layers[level - 1]?.op ?? ''})`;
          return (
            <option key={level} value={level}>
              {shape ? `${name} ${shapeText(shape)}` : name}
            </option>
          );
        })}
      </select>
    </span>
  );
}

export function SkipPanel({ net }: { net: NetPlan }) {
  const id = useId();
  const count = net.network.layers.length;
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(1);
  const checks = useMemo(() => checkSkips(net), [net]);
  const pickedFrom = Math.min(from, count);
  const pickedTo = Math.min(to, count);
  const same = pickedFrom === pickedTo;
  const exists = checks.some((c) => c.pair.from === Math.min(pickedFrom, pickedTo) && c.pair.to === Math.max(pickedFrom, pickedTo));
  return (
    <section className="panel net-skips" aria-labelledby="net-skips-title">
      <h2 id="net-skips-title">Skip connections</h2>
      <p className="net-hint">Join two feature maps (concatenated or added, as in a U-Net): their height and width must agree.</p>
      {count === 0 ? (
        <p className="net-hint">Add layers first.</p>
      ) : (
        <div className="net-add" role="group" aria-label="Add a skip pair">
          <LevelSelect id={`${id}-from`} label="From" value={pickedFrom} net={net} count={count} onChange={setFrom} />
          <LevelSelect id={`${id}-to`} label="To" value={pickedTo} net={net} count={count} onChange={setTo} />
          <button type="button" disabled={same || exists} onClick={() => addSkip(pickedFrom, pickedTo)}>
            Add skip pair
          </button>
          {same ? <span className="net-hint">Pick two different levels.</span> : exists ? <span className="net-hint">That pair is already listed.</span> : null}
        </div>
      )}
      {checks.length > 0 ? (
        <ul className="net-skip-list">
          {checks.map((c) => (
            <SkipCard key={`${c.pair.from}-${c.pair.to}`} check={c} net={net} />
          ))}
        </ul>
      ) : null}
      {checks.some((c) => !c.matches && c.from && c.to) ? <CleanInputs network={net.network} /> : null}
    </section>
  );
}
