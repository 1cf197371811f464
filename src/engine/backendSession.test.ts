/**
 * The session's move from WebGL to CPU, with backend.ts replaced by a stub:
 * Node has no WebGL, and what matters here is when the session falls back,
 * whom it tells, and which errors reach the caller.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackendInfo } from './backend';
import { sharedBackendSession, startBackendSession } from './backendSession';

const stub = vi.hoisted(() => ({
  start: 'webgl' as 'webgl' | 'cpu',
  onLost: null as (() => void) | null,
  fallbacks: [] as string[],
}));

vi.mock('./backend', () => ({
  startBackend: async (prefer: 'webgl' | 'cpu'): Promise<BackendInfo> =>
    prefer === 'cpu' || stub.start === 'cpu' ? { name: 'cpu', fallbackReason: 'CPU backend chosen', startMs: 0 } : { name: 'webgl', startMs: 0 },
  fallBackToCpu: async (reason: string): Promise<BackendInfo> => {
    stub.fallbacks.push(reason);
    return { name: 'cpu', fallbackReason: reason, startMs: 0 };
  },
  watchContextLoss: (onLost: () => void) => {
    stub.onLost = onLost;
  },
}));

beforeEach(() => {
  stub.start = 'webgl';
  stub.onLost = null;
  stub.fallbacks = [];
});

describe('backend session', () => {
  it('runs on WebGL while WebGL works', async () => {
    const session = startBackendSession();
    expect((await session.ready).name).toBe('webgl');
    expect(await session.run(async () => 42)).toBe(42);
    expect((await session.current()).name).toBe('webgl');
    expect(stub.fallbacks).toEqual([]);
  });

  it('moves to CPU when WebGL throws, tells listeners why, and runs once more there', async () => {
    const session = startBackendSession();
    const heard: BackendInfo[] = [];
    session.onChange((info) => heard.push(info));
    let calls = 0;
    const result = await session.run(async () => {
      calls++;
      if (calls === 1) throw new Error('shader failed');
      return 'second try';
    });
    expect(result).toBe('second try');
    expect(calls).toBe(2);
    expect((await session.current()).name).toBe('cpu');
    expect(stub.fallbacks).toEqual(['WebGL failed while running (shader failed); continuing on the CPU backend']);
    await Promise.resolve();
    expect(heard.map((i) => i.fallbackReason)).toEqual([stub.fallbacks[0]]);
    // `ready` keeps saying how the session started.
    expect((await session.ready).name).toBe('webgl');
  });

  it('lets an error on the CPU backend reach the caller, without a retry', async () => {
    const session = startBackendSession('cpu');
    let calls = 0;
    await expect(
      session.run(async () => {
        calls++;
        throw new Error('cpu kernel failed');
      }),
    ).rejects.toThrow('cpu kernel failed');
    expect(calls).toBe(1);
    expect(stub.fallbacks).toEqual([]);
  });

  it('lets the second error reach the caller when the CPU retry fails too', async () => {
    const session = startBackendSession();
    await expect(
      session.run(async () => {
        throw new Error('always');
      }),
    ).rejects.toThrow('always');
    expect(stub.fallbacks).toHaveLength(1);
  });

  it('moves to CPU when the WebGL context is lost, and only once', async () => {
    const session = startBackendSession();
    const heard: string[] = [];
    session.onChange((info) => heard.push(info.name));
    await session.ready;
    stub.onLost?.();
    expect((await session.current()).name).toBe('cpu');
    stub.onLost?.();
    await session.current();
    expect(stub.fallbacks).toEqual(['the WebGL context was lost (GPU reset or driver problem); continuing on the CPU backend']);
    expect(heard).toEqual(['cpu']);
  });

  it('is one session for the whole page: a fallback met by one engine is heard by both, and tfjs starts once', async () => {
    const grid = sharedBackendSession('webgl');
    const image = sharedBackendSession('webgl');
    expect(image).toBe(grid);
    const heardByGrid: string[] = [];
    const heardByImage: string[] = [];
    grid.onChange((info) => heardByGrid.push(info.name));
    image.onChange((info) => heardByImage.push(info.name));
    let calls = 0;
    const result = await image.run(async () => {
      calls += 1;
      if (calls === 1) throw new Error('shader failed');
      return 'rerun on cpu';
    });
    expect(result).toBe('rerun on cpu');
    expect((await grid.current()).name).toBe('cpu');
    expect(heardByGrid).toEqual(['cpu']);
    expect(heardByImage).toEqual(['cpu']);
    // The grid engine's next WebGL-looking failure is now a CPU failure: it reaches the caller, no second fallback.
    await expect(grid.run(async () => Promise.reject(new Error('cpu broke')))).rejects.toThrow('cpu broke');
    expect(stub.fallbacks).toHaveLength(1);
  });
});
