/**
 * "Paste a model"'s own state and actions (style.md §3: plain functions on a
 * small store). It lives outside the component so the text and its preview
 * survive the panel unmounting (a used network that cannot run changes what
 * the view shows around it).
 */
import { createStore } from 'zustand/vanilla';
import { FRAMEWORK_LABEL, type Config, type Pair } from '../../../core';
import { appStore, setConfig, setView } from '../../../state/store';
import type { ModelParse } from '../../../translate/parseModel';
import { loadParser } from './loadParser';
import { pastedNetwork, type NetworkBase, type PastedNetwork } from './modelNetwork';

export interface PasteState {
  readonly text: string;
  /** The last read, and the text it read (the preview says when the text has changed since). */
  readonly parse: ModelParse | null;
  readonly readText: string;
  /** The input size chosen for a paste that does not state one. */
  readonly size: Pair | null;
  readonly loading: boolean;
  /** The reader could not be loaded (a network error after a deploy). */
  readonly loadError: string | null;
  /** What "Use this network" last did, for the status line. */
  readonly used: string | null;
}

export const pasteStore = createStore<PasteState>(() => ({ text: '', parse: null, readText: '', size: null, loading: false, loadError: null, used: null }));

export function setPasteText(text: string, size: Pair | null = pasteStore.getState().size): void {
  pasteStore.setState({ text, size, used: null });
}

export function setPasteSize(size: Pair): void {
  pasteStore.setState({ size, used: null });
}

/** Reads the current text with the (lazily loaded) model reader. */
export async function readPaste(): Promise<ModelParse | null> {
  const text = pasteStore.getState().text;
  pasteStore.setState({ loading: true, loadError: null, used: null });
  try {
    const parseModel = await loadParser();
    const parse = parseModel(text);
    pasteStore.setState({ parse, readText: text, loading: false });
    return parse;
  } catch {
    pasteStore.setState({ loading: false, loadError: 'The model reader could not be loaded. Check the connection and press Read again.' });
    return null;
  }
}

/** A network's settings a paste may keep, from its Config. */
export function baseOf(config: Config): NetworkBase {
  return { input: config.input, channels: config.channels, framework: config.framework, seed: config.seed };
}

/** The network a successful read gives, at the chosen input size. */
export function previewOf(parse: ModelParse | null, base: NetworkBase, size: Pair | null): PastedNetwork | null {
  return parse?.ok ? pastedNetwork(parse.entries, parse.input, base, size ?? undefined) : null;
}

/** Replaces the network's layers (skip pairs cleared: they named the old layers) and its input with the paste's; reads first when the text changed. */
export async function applyPaste(): Promise<void> {
  const state = pasteStore.getState();
  const parse = state.parse && state.readText === state.text ? state.parse : await readPaste();
  const net = previewOf(parse, baseOf(appStore.getState().config), pasteStore.getState().size);
  if (!net) return;
  setConfig({ input: net.input, channels: net.channels, framework: net.framework });
  setView({ net: net.layers, skips: [], step: 0 });
  const n = net.layers.length;
  pasteStore.setState({
    used: `The network now has the ${n} ${n === 1 ? 'layer' : 'layers'} of the paste, on a ${net.channels}×${net.input.h}×${net.input.w} input (fw: ${FRAMEWORK_LABEL[net.framework]}).`,
  });
}
