/**
 * The app store (style.md §3): `{config, view, ui}` in a vanilla zustand
 * store, actions as plain functions. `config` and `view` go to the URL
 * (urlSync.ts); `ui` (hover, playback, overlay) never does.
 */
import { createStore } from 'zustand/vanilla';
import type { Config } from '../core';
import { applyEdit } from './configRules';
import type { Notice } from './notices';
import { parseQuery } from './urlCodec';
import { DEFAULT_URL_STATE, type ViewSettings } from './urlState';

/** A cell of the padded grid or the output grid that the pointer or keyboard is on. */
export type HoverTarget =
  | { readonly grid: 'padded'; readonly row: number; readonly col: number }
  | { readonly grid: 'output'; readonly row: number; readonly col: number };

export const OVERLAYS = ['values', 'sources', 'coverage'] as const;
export type Overlay = (typeof OVERLAYS)[number];

export interface UiState {
  readonly hover: HoverTarget | null;
  readonly playing: boolean;
  /** Playback speed, output cells per second. */
  readonly speed: number;
  /** Which input channel the padded grid and kernel show. */
  readonly channel: number;
  /** Which filter the kernel and step-through show. */
  readonly filter: number;
  /** What the padded grid's cells show besides values. */
  readonly overlay: Overlay;
}

export interface AppState {
  readonly config: Config;
  readonly view: ViewSettings;
  /** What the URL codec clamped or ignored at load (role="status"). */
  readonly notices: readonly Notice[];
  readonly ui: UiState;
}

export const DEFAULT_UI: UiState = { hover: null, playing: false, speed: 4, channel: 0, filter: 0, overlay: 'values' };

export const appStore = createStore<AppState>(() => ({ ...DEFAULT_URL_STATE, notices: [], ui: DEFAULT_UI }));

/** Replaces the state with what a query string says (a loaded or pasted link). */
export function loadQuery(query: string): void {
  const { state, notices } = parseQuery(query);
  appStore.setState({ ...state, notices, ui: { ...DEFAULT_UI, speed: appStore.getState().ui.speed } });
}

/** Changes configuration fields (values that no longer fit are dropped, configRules.ts). The step is kept (readers clamp it to the output size), hover is cleared. */
export function setConfig(patch: Partial<Config>): void {
  appStore.setState((s) => ({ config: applyEdit(s.config, patch), ui: { ...s.ui, hover: null } }));
}

export function setView(patch: Partial<ViewSettings>): void {
  appStore.setState((s) => ({ view: { ...s.view, ...patch } }));
}

export function setUi(patch: Partial<UiState>): void {
  appStore.setState((s) => ({ ui: { ...s.ui, ...patch } }));
}

export function dismissNotices(): void {
  appStore.setState({ notices: [] });
}
