import * as tf from '@tensorflow/tfjs-core';
import { DEFAULT_CONFIG, type Config } from '../../../src/core/config';
import { derivePlan } from '../../../src/core/plan';
import { startBackend } from '../../../src/engine/backend';
import { runPlan } from '../../../src/engine/runPlan';

declare global { interface Window { probe?: (cfgs: Partial<Config>[]) => Promise<unknown> } }
const keys = () => Object.keys((tf.backend() as unknown as { binaryCache: object }).binaryCache);
window.probe = async (cfgs) => {
  await startBackend('webgl');
  const out = [];
  for (const c of cfgs) {
    const p = derivePlan({ ...DEFAULT_CONFIG, ...c });
    if (!p.ok) { out.push(p.message); continue; }
    const before = new Set(keys());
    const t = performance.now();
    const r = await runPlan(p);
    const added = keys().filter((k) => !before.has(k)).map((k) => k.slice(0, k.indexOf('_')));
    out.push({ c: JSON.stringify(c), ms: Math.round(performance.now() - t), compiled: added.join(','), ok: r.matches });
  }
  return out;
};
