/**
 * The network view's DOM contract (design.md, `[data-testid="net-json"]`):
 * every derived layer's op, shapes, pads and receptive field, and the tfjs
 * run of the whole stack once it is in. Pure: the panel renders the text.
 */
import { nest, netJsonLayer, type NetPlan } from '../../core';
import type { NetResult } from '../../engine';
import type { NetRunStatus } from '../engineClient/engineStatus';

export type NetJsonState = 'pending' | 'ready' | 'error';

export interface NetJson {
  readonly state: NetJsonState;
  readonly text: string;
}

/** What the contract gives for each layer (core's netJsonLayer, the one writer of the contract's layer). */
const layerJson = (net: NetPlan) => net.layers.map(netJsonLayer);

/** Where the run of `net` stands, as far as the engine's status tells. */
export type RunOf = { kind: 'pending' } | { kind: 'ready'; result: NetResult } | { kind: 'skipped'; reason: string } | { kind: 'error'; message: string };

/**
 * The run of this very network: the engine's status counts only while its
 * `net` is this one (the engine client drops an answer whose network is no
 * longer the one asked for).
 */
export function runOf(net: NetPlan, run: Pick<NetRunStatus, 'net' | 'result' | 'state' | 'error'>): RunOf {
  if (run.net !== net) return { kind: 'pending' };
  if (run.state === 'skipped') return { kind: 'skipped', reason: run.error ?? 'not run' };
  if (run.state === 'error') return { kind: 'error', message: run.error ?? 'TensorFlow.js failed' };
  if (run.state === 'ready' && run.result) return { kind: 'ready', result: run.result };
  return { kind: 'pending' };
}

/**
 * The contract's JSON and `data-state` for `net` given the engine's status:
 * `ready` once the run of this very network is in (or when it will not run:
 * a layer fails, or it is over the budget — then `backend` and `maxAbsDiff`
 * are null and `invalid` or `skipped` says why); `error` when tfjs failed.
 */
export function netJson(net: NetPlan, run: Pick<NetRunStatus, 'net' | 'result' | 'state' | 'error'>): NetJson {
  const layers = layerJson(net);
  const none = { layers, backend: null, maxAbsDiff: null };
  if (net.failure) {
    const invalid = { layer: net.failure.layer, code: net.failure.invalid.code, message: net.failure.invalid.message };
    return { state: 'ready', text: JSON.stringify({ ...none, invalid }) };
  }
  // No layers, nothing to run (the engine would hand the input back with no values).
  if (net.layers.length === 0) return { state: 'ready', text: JSON.stringify(none) };
  const now = runOf(net, run);
  if (now.kind === 'skipped') return { state: 'ready', text: JSON.stringify({ ...none, skipped: now.reason }) };
  if (now.kind === 'error') return { state: 'error', text: JSON.stringify({ ...none, error: now.message }) };
  if (now.kind === 'pending') return { state: 'pending', text: JSON.stringify(none) };
  const r = now.result;
  const [c, h, w] = r.shape;
  // JSON.stringify writes −∞ (a max pool over padding only) as null, as the contract says.
  const output = { shape: r.shape, values: nest(Array.from(r.values), c, h, w) };
  return { state: 'ready', text: JSON.stringify({ layers, backend: r.backend, maxAbsDiff: r.maxAbsDiff, output, tolerance: r.tolerance, matches: r.matches }) };
}
