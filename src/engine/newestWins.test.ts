/**
 * The newest-request-wins rules on their own, with work the test finishes by
 * hand: which requests run, which resolve to null, and how errors travel.
 */
import { describe, expect, it } from 'vitest';
import { newestWins, settling } from './newestWins';

/** Work whose every call waits until the test settles it; `started` lists the requests in the order they ran. */
function manualWork() {
  const started: string[] = [];
  const pending: { finish: (v: string) => void; fail: (e: Error) => void; superseded: () => boolean }[] = [];
  const work = (request: string, superseded: () => boolean) =>
    new Promise<string>((finish, fail) => {
      started.push(request);
      pending.push({ finish, fail, superseded });
    });
  return { work, started, pending };
}

/** Lets the scheduler's awaits run (a few microtask turns). */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

describe('newestWins', () => {
  it('runs a lone request and resolves with its result', async () => {
    const { work, started, pending } = manualWork();
    const q = newestWins(work);
    const a = q.run('a');
    expect(q.busy()).toBe(true);
    pending[0]!.finish('A');
    expect(await a).toBe('A');
    expect(started).toEqual(['a']);
    expect(q.busy()).toBe(false);
  });

  it('drops the waiting request a newer one replaces, without running it', async () => {
    const { work, started, pending } = manualWork();
    const q = newestWins(work);
    const a = q.run('a');
    const b = q.run('b');
    const c = q.run('c');
    expect(await b).toBeNull();
    pending[0]!.finish('A');
    await settle();
    pending[1]!.finish('C');
    expect(await c).toBe('C');
    expect(await a).toBeNull();
    expect(started).toEqual(['a', 'c']);
  });

  it('drops the result of a running request once a newer one arrives, and tells the work so', async () => {
    const { work, pending } = manualWork();
    const q = newestWins(work);
    const a = q.run('a');
    expect(pending[0]!.superseded()).toBe(false);
    const b = q.run('b');
    expect(pending[0]!.superseded()).toBe(true);
    pending[0]!.finish('A');
    expect(await a).toBeNull();
    await settle();
    expect(pending[1]!.superseded()).toBe(false);
    pending[1]!.finish('B');
    expect(await b).toBe('B');
  });

  it('rejects a request whose work throws, superseded or not, and goes on with the newest', async () => {
    const { work, pending } = manualWork();
    const q = newestWins(work);
    const a = q.run('a');
    const b = q.run('b');
    pending[0]!.fail(new Error('boom'));
    await expect(a).rejects.toThrow('boom');
    await settle();
    pending[1]!.fail(new Error('bang'));
    await expect(b).rejects.toThrow('bang');
    const c = q.run('c');
    pending[2]!.finish('C');
    expect(await c).toBe('C');
  });

  it('calls onIdle once the last request is done, not between requests', async () => {
    const { work, pending } = manualWork();
    let idle = 0;
    const q = newestWins(work, () => idle++);
    const a = q.run('a');
    const b = q.run('b');
    pending[0]!.finish('A');
    await a;
    await settle();
    expect(idle).toBe(0);
    expect(q.busy()).toBe(true);
    pending[1]!.finish('B');
    await b;
    await settle();
    expect(idle).toBe(1);
    expect(q.busy()).toBe(false);
  });

  it('starts a request only after its startAfter; a newer one arriving meanwhile replaces it unrun', async () => {
    const { work, started, pending } = manualWork();
    const q = newestWins(work);
    let paint!: () => void;
    const painted = new Promise<void>((r) => (paint = r));
    const a = q.run('a', painted);
    await settle();
    expect(started).toEqual([]);
    expect(q.busy()).toBe(true);
    const b = q.run('b', painted);
    paint();
    expect(await a).toBeNull();
    await settle();
    expect(started).toEqual(['b']);
    pending[0]!.finish('B');
    expect(await b).toBe('B');
  });

  it('does not wait again for a startAfter that resolved while an older request ran', async () => {
    const { work, started, pending } = manualWork();
    const q = newestWins(work);
    const a = q.run('a');
    const b = q.run('b', Promise.resolve());
    await settle();
    pending[0]!.finish('A');
    expect(await a).toBeNull();
    await settle();
    expect(started).toEqual(['a', 'b']);
    pending[1]!.finish('B');
    expect(await b).toBe('B');
  });
});

describe('settling', () => {
  it('turns an error into an answer, and drops it like a result once superseded', async () => {
    const { work, pending } = manualWork();
    const q = newestWins(settling(work));
    const a = q.run('a');
    pending[0]!.fail(new Error('boom'));
    expect(await a).toEqual({ ok: false, error: 'boom' });
    const b = q.run('b');
    const c = q.run('c');
    await settle();
    pending[1]!.fail(new Error('bang'));
    expect(await b).toBeNull();
    await settle();
    pending[2]!.finish('C');
    expect(await c).toEqual({ ok: true, value: 'C' });
  });
});
