/** Types of report.mjs (the benchmark's keys, budgets and outputs), for its test. */
export type Budget = { readonly max: number } | { readonly min: number } | { readonly below: number } | null;
export interface Metric {
  readonly key: string;
  readonly budget: Budget;
  readonly group?: string;
}
export declare const METRICS: readonly Metric[];
export declare function groupOf(metric: Metric): string;
export declare function budgetText(budget: Budget): string;
export declare function verdict(value: unknown, budget: Budget): 'ok' | 'NOT OK' | '—' | 'missing';
export declare function toJson(flat: Record<string, number>): Record<string, Record<string, number | null>>;
export declare function table(flat: Record<string, number>): string;
