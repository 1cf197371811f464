/**
 * The one-click comparisons, and which of them each place offers: the
 * compare view offers those for A's operation (a convolution also gets the
 * pooling ones, which turn it into the pool they name); the header's single
 * launcher offers the first of them for the layer, its own kind's.
 */
import type { Config, Operation } from '../../core';
import { tfSameVsTorch } from './compareState';
import { kerasSameVsTorchTransposed, kerasSameVsTorchTransposedLabel } from './convtComparison';
import { torchCeilVsTfSame, torchCipVsTfSame, type ConfigPair } from './poolComparisons';
import { torchCeilVsTfSameLabel, torchCipVsTfSameLabel } from './poolComparisonLabels';
import { tfSameVsTorchLabel, type LaunchLabel } from './tfSameVsTorchLabel';

export interface OneClick {
  /** Stable name, for keys and tests. */
  readonly id: 'tf-same-vs-torch' | 'torch-ceil-vs-tf-same' | 'torch-cip-vs-tf-same' | 'keras-same-vs-torch-convt';
  /** The operations whose layers this comparison is offered for; the first listed is its own. */
  readonly ops: readonly Operation[];
  readonly pair: (config: Config) => ConfigPair;
  readonly label: (config: Config) => LaunchLabel;
}

/** In the order the compare view shows them. */
export const ONE_CLICKS: readonly OneClick[] = [
  { id: 'tf-same-vs-torch', ops: ['conv'], pair: tfSameVsTorch, label: tfSameVsTorchLabel },
  { id: 'torch-ceil-vs-tf-same', ops: ['maxpool', 'avgpool', 'conv'], pair: torchCeilVsTfSame, label: torchCeilVsTfSameLabel },
  { id: 'torch-cip-vs-tf-same', ops: ['avgpool', 'maxpool', 'conv'], pair: torchCipVsTfSame, label: torchCipVsTfSameLabel },
  { id: 'keras-same-vs-torch-convt', ops: ['convt', 'conv'], pair: kerasSameVsTorchTransposed, label: kerasSameVsTorchTransposedLabel },
];

/** The comparisons the compare view offers for a configuration A. */
export function offeredFor(config: Config): OneClick[] {
  return ONE_CLICKS.filter((c) => c.ops.includes(config.op));
}

/** The header's launcher: the comparison whose own operation is the layer's. */
export function launcherFor(config: Config): OneClick {
  return ONE_CLICKS.find((c) => c.ops[0] === config.op) ?? ONE_CLICKS[0]!;
}
