/** The benchmark's JSON keeps exactly the keys of issue #7, and the verdicts read the budgets right. */
import { describe, expect, it } from 'vitest';
import { METRICS, groupOf, table, toJson, verdict } from './report.mjs';

describe('benchmark report', () => {
  it('writes exactly the issue keys, nested by group, a failed measurement as null', () => {
    const json = toJson({ 'interaction.p95_ms': 12.5, 'load.first_render_ms': 800, 'not.a_key': 1 });
    expect(json).toEqual({
      interaction: { p95_ms: 12.5, drag_p95_ms: null, drag_p50_ms: null, drag_ratio_to_no_engine: null },
      main_thread: { long_tasks_during_drag: null },
      tfjs: { same_shape_median_ms: null, shape_change_p95_ms: null, stall_ratio: null },
      playback: { fps: null },
      image: { pipeline_ratio: null },
      load: { first_render_ms: 800, initial_js_gzip_kb: null, tfjs_ready_ms: null },
      memory: { tensors_leaked: null, heap_growth_mb: null },
    });
  });

  it.each([
    ['interaction.p95_ms', 16.7, 'ok'],
    ['interaction.p95_ms', 16.8, 'NOT OK'],
    ['playback.fps', 55, 'ok'],
    ['playback.fps', 54.9, 'NOT OK'],
    ['memory.heap_growth_mb', 5, 'NOT OK'],
    ['memory.tensors_leaked', 0, 'ok'],
    ['tfjs.same_shape_median_ms', 40, '—'],
    ['tfjs.stall_ratio', NaN, 'missing'],
    ['interaction.drag_p95_ms', 45, 'ok'],
    ['interaction.drag_ratio_to_no_engine', 1.26, 'NOT OK'],
    ['main_thread.long_tasks_during_drag', 1, 'NOT OK'],
  ] as const)('%s = %s is %s', (key, value, expected) => {
    const m = METRICS.find((x) => x.key === key);
    expect(verdict(value, m?.budget ?? null)).toBe(expected);
  });

  it('can tell which group makes a key (the drag makes interaction.drag_* and main_thread.*)', () => {
    const group = (key: string) => groupOf(METRICS.find((m) => m.key === key) ?? { key, budget: null });
    expect([group('interaction.p95_ms'), group('interaction.drag_p95_ms'), group('main_thread.long_tasks_during_drag')]).toEqual(['interaction', 'drag', 'drag']);
  });

  it('prints one row per key', () => {
    expect(table({}).split('\n')).toHaveLength(METRICS.length + 2);
  });
});
