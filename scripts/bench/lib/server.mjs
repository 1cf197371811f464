/**
 * Build and serve for the benchmark: `vite build` with scripts/bench/vite.config.ts
 * into a private folder, then `vite preview` of it in its own process group,
 * so stop() ends the server and every child it started.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const VITE = (root) => path.join(root, 'node_modules', '.bin', 'vite');

export function build(root, outDir) {
  const started = Date.now();
  const r = spawnSync(VITE(root), ['build', '--config', 'scripts/bench/vite.config.ts'], {
    cwd: root,
    env: { ...process.env, BENCH_DIST: outDir },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
  if (!fs.existsSync(path.join(outDir, 'index.html'))) throw new Error(`no index.html in ${outDir}`);
  return Date.now() - started;
}

async function waitForServer(url, ms, failed) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (failed()) throw new Error(`vite preview exited before answering at ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`preview server did not answer at ${url} within ${ms} ms`);
}

/** True when nothing listens on 127.0.0.1:port (others may be serving their own builds). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from` on (4190 is skipped: browsers block it). */
export async function freePort(from) {
  for (let p = from; p < from + 100; p++) if (p !== 4190 && (await portFree(p))) return p;
  throw new Error(`no free port in ${from}..${from + 99}`);
}

/** Starts `vite preview` of `outDir` on a free port from `port` on; resolves to { url, stop }. */
export async function serve(root, outDir, fromPort) {
  const port = await freePort(fromPort);
  const child = spawn(VITE(root), ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${url}/`, 20_000, () => exited);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop };
}
