/**
 * Editing the network (view=net) and the round trip of one layer through
 * the single-layer view: open a layer with one click (its own link, the
 * network kept in `back=`), edit it with every control of the grid view, and
 * come back with the edits applied to that layer. Plain functions on the
 * store (style.md §3); the components only call them.
 */
import {
  LAYER_FIELDS,
  LIMITS,
  MAX_LAYERS,
  defaultLayer,
  layerConfig,
  shapeAt,
  type Config,
  type LayerEdit,
  type NetLayer,
  type Operation,
  type Shape,
  type SkipPair,
} from '../core';
import { applyEdit } from './configRules';
import { netOf, networkOf } from './netCache';
import type { Notice } from './notices';
import { appStore, loadQuery, setView } from './store';
import { formatQuery, parseQuery } from './urlCodec';
import { DEFAULT_VIEW, type UrlState } from './urlState';

const layersNow = () => appStore.getState().view.net;

/** A layer with an edit, under the single-layer view's rules (a stride at its default follows the kernel and the operation). */
export function editedLayer(layer: NetLayer, patch: Partial<NetLayer>): NetLayer {
  const { config } = appStore.getState();
  const next = applyEdit({ ...config, ...layer }, patch);
  const out = {} as Record<string, unknown>;
  for (const key of LAYER_FIELDS) out[key] = next[key];
  return out as unknown as NetLayer;
}

/** Replaces layer `index` (1-based) with `patch` applied. */
export function updateLayer(index: number, patch: Partial<NetLayer>): void {
  const layers = layersNow();
  const layer = layers[index - 1];
  if (!layer) return;
  setView({ net: layers.map((l, i) => (i === index - 1 ? editedLayer(l, patch) : l)) });
}

/** Applies a skip pair's layer fix (an output padding or a ceil_mode). */
export function applyLayerEdit(edit: LayerEdit): void {
  updateLayer(edit.layer, edit.patch);
}

/** Renumbers skip pairs after layers move: `map(old)` is the new number, or null when the layer is gone. */
function renumber(skips: readonly SkipPair[], map: (n: number) => number | null): SkipPair[] {
  const out: SkipPair[] = [];
  for (const s of skips) {
    const from = map(s.from);
    const to = map(s.to);
    if (from === null || to === null || from === to) continue;
    out.push({ from: Math.min(from, to), to: Math.max(from, to) });
  }
  return out;
}

/** Adds a layer of operation `op` after layer `after` (1-based; 0 = first; default: at the end). Refused past MAX_LAYERS. */
export function addLayer(op: Operation = 'conv', after: number = layersNow().length): boolean {
  const { net, skips } = appStore.getState().view;
  if (net.length >= MAX_LAYERS) return false;
  const layers = [...net.slice(0, after), defaultLayer(op), ...net.slice(after)];
  setView({ net: layers, skips: renumber(skips, (n) => (n > after ? n + 1 : n)) });
  return true;
}

/** Removes layer `index` (1-based) and the skip pairs that end on it. */
export function removeLayer(index: number): void {
  const { net, skips } = appStore.getState().view;
  setView({ net: net.filter((_, i) => i !== index - 1), skips: renumber(skips, (n) => (n === index ? null : n > index ? n - 1 : n)) });
}

/** Moves layer `index` (1-based) one place up (−1) or down (+1); skip pairs follow their layers. */
export function moveLayer(index: number, by: -1 | 1): void {
  const { net, skips } = appStore.getState().view;
  const other = index + by;
  if (other < 1 || other > net.length) return;
  const layers = [...net];
  [layers[index - 1], layers[other - 1]] = [layers[other - 1] as NetLayer, layers[index - 1] as NetLayer];
  setView({ net: layers, skips: renumber(skips, (n) => (n === index ? other : n === other ? index : n)) });
}

/** Adds a skip pair (0 = the input); an existing pair is not added twice. */
export function addSkip(from: number, to: number): void {
  const skips = appStore.getState().view.skips;
  const pair = { from: Math.min(from, to), to: Math.max(from, to) };
  if (pair.from === pair.to || skips.some((s) => s.from === pair.from && s.to === pair.to)) return;
  setView({ skips: [...skips, pair] });
}

