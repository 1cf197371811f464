/** Image mode on TensorFlow.js: per-channel convolution of a picture under every padding mode. */
export { createImageEngine, type ImageEngine, type ImageRequest } from './imageEngine';
export { runImagePlan, runBareConv, type ImageJob, type ImageModeResult, type BareResult } from './runImage';
export { startBackend, type BackendInfo } from '../backend';
