import { expect, type Page } from '@playwright/test';

/** The machine-readable summary in `[data-testid="selftest-json"]`. */
export interface SelfTestSummary {
  backend: string;
  renderer: string | null;
  fallbackReason: string | null;
  total: number;
  passed: number;
  failed: number;
  failures: { name: string; maxAbsDiff: number | null; reason: string }[];
  startMs: number;
  warmRunMs: number | null;
  totalMs: number;
  liveTensorsBefore: number;
  liveTensorsAfter: number;
  error?: string;
}

/** Page object for selftest.html. Specs talk to the page only through its DOM contract. */
export class SelfTestPage {
  constructor(readonly page: Page) {}

  /** Opens the self-test; `query` such as `cases=5&filter=reflect` (no leading `?`). */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `./selftest.html?${query}` : './selftest.html');
  }

  json() {
    return this.page.getByTestId('selftest-json');
  }

  backend() {
    return this.page.getByTestId('backend');
  }

  summary() {
    return this.page.getByTestId('selftest-summary');
  }

  progress() {
    return this.page.getByTestId('selftest-progress');
  }

  /** Waits until the run has ended (`data-state` leaves `running`) and returns the parsed summary. */
  async finished(timeout: number): Promise<SelfTestSummary> {
    await expect(this.json()).not.toHaveAttribute('data-state', 'running', { timeout });
    const summary = JSON.parse((await this.json().textContent()) ?? '') as SelfTestSummary;
    expect(summary.error, 'the self-test itself failed').toBeUndefined();
    await expect(this.json()).toHaveAttribute('data-state', 'done');
    return summary;
  }
}
