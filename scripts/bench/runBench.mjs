#!/usr/bin/env node
/**
 * `npm run bench`: builds the app (scripts/bench/vite.config.ts, into a
 * private folder), serves it with `vite preview`, drives it in headless
 * Chromium and prints the results table of issue #7 with the budgets.
 *
 *   npm run bench -- --out FILE      also write the JSON (exactly the table's keys, nested by group)
 *   npm run bench -- --only tfjs,load   run some groups (interaction, drag, tfjs, playback, image, load, memory)
 *   npm run bench -- --no-build      reuse the last benchmark build
 *   npm run bench -- --port 4302     preview port (default 4302; avoid 4190, browsers block it)
 *
 * Ends by itself (no group starts after 200 s, hard limit 290 s) and always stops its server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';
import { METRICS, groupOf, table, toJson } from './lib/report.mjs';
import { build, serve } from './lib/server.mjs';
import { measureDrag } from './measure/drag.mjs';
import { measureImage } from './measure/image.mjs';
import { measureInteraction } from './measure/interaction.mjs';
import { measureLoad } from './measure/load.mjs';
import { measureMemory } from './measure/memory.mjs';
import { measurePlayback } from './measure/playback.mjs';
import { measureTfjs } from './measure/tfjs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HARD_LIMIT_MS = 290_000;
/** No group starts after this much time (a busy machine is slow): the table then says which are missing. */
const LAST_START_MS = 200_000;
/** The configuration every grid measurement starts from: 64×64 input, 5×5 kernel. */
const QUERY = '?in=64x64&k=5x5';
/** The drag's (issue #16): 64×64 input, 3×3 kernel. */
const DRAG_QUERY = '?in=64x64&k=3x3';

function parseArgs(argv) {
  const opts = { out: null, only: null, build: true, port: 4302, dist: process.env.BENCH_DIST ?? path.join(os.tmpdir(), 'padlab-bench-dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i];
    else if (a === '--only') opts.only = argv[++i].split(',');
    else if (a === '--no-build') opts.build = false;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else throw new Error(`unknown argument ${a} (see scripts/bench/runBench.mjs)`);
  }
  return opts;
}

const GROUPS = {
  interaction: (b, url) => measureInteraction(b, url + QUERY),
  drag: (b, url) => measureDrag(b, url + DRAG_QUERY),
  tfjs: (b, url) => measureTfjs(b, url + QUERY),
  playback: (b, url) => measurePlayback(b, url + QUERY),
  image: (b, url) => measureImage(b, url),
  load: (b, url, dist) => measureLoad(b, url + QUERY, dist),
  memory: (b, url) => measureMemory(b, url + QUERY),
};

async function main() {
  const startedAt = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const groups = opts.only ?? Object.keys(GROUPS);
  for (const g of groups) if (!GROUPS[g]) throw new Error(`unknown group ${g}; groups: ${Object.keys(GROUPS).join(', ')}`);
  if (opts.build) {
    console.log(`building into ${opts.dist} …`);
    console.log(`built in ${(build(ROOT, opts.dist) / 1000).toFixed(1)} s`);
  }
  const loadBefore = os.loadavg()[0];
  const server = await serve(ROOT, opts.dist, opts.port);
  const limit = setTimeout(() => {
    console.error(`benchmark exceeded ${HARD_LIMIT_MS / 1000} s: stopping`);
    server.stop();
    process.exit(2);
  }, HARD_LIMIT_MS);
  const flat = {};
  const info = {};
  let browser;
  try {
    browser = await launch();
    for (const g of groups) {
      const started = Date.now();
      if (started - startedAt > LAST_START_MS) {
        info[g] = { error: `skipped: the benchmark had run ${Math.round((started - startedAt) / 1000)} s already` };
        continue;
      }
      try {
        const r = await GROUPS[g](browser, server.url, opts.dist);
        Object.assign(flat, r.metrics);
        info[g] = r.info;
      } catch (e) {
        info[g] = { error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
      }
      console.log(`  ${g}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const version = browser.version();
    await browser.close();
    browser = null;
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`\nPadlab benchmark — ${new Date().toISOString().slice(0, 10)} · ${cpu} × ${os.cpus().length} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · headless Chromium ${version}`);
    if (info.image?.renderer) console.log(`WebGL renderer: ${info.image.renderer}`);
    // Other processes on this machine (builds, e2e browsers) slow every timing: say how busy it was.
    console.log(`1-min load average: ${loadBefore.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end (${os.cpus().length} CPUs)`);
    console.log(`\n${table(flat)}\n`);
    for (const [g, v] of Object.entries(info)) console.log(`${g}: ${JSON.stringify(v)}`);
    if (opts.out) {
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, `${JSON.stringify(toJson(flat), null, 2)}\n`);
      console.log(`\nwrote ${opts.out}`);
    }
    const missing = METRICS.filter((m) => groups.includes(groupOf(m)) && typeof flat[m.key] !== 'number');
    if (missing.length) process.exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    server.stop();
    clearTimeout(limit);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
