/** "Solve for a size": which paddings and strides give a wanted output shape (pure). */
export * from './axisOptions';
export * from './solveSize';
export { torchPoolPadLimit, outputPaddingFits } from './axisRules';
export { transposedReach } from './transposedOptions';
export { forwardOfTransposed } from './forwardOfTransposed';
