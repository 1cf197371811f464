/**
 * Runs one export at a time: loads the export code (and its encoder) only
 * now, reports progress, cancels through an AbortController, and ends with
 * a download. State is local to the panel: exports are not part of the URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../core';
import type { ExportOptions } from '../../render/export/exportOptions';
import { downloadBytes, sizeText } from './download';

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

export function useExport(): { state: ExportState; start: (plan: Plan, opts: ExportOptions) => void; cancel: () => void } {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Closing the panel or leaving the view stops an export that is still drawing.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((plan: Plan, opts: ExportOptions) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ kind: 'running', done: 0, total: 0 });
    void (async () => {
      try {
        const [{ runExport }, { browserSurface }] = await Promise.all([import('../../render/export/runExport'), import('../../render/export/drawFrame')]);
        const file = await runExport(plan, opts, {
          signal: own.signal,
          surface: browserSurface,
          onProgress: (done, total) => {
            if (!own.signal.aborted) setState({ kind: 'running', done, total });
          },
        });
        if (own.signal.aborted) return;
        downloadBytes(file.name, file.mime, file.bytes);
        const capped = file.total > file.frames ? ` (the first ${file.frames} of ${file.total} output cells)` : '';
        setState({ kind: 'done', message: `Saved ${file.name}: ${file.frames} frames${capped}, ${sizeText(file.bytes.length)}.` });
      } catch (e) {
        if (own.signal.aborted) return;
        setState({ kind: 'failed', message: `The export failed: ${e instanceof Error ? e.message : String(e)}` });
      } finally {
        if (controller.current === own) controller.current = null;
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ kind: 'done', message: 'Export cancelled.' });
  }, []);

  return { state, start, cancel };
}
