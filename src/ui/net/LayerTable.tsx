/**
 * The layer list: one row per layer of `view.net` with what core derived for
 * it, and the "Add layer" control. Focus follows a moved layer, and lands
 * on a neighbour after a removal, so keyboard users never lose their place.
 */
import { useEffect, useId, useRef } from 'react';
import type { NetPlan } from '../../core';
import { useApp } from '../hooks/useApp';
import { AddLayer } from './AddLayer';
import { LayerRow, rowControlId, type RowStatus } from './LayerRow';

function statusOf(net: NetPlan, index: number): RowStatus {
  const plan = net.layers[index - 1];
  if (plan) return { kind: 'derived', plan };
  const failure = net.failure;
  if (failure && failure.layer === index) return { kind: 'failed', message: failure.invalid.message };
  return { kind: 'after', failed: failure?.layer ?? index };
}

export function LayerTable({ net }: { net: NetPlan }) {
  const layers = useApp((s) => s.view.net);
  const hide = useApp((s) => s.view.hide);
  const base = useId().replace(/:/g, '');
  const focusNext = useRef<string | null>(null);
  // After the store's change has re-rendered the rows, move focus where the action asked.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [layers]);
  const focusAfter = (id: string) => {
    focusNext.current = id;
  };
  return (
    <section className="panel net-layers" aria-labelledby="net-layers-title">
      <h2 id="net-layers-title">Layers</h2>
      {layers.length === 0 ? (
        <p className="net-empty">No layers yet: add one below, paste a model, or load a preset.</p>
      ) : (
        // Focusable so a keyboard user can scroll the table sideways on a narrow screen.
        <div className="net-table-scroll" tabIndex={0} role="region" aria-label="Layer table (scrolls sideways)">
          <table className="net-table" data-testid="net-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Operation and actions</th>
                <th scope="col">Settings</th>
                <th scope="col">Shape in → out (C×H×W)</th>
                <th scope="col">
                  <abbr title="Padding top, bottom, left, right (a transposed convolution: what it crops)">Pads T,B,L,R</abbr>
                </th>
                <th scope="col">Rounding</th>
                <th scope="col">
                  <abbr title="Receptive field size, jump (stride in input cells) and start (centre of output cell 0), per axis; H×W when they differ">rf · jump · start</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {layers.map((layer, i) => (
                <LayerRow key={i} index={i + 1} count={layers.length} layer={layer} status={statusOf(net, i + 1)} hide={hide} idBase={base} onFocusAfter={focusAfter} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddLayer count={layers.length} id={`${base}-add`} onAdded={(index) => focusAfter(rowControlId(base, index, 'op'))} />
    </section>
  );
}
