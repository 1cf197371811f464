/**
 * Model definitions as people paste them (torchvision, the PyTorch and
 * Keras examples, CycleGAN/pix2pix, U-Net, DCGAN, MobileNet, WaveNet, TF 1
 * tutorials, Keras 1 and Theano-era code), each with facts read off the
 * source by hand: the layers in order in the `net` URL notation (op, then
 * `k` kernel, `s` stride, `p` pad — `p0` is valid —, `f` filters, `d`
 * dilation, `g` groups, `o` output padding, `m` mode; only the fields
 * written are checked), the passthrough names, the layer that ends the
 * list and the input the paste states.
 */
import { TUTORIAL_MODELS } from './corpusTutorials';
import { VISION_MODELS } from './corpusVision';

export interface ModelCase {
  readonly name: string;
  readonly src: string;
  readonly layers: readonly string[];
  readonly passthrough?: readonly string[];
  readonly end?: string;
  readonly input?: { channels?: number; size?: { h: number; w: number } };
  readonly style?: string;
}

/** Every model of the corpus, in the order the two parts list them. */
export const CORPUS: readonly ModelCase[] = [...VISION_MODELS, ...TUTORIAL_MODELS];
