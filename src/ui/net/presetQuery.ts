/**
 * Loading a network preset: the current link with the preset's `in`, `c`,
 * `net` and `skip` in place (framework, seed and backend kept), read by the
 * one URL codec and loaded in one store change, so the engine sees one new
 * network, not four half-made ones.
 */
import { formatQuery } from '../../state/urlCodec';
import { appStore, loadQuery } from '../../state/store';
import type { UrlState } from '../../state/urlState';
import type { NetPreset } from './netPresets';

/** The query of `state` with `preset` loaded into it, in the network view, the step-through back at cell 0. */
export function presetQuery(state: UrlState, preset: NetPreset): string {
  const params = new URLSearchParams(formatQuery(state));
  const { query } = preset;
  params.set('view', 'net');
  params.set('in', query.in);
  params.set('c', String(query.c));
  params.set('net', query.net);
  if (query.skip) params.set('skip', query.skip);
  else params.delete('skip');
  params.delete('step');
  return params.toString();
}

/** Loads `preset` (a button's click). */
export function loadNetPreset(preset: NetPreset): void {
  const { config, view } = appStore.getState();
  loadQuery(presetQuery({ config, view }, preset));
}
