/**
 * "Newest request wins" scheduling: the one place that decides which request
 * is the newest, for both lanes of the engine (engine.ts: a grid plan, and
 * image mode's padding modes of one picture). A slider sends a request per
 * step, but only the last one matters to the user, so:
 * - one request runs at a time (older runs alongside it would only take the
 *   same GPU or CPU away from the newest one);
 * - at most one request waits; a newer request replaces it, and the replaced
 *   one resolves to null at once;
 * - a request may name a promise to start after (the UI's next paint): a
 *   newer request that arrives meanwhile replaces it before it runs;
 * - a request that finishes after a newer one arrived resolves to null too:
 *   its result belongs to a configuration the user already left;
 * - a request whose work throws rejects with that error, superseded or not
 *   (wrap the work in `settling` to have errors dropped like results).
 * Plain promises only: no tfjs here, so the rules are tested on their own.
 */

/**
 * The work for one request. `superseded()` turns true once a newer request
 * arrives, so long work (several padding modes) can stop early; whatever it
 * then returns is dropped.
 */
export type Work<Req, Res> = (request: Req, superseded: () => boolean) => Promise<Res>;

export interface NewestWins<Req, Res> {
  /**
   * Resolves with the work's result, or null when a newer request superseded
   * this one. The work starts no earlier than `startAfter` resolves.
   */
  run(request: Req, startAfter?: Promise<unknown>): Promise<Res | null>;
  /** True while a request runs or waits (idle-time work should stand back then). */
  busy(): boolean;
}

/** A request's answer when errors are answers too: its result, or the message of the error its work threw. */
export type Settled<Res> = { readonly ok: true; readonly value: Res } | { readonly ok: false; readonly error: string };

/**
 * Work whose error is an answer like its result: the scheduler then drops a
 * superseded request's error as it drops its result, so a caller never has to
 * ask whether a failed request was still the newest.
 */
export function settling<Req, Res>(work: Work<Req, Res>): Work<Req, Settled<Res>> {
  return async (request, superseded) => {
    try {
      return { ok: true, value: await work(request, superseded) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}

interface Waiting<Req, Res> {
  readonly request: Req;
  readonly startAfter: Promise<unknown> | undefined;
  readonly resolve: (r: Res | null) => void;
  readonly reject: (e: unknown) => void;
}

/** `onIdle` is called each time the last waiting request has finished. */
export function newestWins<Req, Res>(work: Work<Req, Res>, onIdle?: () => void): NewestWins<Req, Res> {
  let running = false;
  let waiting: Waiting<Req, Res> | null = null;
  const superseded = () => waiting !== null;

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    while (waiting) {
      const job: Waiting<Req, Res> = waiting;
      waiting = null;
      try {
        if (job.startAfter) await job.startAfter;
        // Replaced while it waited to start: never run it.
        const result = superseded() ? null : await work(job.request, superseded);
        job.resolve(superseded() ? null : result);
      } catch (e) {
        job.reject(e);
      }
    }
    running = false;
    onIdle?.();
  };

  return {
    run(request, startAfter) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { request, startAfter, resolve, reject };
        void pump();
      });
    },
    busy: () => running || waiting !== null,
  };
}
