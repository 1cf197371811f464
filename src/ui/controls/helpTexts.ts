/** The short explanation of each control (shown on hover/focus), keyed by URL key. */
export const HELP = {
  in: 'Input height × width in cells.',
  c: 'Input channels C: every filter sums over all of them.',
  f: 'Filters F (output channels): one output grid each.',
  k: 'Kernel height × width in taps, before dilation.',
  s: 'Stride: how many cells the window moves per output cell.',
  d: 'Dilation: gap between kernel taps; the window spans ke = d·(k−1)+1 cells.',
  pad: 'Border mode: how much padding each side gets. same = TF/Keras SAME (odd cell at bottom/right); same-lower = ONNX SAME_LOWER; full/half = Theano.',
  sides: 'Explicit padding per side: Keras ZeroPadding2D(((top, bottom), (left, right))), PyTorch F.pad(x, (left, right, top, bottom)).',
  mode: 'What the padding cells hold: zeros, a constant, a mirror of the input (reflect excludes the edge, symmetric repeats it), the edge value, or the opposite side (circular).',
  cval: 'The value constant padding cells hold.',
  fw: 'Whose rules, warnings and code to show.',
  flip: 'Off: cross-correlation, as every DL framework computes. On: true convolution (kernel rotated 180°), as Theano and scipy.signal.convolve2d.',
  x: 'Input values. ramp numbers each cell, so a padding value tells where it was copied from.',
  w: 'Kernel values (the same plane for every channel and filter, except identity and random).',
  seed: 'Seed of the random presets: the same seed gives the same numbers in every browser.',
} as const;
