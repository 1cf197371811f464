/**
 * The model reader, loaded on first use: it pulls in @lezer/python, which
 * must stay out of the initial JS (most visits never paste a model).
 */
import type { ModelParse } from '../../../translate/parseModel';

let loading: Promise<(src: string) => ModelParse> | null = null;

/** Resolves to parseModel; a failed load (offline after a deploy) is retried on the next call. */
export function loadParser(): Promise<(src: string) => ModelParse> {
  loading ??= import('../../../translate/parseModel').then(
    (m) => m.parseModel,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
