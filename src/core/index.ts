/**
 * Padlab's pure core: configuration, limits, the one derivation
 * (`derivePlan`), index maps, window map, padded grid and reference
 * convolution. No React, zustand, tfjs or DOM (enforced by lint).
 */
export * from './config';
export * from './limits';
export * from './derivationSteps';
export * from './invalid';
export * from './axisPadding';
export * from './axisDerivation';
export * from './appliedWeights';
export * from './indexMap';
export * from './presets';
export * from './random';
export * from './plan';
export * from './warnings';
export * from './windows';
export * from './padded';
export * from './planArrays';
export * from './reference';
export * from './poolReference';
export { divisorCountsPadding } from './poolPlan';
export * from './poolRules';
export * from './groupedWeights';
export * from './transposedAxis';
export * from './transposedScatter';
export * from './inverseTransposed';
export * from './solve';
export * from './image';
export * from './halfKernelPad';
export * from './valueCounts';
export * from './hwioKernel';
export * from './flatLayout';
export * from './net';
export * from './quiz';
