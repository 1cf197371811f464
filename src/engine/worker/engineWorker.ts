/**
 * The engine's module Web Worker: TensorFlow.js runs here (WebGL on an
 * OffscreenCanvas, else the CPU backend), so uploads, shader runs and
 * read-backs never hold up the page's frames. The page talks to it through
 * workerEngine.ts.
 */
import { createEngine } from '../engine';
import { liveTensors } from '../runPlan';
import type { FromWorker, Port, ToWorker } from './protocol';
import { serveEngine } from './serveEngine';

serveEngine(self as unknown as Port<ToWorker, FromWorker>, createEngine, liveTensors);
