/**
 * The benchmark's keys, budgets and outputs: the table printed to the
 * terminal and the JSON of `--out FILE` (issue #7: exactly these keys,
 * nested by group, numbers only).
 */

/**
 * Key, its budget (`null`: reported, no budget), and the measurement group that
 * makes it when that is not the key's first part (`--only`, runBench.mjs).
 */
export const METRICS = [
  { key: 'interaction.p95_ms', budget: { max: 16.7 } },
  { key: 'interaction.drag_p95_ms', budget: { max: 45 }, group: 'drag' },
  { key: 'interaction.drag_p50_ms', budget: null, group: 'drag' },
  { key: 'interaction.drag_ratio_to_no_engine', budget: { max: 1.25 }, group: 'drag' },
  { key: 'main_thread.long_tasks_during_drag', budget: { max: 0 }, group: 'drag' },
  { key: 'tfjs.same_shape_median_ms', budget: null },
  { key: 'tfjs.shape_change_p95_ms', budget: null },
  { key: 'tfjs.stall_ratio', budget: { max: 2 } },
  { key: 'playback.fps', budget: { min: 55 } },
  { key: 'image.pipeline_ratio', budget: { max: 1.3 } },
  { key: 'load.first_render_ms', budget: { max: 1000 } },
  { key: 'load.initial_js_gzip_kb', budget: { max: 150 } },
  { key: 'load.tfjs_ready_ms', budget: null },
  { key: 'memory.tensors_leaked', budget: { max: 0 } },
  { key: 'memory.heap_growth_mb', budget: { below: 5 } },
];

/** The measurement group that makes a metric. */
export function groupOf(metric) {
  return metric.group ?? metric.key.split('.')[0];
}

export function budgetText(budget) {
  if (!budget) return 'measured';
  if ('max' in budget) return `≤ ${budget.max}`;
  if ('min' in budget) return `≥ ${budget.min}`;
  return `< ${budget.below}`;
}

/** 'ok', 'NOT OK', '—' (no budget) or 'missing' (the measurement failed). */
export function verdict(value, budget) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'missing';
  if (!budget) return '—';
  if ('max' in budget) return value <= budget.max ? 'ok' : 'NOT OK';
  if ('min' in budget) return value >= budget.min ? 'ok' : 'NOT OK';
  return value < budget.below ? 'ok' : 'NOT OK';
}

/** `{ 'a.b': 1 }` → `{ a: { b: 1 } }`, for exactly the METRICS keys (a failed measurement becomes null). */
export function toJson(flat) {
  const out = {};
  for (const { key } of METRICS) {
    const [group, name] = key.split('.');
    out[group] ??= {};
    const v = flat[key];
    out[group][name] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  return out;
}

/** The results table, one row per metric, in a fixed-width text layout. */
export function table(flat) {
  const rows = [['key', 'value', 'budget', 'verdict']];
  for (const { key, budget } of METRICS) {
    const v = flat[key];
    rows.push([key, typeof v === 'number' && Number.isFinite(v) ? String(v) : 'n/a', budgetText(budget), verdict(v, budget)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
