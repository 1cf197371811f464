/**
 * Turns the calls a model is made of (walk.ts) into entries: each call is
 * read by the per-layer readers parseLayer uses, padding layers fold into
 * the convolution or pooling after them (`nn.ReflectionPad2d(3),
 * nn.Conv2d(3, 64, 7)` is one reflect-padded convolution), shape-keeping
 * layers pass through, and the first layer that ends the spatial part ends
 * the list.
 */
import { DEFAULT_CONFIG, LAYER_FIELDS, MAX_LAYERS, NET_LIMITS, type Config } from '../../core';
import { lastName } from '../parse/layer';
import { PatchBuilder } from '../parse/patch';
import { pathOf, readCall } from '../parse/readCall';
import { knownLayer } from '../parse/registry';
import { ParseError, fail, quote } from '../parse/text';
import { inputOfCall, isInputName, kindOfName } from './layerKinds';
import type { LayerPatch, ModelEntry, ModelInput } from './modelTypes';
import type { Found } from './walk';

/** A padding layer waiting for the layer it pads. */
interface PendingPad {
  readonly at: number;
  readonly recognized: string;
  readonly patch: Partial<Config>;
}

const KEPT = new Set<string>([...LAYER_FIELDS, 'channels']);

function layerPatch(patch: Partial<Config>): LayerPatch {
  return Object.fromEntries(Object.entries(patch).filter(([k]) => KEPT.has(k))) as LayerPatch;
}

export class Assembler {
  readonly entries: ModelEntry[] = [];
  input: ModelInput = {};
  style = '';
  private layers = 0;
  private channels: number | undefined;
  private pending: PendingPad | null = null;
  private ended = false;

  constructor(
    private readonly src: string,
    private readonly lineOf: (offset: number) => number,
  ) {}

  /** Adds one call; false once the model has ended (the rest is the classifier). */
  add(f: Found): boolean {
    if (this.ended) return false;
    const { call } = f;
    const path = pathOf(call.fn) ?? '';
    const name = lastName(path);
    const line = this.lineOf(call.pos);
    if (this.layers === 0 && isInputName(name)) {
      const input = inputOfCall(name, call.args);
      if (input) this.input = { ...this.input, ...input };
      if (input || name === 'Input' || name === 'InputLayer') return true;
    }
    const kind = kindOfName(name);
    if (kind === 'resize') {
      fail(`${quote(path)} resizes by a factor: that is not a Padlab layer yet. Paste the layers before it, or use a transposed convolution.`, call.pos);
    }
    const known = kind === 'other' ? knownLayer(path, call) : null;
    const counts = kind === 'end' || known !== null;
    if (f.block && counts) {
      fail(`${quote(path)} sits inside the \`${f.block.kind}\` on line ${this.lineOf(f.block.at)}: Padlab reads layers written out once. Paste the layers it builds, unrolled.`, call.pos);
    }
    if (f.block) return true;
    // A generator's Dense head comes before the first convolution: the spatial part has not started yet.
    if (kind === 'end' && this.layers === 0) return true;
    if (kind === 'end') {
      this.flushCheck();
      this.entries.push({ kind: 'end', line, name });
      this.ended = true;
      return false;
    }
    if (known) {
      this.read(f, path, line, known);
      return true;
    }
    // A shape-keeping layer, or an unknown name: passed through in a layer container, ignored elsewhere.
    if (kind === 'passthrough' || f.container) this.entries.push({ kind: 'passthrough', line, name });
    this.inputShapeOf(f);
    return true;
  }

  /** Keras `input_shape=` on any layer before the first gives the input. */
  private inputShapeOf(f: Found): void {
    if (this.layers > 0 || this.input.size) return;
    const arg = f.call.args.find((a) => a.name === 'input_shape' || a.name === 'batch_input_shape');
    if (arg) this.input = { ...this.input, ...inputOfCall('Input', [arg]) };
  }

