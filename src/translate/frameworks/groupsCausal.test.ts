/**
 * The framework table for grouped, depthwise and causal convolutions: each
 * framework's spelling of groups (PyTorch groups=, Keras Conv2D(groups=) and
 * DepthwiseConv2D, tfjs depthwiseConv2d only, ONNX group=, Theano
 * num_groups=, Caffe group:) and of Keras' causal padding (ke − 1 = d(k − 1)
 * on the left of the width axis: Conv1D(padding='causal'), PyTorch F.pad
 * then Conv1d, ONNX pads).
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../core';
import { planOf } from '../codegen/testPlans';
import { frameworkTable, type Attempt, type FrameworkRow, type TableFramework } from './index';

const P = (h: number, w = h) => ({ h, w });
const table = (patch: Partial<Config>) => {
  const rows = frameworkTable(planOf(patch));
  return (id: TableFramework): FrameworkRow => rows.find((r) => r.id === id)!;
};
const exact = (row: FrameworkRow, label?: string) => row.attempts.find((a) => a.role === 'exact' && a.label === label);
const error = (a: Attempt | undefined) => (a?.outcome.kind === 'error' ? a.outcome.error : null);

describe('framework table, groups and causal padding', () => {
  it('in=5x6 c=4 f=2 g=2 pad=same -> groups=2 in PyTorch and Keras, group=2 in ONNX and Caffe; tfjs has no groups', () => {
    const row = table({ channels: 4, filters: 2, groups: 2, input: P(5, 6) });
    expect(exact(row('torch'))?.code).toBe("nn.Conv2d(4, 2, (3, 3), padding='same', groups=2)");
    expect(exact(row('keras'))?.code).toBe("Conv2D(2, (3, 3), strides=(1, 1), padding='same', groups=2)");
    expect(exact(row('keras'))?.note).toMatch(/TF ≥ 2.3/);
    expect(exact(row('onnx'))?.code).toBe("Conv(auto_pad='SAME_UPPER', strides=[1, 1], group=2)");
    expect(exact(row('caffe'))?.code).toContain('group: 2 }');
    expect(exact(row('theano'))?.code).toContain('num_groups=2');
    expect(row('tfjs').extraStep).toMatch(/no groups/);
  });

  it('depthwise c=2 f=4 g=2 stride 2 -> Keras DepthwiseConv2D(depth_multiplier=2), tfjs depthwiseConv2d', () => {
    const row = table({ channels: 2, filters: 4, groups: 2, input: P(6), stride: P(2) });
    expect(exact(row('keras'), 'exact, depthwise')?.code).toBe("DepthwiseConv2D((3, 3), strides=(2, 2), padding='same', depth_multiplier=2)");
    expect(exact(row('tfjs'))?.code).toBe("tf.depthwiseConv2d(x, w, [2, 2], 'same')");
    expect(row('tfjs').extraStep).toBeNull();
  });

  it('causal in=1x12 k=1x3 d=1x2 -> ke − 1 = 4 on the left: Conv1D causal, F.pad(x, (4, 0)) then Conv1d, ONNX pads [0, 4, 0, 0]; Conv2D refuses causal', () => {
    const row = table({ input: P(1, 12), kernel: P(1, 3), dilation: P(1, 2), pad: { kind: 'causal' } });
    expect(exact(row('keras'), 'exact, 1-D')?.code).toBe("Conv1D(1, 3, strides=1, dilation_rate=2, padding='causal')");
    expect(error(row('keras').attempts.find((a) => a.role === 'literal'))).toBe(
      "ValueError: The `padding` argument must be a list/tuple or one of {'valid', 'same'}. Received: causal",
    );
    expect(exact(row('keras'))?.code).toBe("ZeroPadding2D(((0, 0), (4, 0))) → Conv2D(1, (1, 3), strides=(1, 1), dilation_rate=(1, 2), padding='valid')");
    expect(exact(row('torch'), 'exact, 1-D')?.code).toBe('F.pad(x, (4, 0)) → nn.Conv1d(1, 1, 3, dilation=2)');
    expect(exact(row('onnx'))?.code).toBe('Conv(pads=[0, 4, 0, 0], strides=[1, 1], dilations=[1, 2])');
    expect(exact(row('tfjs'))?.code).toBe("tf.conv2d(x, w, [1, 1], [[0, 0], [0, 0], [4, 0], [0, 0]], 'NHWC', [1, 2])");
  });
});
