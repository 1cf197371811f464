/**
 * "Use a different input size": the nearest input sizes for which the whole
 * network is clean (every layer runs, no `floor` drop, every skip pair
 * agrees), each a button that sets the input. core's cleanInputs derives
 * the network dozens of times, so it runs when the browser is idle after
 * the table is painted, and only for a network that is not clean already.
 */
import { useEffect, useState } from 'react';
import { CLEAN_SEARCH, cleanInputs, type CleanAxis, type Network, type Pair } from '../../core';
import { setConfig } from '../../state/store';

type Found = { network: Network; h: CleanAxis; w: CleanAxis };

/** The size to offer on one side (`below` or `above`): an axis already clean keeps its size. */
function candidate(found: Found, side: 'below' | 'above'): Pair | null {
  const pick = (axis: 'h' | 'w') => (found[axis].clean ? found.network.input[axis] : found[axis][side]);
  const h = pick('h');
  const w = pick('w');
  return h === null || w === null ? null : { h, w };
}

export function CleanInputs({ network }: { network: Network }) {
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    let live = true;
    const run = () => live && setFound({ network, ...cleanInputs(network) });
    const handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 500 }) : window.setTimeout(run, 30);
    return () => {
      live = false;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [network]);
  if (!found || found.network !== network) return <p className="net-clean-inputs">Looking for input sizes that make the network clean…</p>;
  if (found.h.clean && found.w.clean) return null;
  const sizes = [candidate(found, 'below'), candidate(found, 'above')].filter((p): p is Pair => p !== null);
  return (
    <div className="net-clean-inputs" data-testid="net-clean-inputs">
      {sizes.length === 0 ? (
        <p>{`No input size within ${CLEAN_SEARCH} cells of this one makes the whole network clean.`}</p>
      ) : (
        <>
          <p>Input sizes nearby for which every layer divides evenly and every skip pair agrees:</p>
          {sizes.map((p) => (
            <button key={`${p.h}x${p.w}`} type="button" onClick={() => setConfig({ input: p })}>
              {`Use ${p.h}×${p.w}`}
            </button>
          ))}
        </>
      )}
    </div>
  );
}
