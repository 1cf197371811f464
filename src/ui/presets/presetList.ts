/**
 * The presets the Presets panel offers: configurations worth one click,
 * each with a line saying what it shows. Each is a whole Config (the panel
 * links to it with formatQuery), so a preset is a link like any other.
 */
import { DEFAULT_CONFIG, type Config } from '../../core';
import { WAVENET_LAYER } from './causalStack';

export interface Preset {
  /** Stable name, for keys and tests. */
  readonly id: string;
  readonly title: string;
  /** What it shows, one line. */
  readonly gist: string;
  readonly config: Config;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'wavenet',
    title: 'WaveNet: dilated causal stack',
    gist: "kernel 2, dilations 1, 2, 4, 8, padding='causal': the receptive field doubles per layer",
    config: WAVENET_LAYER,
  },
  {
    id: 'one-row-short',
    title: 'Decoder one row short',
    gist: 'Conv2d(k=3, s=2) on 8 gives 3; its transposed convolution needs output_padding=1 to give 8 back',
    config: { ...DEFAULT_CONFIG, input: { h: 8, w: 8 }, stride: { h: 2, w: 2 }, pad: { kind: 'valid' } },
  },
];
