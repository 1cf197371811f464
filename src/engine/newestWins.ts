/**
 * "Newest request wins" scheduling, shared by the grid engine (engine.ts) and
 * image mode (image/imageEngine.ts). A slider sends a request per step, but
 * only the last one matters to the user, so:
 * - one request runs at a time (older runs alongside it would only take the
 *   same GPU or CPU away from the newest one);
 * - at most one request waits; a newer request replaces it, and the replaced
 *   one resolves to null at once;
 * - a request that finishes after a newer one arrived resolves to null too:
 *   its result belongs to a configuration the user already left;
 * - a request whose work throws rejects with that error, superseded or not.
 * Plain promises only: no tfjs here, so the rules are tested on their own.
 */

/**
 * The work for one request. `superseded()` turns true once a newer request
 * arrives, so long work (several padding modes) can stop early; whatever it
 * then returns is dropped.
 */
export type Work<Req, Res> = (request: Req, superseded: () => boolean) => Promise<Res>;

export interface NewestWins<Req, Res> {
  /** Resolves with the work's result, or null when a newer request superseded this one. */
  run(request: Req): Promise<Res | null>;
  /** True while a request runs or waits (idle-time work should stand back then). */
  busy(): boolean;
}

interface Waiting<Req, Res> {
  readonly request: Req;
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
        const result = await work(job.request, superseded);
        job.resolve(superseded() ? null : result);
      } catch (e) {
        job.reject(e);
      }
    }
    running = false;
    onIdle?.();
  };

  return {
    run(request) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { request, resolve, reject };
        void pump();
      });
    },
    busy: () => running || waiting !== null,
  };
}
