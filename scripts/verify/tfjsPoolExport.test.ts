/**
 * The exported TensorFlow.js pooling snippets really run: each snippet, as
 * exported, is evaluated with the project's own tfjs (tfjs-core + the CPU
 * backend stand in for the '@tensorflow/tfjs' bundle it imports) and its
 * `out` is compared with core's exact reference (float32 tolerance; −∞ only
 * where the reference is −∞).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { tfjsPoolForm, tfjsPoolSnippet } from '../../src/translate/codegen/tfjsPool';
import { poolCode } from '../../src/translate/codegen/poolFacts';
import { referenceOf } from '../../src/core';
import { frameworkTable } from '../../src/translate/frameworks';
import { poolExportPlans } from './poolConfigs';
import { runTfjsSnippet } from './tfjsRun';

/** float32: a few ulps of the largest input magnitude. */
const tolerance = (values: readonly number[]) => 1e-6 * Math.max(1, ...values.map(Math.abs));

const plans = poolExportPlans();

describe('TensorFlow.js pooling export runs and matches the reference', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reaches every tfjs form: the op, zeros padded first, dilation through tf.pool', () => {
    expect(new Set(plans.map(({ plan }) => tfjsPoolForm(poolCode(plan))))).toEqual(new Set(['op', 'zero-pad-then-op', 'dilated']));
  });

  it('every snippet computes the reference output (float32)', () => {
    const failures: string[] = [];
    for (const { name, plan } of plans) {
      const code = tfjsPoolSnippet(plan).code;
      try {
        const { out } = runTfjsSnippet(code);
        const ref = referenceOf(plan);
        const bad = out.length !== ref.length || out.some((v, i) => {
          const r = ref[i] ?? NaN;
          return r === -Infinity ? v !== -Infinity : !(Math.abs(v - r) <= tolerance(plan.input));
        });
        if (bad) failures.push(`${name}: got ${JSON.stringify(out)}\nwant ${JSON.stringify(ref)}\n${code}`);
      } catch (e) {
        failures.push(`${name}: ${String(e)}\n${code}`);
      }
    }
    console.log(`tfjs pooling export: ${plans.length} configurations executed`);
    expect(failures.slice(0, 3).join('\n\n')).toBe('');
  });

  it('the tfjs lines the table quotes do what it says: the error tfjs throws, the size dimRoundingMode ceil gives', () => {
    const wrong: string[] = [];
    const kinds = new Set<string>();
    for (const { name, plan } of plans) {
      const row = frameworkTable(plan).find((r) => r.id === 'tfjs');
      for (const a of row?.attempts.filter((x) => x.role === 'literal') ?? []) {
        kinds.add(a.outcome.kind);
        const x = tf.zeros([1, plan.h.n, plan.w.n, plan.channels]);
        let said: string;
        try {
          const y = (new Function('tf', 'x', `return ${a.code};`) as (t: typeof tf, x: tf.Tensor) => tf.Tensor)(tf, x);
          said = `shape ${y.shape[1]}x${y.shape[2]}`;
          y.dispose();
        } catch (e) {
          said = String(e);
        }
        x.dispose();
        const quoted = a.outcome.kind === 'error' ? a.outcome.error : `shape ${a.outcome.out.h}x${a.outcome.out.w}`;
        if (said !== quoted) wrong.push(`${name}: ${a.code}\n  table: ${quoted}\n  tfjs:  ${said}`);
      }
    }
    expect([...kinds].sort()).toEqual(['error', 'ok']);
    expect(wrong.slice(0, 3).join('\n')).toBe('');
  });
});
