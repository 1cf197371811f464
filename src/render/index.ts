/**
 * Padlab's drawing layer: grid layout and hit-testing, the static and the
 * moving canvas layers, and the pictures they draw, all from plain data
 * (no React, zustand or tfjs; enforced by lint).
 */
export * from './layout';
export * from './canvas';
export * from './colors';
export * from './format';
export * from './drawGrid';
export * from './drawOverlay';
export * from './paddedPicture';
export * from './matrixPicture';
export * from './overlays';
export * from './same';
