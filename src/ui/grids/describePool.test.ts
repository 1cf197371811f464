import { describe, expect, it } from 'vitest';
import { derivePlan, paddedOf, type Plan } from '../../core';
import { parseQuery } from '../../state/urlCodec';
import { describeOutput, describePadded, unreadLegend } from './describe';
import { describePoolOutput } from './describePool';
import { divisorTexts } from './OutputGrid';

function planFor(query: string): Plan {
  const p = derivePlan(parseQuery(query).state.config);
  if (!p.ok) throw new Error(`invalid test config ${query}: ${p.message}`);
  return p;
}

const MAX_CEIL = 'op=maxpool&in=6x6&k=3&s=2&pad=1,1,1,1&ceil=1';

describe('pool hover lines', () => {
  it(`${MAX_CEIL}: padding is −∞ and never wins; the overhang never counts; an input cell says how many windows it wins`, () => {
    const p = planFor(MAX_CEIL);
    const padded = paddedOf(p);
    expect(describePadded(p, padded, 0, 0, 0)).toBe(
      'Padding cell (padded row 0, col 0) = −∞: max pooling pads with −∞, so padding never wins; read by 1 window',
    );
    expect(describePadded(p, padded, 0, 8, 3)).toBe(
      'Overhang cell (padded row 8, col 3): past the padding, where the ceil_mode window hangs over (height); it holds −∞ and never counts; read by 1 window',
    );
    // Input (1, 1) = 8 sits where windows overlap (s=2 < k=3): four read it, only (0, 0) has it as its max.
    expect(describePadded(p, padded, 0, 2, 2)).toBe('Input cell (row 1, col 1) at padded (2, 2) = 8; read by 4 windows; wins 1 window');
    expect(describePadded(p, padded, 0, 1, 1)).toContain('= 1; read by 1 window; wins 0 windows');
  });

  it(`${MAX_CEIL}: an output cell names its winner`, () => {
    const p = planFor(MAX_CEIL);
    expect(describePoolOutput(p, paddedOf(p), 0, 8, 0, 0, false)).toBe(
      'Output (row 0, col 0) = 8: the max of its window covers padded rows 0–2, cols 0–2 (9 taps, 4 counted); the winner is input (row 1, col 1) at padded (2, 2)',
    );
  });

  it('in=2x2 k=2 s=1 pad=2 (Keras rules): a corner window of padding only is −∞, with no winner', () => {
    const p = planFor('op=maxpool&in=2x2&k=2&s=1&pad=2,2,2,2');
    expect(describePoolOutput(p, paddedOf(p), 0, -Infinity, 0, 0, false)).toBe(
      'Output (row 0, col 0) = −∞: the max of its window covers padded rows 0–1, cols 0–1 (4 taps, 0 counted); every tap is padding, so it is −∞',
    );
    expect(describePoolOutput(p, paddedOf(p), 0, 1, 1, 1, false)).toContain('(4 taps, 1 counted); the winner is input (row 0, col 0) at padded (2, 2)');
  });

  it('in=5 k=3 s=2 pad=1 avgpool cip=0: padding adds 0 and is not counted; the output divides by the counted cells', () => {
    const p = planFor('op=avgpool&in=5&k=3&s=2&pad=1,1,1,1&cip=0');
    expect(describePadded(p, paddedOf(p), 0, 0, 0)).toBe(
      'Padding cell (padded row 0, col 0) = 0: adds 0 and is not counted (count_include_pad=False: only input cells count); read by 1 window',
    );
    expect(describePoolOutput(p, paddedOf(p), 0, 4, 0, 0, true)).toBe(
      'Output (row 0, col 0) = 4 (exact reference; TensorFlow.js computing…): the sum of its window covers padded rows 0–2, cols 0–2 (9 taps, 4 counted) divided by 4, the counted cells (count_include_pad=False: only input cells count)',
    );
  });

  it('in=5 k=3 s=2 pad=same avgpool: TF divides by the input cells only, whatever cip says', () => {
    const p = planFor('op=avgpool&in=5&k=3&s=2&pad=same&cip=1');
    expect(describePadded(p, paddedOf(p), 0, 0, 0)).toContain(`not counted (TensorFlow's padding="same": only input cells count, whatever count_include_pad says)`);
  });

  it('in=6 k=3 s=2 pad=1 ceil avgpool: with count_include_pad the padding counts, the overhang does not', () => {
    const p = planFor('op=avgpool&in=6&k=3&s=2&pad=1,1,1,1&ceil=1');
    expect(describePadded(p, paddedOf(p), 0, 0, 0)).toContain('= 0: counted in the divisor (count_include_pad=True)');
    expect(divisorTexts(p)).toEqual(['÷9', '÷9', '÷9', '÷6', '÷9', '÷9', '÷9', '÷6', '÷9', '÷9', '÷9', '÷6', '÷6', '÷6', '÷6', '÷4']);
  });

  it('in=5 k=3 s=3 pad=1 ceil maxpool: the unread last row says the window was removed by the last-window rule', () => {
    const p = planFor('op=maxpool&in=5&k=3&s=3&pad=1,1,1,1&ceil=1');
    expect(unreadLegend(p)).toEqual([
      "1 row past the last window: ceil_mode's window 2, which would start at 6 ≥ n + pb = 5 + 1, was removed (PyTorch's last-window rule)",
      "1 column past the last window: ceil_mode's window 2, which would start at 6 ≥ n + pb = 5 + 1, was removed (PyTorch's last-window rule)",
    ]);
  });

  it('a pool with several channels does not say its window is summed over them', () => {
    const p = planFor('op=maxpool&in=4x4&c=2&k=2');
    expect(describeOutput(p, 6, 0, 0, false)).not.toContain('summed');
    expect(divisorTexts(p)).toBeUndefined();
  });
});
