/**
 * The checkerboard section's lane of the engine (engine.ts): one request (the
 * two upsamplings of one picture) at a time, newest wins (newestWins.ts), on
 * the engine's backend session, beside the grid, image and network lanes. A
 * request made while another runs replaces any waiting one; the running one
 * stops after the plan in progress and resolves to null.
 */
import type { BackendSession } from '../backendSession';
import { newestWins, settling, type NewestWins, type Settled } from '../newestWins';
import { runUpsample, type UpsampleResult } from './runUpsample';
import type { UpsampleRequest } from './upsampleLane';

/** The lane: resolves with every plan's result or the error's message, or null when superseded. */
export function upsampleLane(session: BackendSession): NewestWins<UpsampleRequest, Settled<UpsampleResult[]>> {
  return newestWins(
    settling(async (request, superseded) => {
      const results: UpsampleResult[] = [];
      for (const plan of request.plans) {
        const result = await session.run(() => runUpsample(plan));
        if (superseded()) break;
        request.onResult?.(result, results.length);
        results.push(result);
      }
      return results;
    }),
  );
}