export function removeSkip(pair: SkipPair): void {
  setView({ skips: appStore.getState().view.skips.filter((s) => s.from !== pair.from || s.to !== pair.to) });
}

/**
 * The size the grid view shows for a network size `n` on a layer of stride
 * `s`: `n` when it fits the grid's limit, else the largest size within it
 * that is `n` modulo `s`, so the border, the output's rounding and the rows
 * `floor` drops are the ones the layer has at `n`.
 */
export function gridSize(n: number, s: number): number {
  const max = LIMITS.input.max;
  return n <= max ? n : n - s * Math.ceil((n - max) / s);
}

/** The single-layer Config of layer `index` (1-based) of a network state, within the grid's limits, and what was changed to fit. */
export function openedConfig(state: UrlState, index: number): { config: Config; changes: string[] } {
  const net = netOf(state.config, state.view);
  const shape: Shape = shapeAt(net, index - 1) ?? [state.config.channels, state.config.input.h, state.config.input.w];
  const full = layerConfig(networkOf(state.config, state.view), index - 1, shape);
  const changes: string[] = [];
  const input = { h: gridSize(full.input.h, full.stride.h), w: gridSize(full.input.w, full.stride.w) };
  if (input.h !== full.input.h || input.w !== full.input.w) {
    changes.push(`input ${full.input.h}×${full.input.w} shown as ${input.h}×${input.w} (the same size modulo the stride: same border, same rows dropped)`);
  }
  const cap = (v: number, max: number) => Math.min(v, max);
  const channels = cap(full.channels, LIMITS.channels.max);
  const filters = cap(full.filters, LIMITS.filters.max);
  const groups = cap(full.groups, LIMITS.groups.max);
  if (channels !== full.channels) changes.push(`channels ${full.channels} as ${channels}`);
  if (filters !== full.filters) changes.push(`filters ${full.filters} as ${filters}`);
  if (groups !== full.groups) changes.push(`groups ${full.groups} as ${groups}`);
  return { config: { ...full, input, channels, filters, groups }, changes };
}

/** Navigates to a query: a new history entry (the browser's Back returns), then the state it gives. */
function go(query: string, extra: readonly Notice[] = []): void {
  if (typeof window !== 'undefined') window.history.pushState(null, '', `?${query}`);
  loadQuery(query);
  if (extra.length > 0) appStore.setState((s) => ({ notices: [...s.notices, ...extra] }));
}

/** Opens layer `index` (1-based) in the single-layer view, the network kept in `back=` for the way back. */
export function openLayer(index: number): void {
  const state = appStore.getState();
  const back = formatQuery({ config: state.config, view: state.view });
  const { config, changes } = openedConfig(state, index);
  const query = formatQuery({ config, view: { ...DEFAULT_VIEW, backend: state.view.backend, layer: index, back } });
  const notice = changes.length
    ? [{ key: 'layer', message: `Layer ${index} opened on its own within the grid's limits: ${changes.join('; ')}. Going back keeps the network's own sizes and counts.` }]
    : [];
  go(query, notice);
}

/**
 * Back to the network from an opened layer: the layer's fields the user
 * changed here (compared with what opening it gave) replace the layer's own;
 * the rest (a filter count clamped to fit the grid) stay as the network had them.
 */
export function backToNetwork(): void {
  const { config, view } = appStore.getState();
  if (!view.back || view.layer < 1) return;
  const net = parseQuery(view.back).state;
  // A hand-edited `layer=` past the network's layers has nothing to apply: go back unchanged.
  if (view.layer > net.view.net.length) return go(view.back);
  const opened = openedConfig(net, view.layer).config;
  const patch: Partial<Record<(typeof LAYER_FIELDS)[number], unknown>> = {};
  for (const key of LAYER_FIELDS) if (JSON.stringify(config[key]) !== JSON.stringify(opened[key])) patch[key] = config[key];
  const layers = net.view.net.map((l, i) => (i === view.layer - 1 ? { ...l, ...(patch as Partial<NetLayer>) } : l));
  go(formatQuery({ config: net.config, view: { ...net.view, net: layers } }));
}