  private read(f: Found, path: string, line: number, known: NonNullable<ReturnType<typeof knownLayer>>): void {
    this.inputShapeOf(f);
    const base: Config = { ...DEFAULT_CONFIG, channels: this.channels ?? this.input.channels ?? DEFAULT_CONFIG.channels };
    const b = new PatchBuilder(base, NET_LIMITS);
    const recognized = readCall(this.src, f.call, b, known);
    const patch = b.patch;
    if (patch.op === undefined) {
      // A padding layer: it pads the next convolution or pooling layer.
      this.pending = this.mergePads(this.pending, { at: f.call.pos, recognized, patch });
      return;
    }
    this.layers += 1;
    if (this.layers > MAX_LAYERS) fail(`this is layer ${this.layers}: a network holds at most ${MAX_LAYERS} layers. Paste the first ${MAX_LAYERS}.`, f.call.pos);
    const notes = b.notes.slice();
    const folded = this.fold(patch, notes, path);
    if (patch.channels !== undefined) {
      if (this.layers === 1 && this.input.channels === undefined) this.input = { ...this.input, channels: patch.channels };
      this.channels = patch.channels;
    }
    if (patch.filters !== undefined) this.channels = patch.filters;
    this.style ||= f.style;
    this.entries.push({ kind: 'layer', line, text: this.src.slice(f.call.pos, f.call.end), recognized, patch: layerPatch(folded), notes });
  }

  /** Two padding layers in a row add up when their borders are the same kind. */
  private mergePads(a: PendingPad | null, b: PendingPad): PendingPad {
    if (!a) return b;
    const [pa, pb] = [a.patch.pad, b.patch.pad];
    if (pa?.kind !== 'explicit' || pb?.kind !== 'explicit' || a.patch.mode !== b.patch.mode) {
      fail(`two padding layers in a row (lines ${this.lineOf(a.at)} and ${this.lineOf(b.at)}) pad differently: Padlab shows one border per layer.`, b.at);
    }
    const pad = { kind: 'explicit' as const, top: pa.top + pb.top, bottom: pa.bottom + pb.bottom, left: pa.left + pb.left, right: pa.right + pb.right };
    return { ...b, patch: { ...b.patch, pad } };
  }

  /** The layer's patch with the waiting padding layer folded in (its border and mode). */
  private fold(patch: Partial<Config>, notes: string[], path: string): Partial<Config> {
    const pad = this.pending;
    if (!pad) return patch;
    this.pending = null;
    const own = patch.pad;
    const padLine = this.lineOf(pad.at);
    if (patch.op === 'convt') fail(`${quote(path)} follows the padding layer on line ${padLine}: a transposed convolution's padding crops, so Padlab cannot fold a border into it.`, pad.at);
    const extra = pad.patch.pad;
    let merged = extra;
    if (own && own.kind !== 'valid') {
      const zeros = (pad.patch.mode ?? 'zeros') === 'zeros' && (patch.mode ?? 'zeros') === 'zeros';
      if (own.kind !== 'explicit' || extra?.kind !== 'explicit' || !zeros) {
        fail(`${quote(path)} pads again after the padding layer on line ${padLine}: Padlab shows one border per layer (give the layer padding=0).`, pad.at);
      }
      merged = { kind: 'explicit', top: own.top + extra.top, bottom: own.bottom + extra.bottom, left: own.left + extra.left, right: own.right + extra.right };
    }
    notes.push(`the padding layer on line ${padLine} (${pad.recognized}) is folded into this layer`);
    const { mode, cval } = pad.patch;
    return { ...patch, ...(merged ? { pad: merged } : {}), ...(mode ? { mode } : {}), ...(cval !== undefined ? { cval } : {}) };
  }

  /** A padding layer must be followed by the layer it pads. */
  flushCheck(): void {
    if (this.pending) fail(`the padding layer (${this.pending.recognized}) has no convolution or pooling layer after it: Padlab folds a padding layer into the layer it pads.`, this.pending.at);
  }
}

/** A reader's refusal, or any ParseError, as the model's message: "Line N: …". */
export function asModelError(e: ParseError, fallbackAt: number, lineOf: (offset: number) => number): { line: number; message: string } {
  const line = lineOf(e.at ?? fallbackAt);
  const text = e.message.charAt(0).toUpperCase() + e.message.slice(1);
  return { line, message: `Line ${line}: ${text}` };
}
