/**
 * What "Paste a model" reads: the layers of a pasted model definition in
 * order, as plain data the network view turns into layers. Only the
 * convolutional part is read: the first layer that ends the spatial part
 * (Flatten, Linear, Dense, global pooling) ends the list.
 */
import type { Config, LayerField } from '../../core';

/** A layer's own fields (core LAYER_FIELDS), plus `channels` when the layer states its input channels. */
export type LayerPatch = Partial<Pick<Config, LayerField | 'channels'>>;

export type ModelEntry =
  /** A convolution, transposed convolution or pooling layer, with any padding layer before it folded in. */
  | { readonly kind: 'layer'; readonly line: number; readonly text: string; readonly recognized: string; readonly patch: LayerPatch; readonly notes: readonly string[] }
  /** A layer that keeps the shape (activations, normalisation, dropout, any unknown name). */
  | { readonly kind: 'passthrough'; readonly line: number; readonly name: string }
  /** The layer that ends the spatial part (Flatten, Linear, Dense, global pooling, Reshape). */
  | { readonly kind: 'end'; readonly line: number; readonly name: string };

/** The network's input as the paste gives it: Keras `input_shape`, `Input(shape=…)`, a first layer's in_channels. */
export interface ModelInput {
  readonly channels?: number;
  readonly size?: { readonly h: number; readonly w: number };
}

export type ModelParse =
  | { readonly ok: true; readonly entries: readonly ModelEntry[]; readonly input: ModelInput; /** e.g. "PyTorch nn.Sequential". */ readonly style: string }
  /** `message` starts with "Line N: ". */
  | { readonly ok: false; readonly line: number; readonly message: string };
