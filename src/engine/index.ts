/** TensorFlow.js engine: the only layer that touches tensors. */
export { createEngine, type Engine } from './engine';
export { startBackend, type BackendInfo } from './backend';
export { runPlan, liveTensors, float32Tolerance, type EngineResult } from './runPlan';
export type { Settled } from './newestWins';
export type { ImageRequest } from './image/imageLane';
export { runImagePlan, type ImageJob, type ImageModeResult } from './image/runImage';
export { runNet, type NetResult } from './runNet';
