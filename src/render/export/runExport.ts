/**
 * One export from start to file: builds the scene, paints and encodes its
 * frames a few at a time, yielding to the page between batches so the
 * progress bar moves and Cancel is heard (an AbortSignal; an aborted export
 * rejects with an AbortError). The encoder libraries load here, on demand:
 * gifenc for a GIF, fflate for a zip, neither for an SVG.
 */
import type { Plan } from '../../core';
import { framePainter, type FramePixels, type SurfaceFactory } from './drawFrame';
import { exportFileName } from './exportName';
import type { ExportOptions } from './exportOptions';
import { exportScene } from './exportScene';

export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
  /** Frames written, and output cells in all (more when the export stopped at its cap). */
  readonly frames: number;
  readonly total: number;
}

export interface ExportRun {
  readonly signal?: AbortSignal;
  /** Called after each batch with frames done and frames in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Canvases for the raster formats (drawFrame.browserSurface on a page). */
  readonly surface: SurfaceFactory;
  /** Lets the page paint between batches; a resolved promise in tests. */
  readonly pause?: () => Promise<void>;
}

const MIME = { gif: 'image/gif', svg: 'image/svg+xml', zip: 'application/zip' } as const;
/** Work between two pauses, ms: short enough for the progress bar and Cancel to feel live. */
const BATCH_MS = 40;

function abortError(): Error {
  return new DOMException('The export was cancelled.', 'AbortError');
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface FrameWriter {
  add(frame: FramePixels): void;
  finish(): Uint8Array;
}

async function writerFor(format: 'gif' | 'zip', count: number, delayMs: number): Promise<FrameWriter> {
  if (format === 'gif') return (await import('./encodeGif')).gifWriter(delayMs);
  return (await import('./encodeZip')).zipWriter(count);
}

/** Exports `plan`'s step-through as `opts` asks. */
export async function runExport(plan: Plan, opts: ExportOptions, run: ExportRun): Promise<ExportFile> {
  const { signal, onProgress, pause = macrotask } = run;
  const scene = exportScene(plan, opts);
  const count = scene.frames.length;
  const name = exportFileName(plan.config, opts.format, opts.channel, opts.filter);
  const done = (bytes: Uint8Array): ExportFile => ({ name, mime: MIME[opts.format], bytes, frames: count, total: scene.total });
  if (opts.format === 'svg') {
    const { sceneSvg } = await import('./svgAnimation');
    onProgress?.(count, count);
    return done(new TextEncoder().encode(sceneSvg(scene)));
  }
  const writer = await writerFor(opts.format, count, scene.delayMs);
  const paint = framePainter(scene, run.surface);
  let batchStart = performance.now();
  for (let i = 0; i < count; i++) {
    if (signal?.aborted) throw abortError();
    writer.add(paint(scene.frames[i] as (typeof scene.frames)[number]));
    if (performance.now() - batchStart > BATCH_MS) {
      onProgress?.(i + 1, count);
      await pause();
      batchStart = performance.now();
    }
  }
  if (signal?.aborted) throw abortError();
  onProgress?.(count, count);
  return done(writer.finish());
}
