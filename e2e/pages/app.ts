import { expect, type Page } from '@playwright/test';

/** The DOM contract's padded-json. */
export interface PaddedJson {
  pads: [number, number, number, number];
  shape: [number, number, number];
  values: number[][][];
}

/** The DOM contract's output-json once ready. */
export interface OutputJson {
  shape: [number, number, number];
  values: number[][][];
  backend: string;
  maxAbsDiff: number;
}

/** Page object for the Padlab explorer. Specs talk to the page only through the DOM contract. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app; `query` is a URL query string such as `in=5x5&k=3x3` (no leading `?`). */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  alert() {
    return this.page.locator('[data-testid="invalid"][role="alert"]');
  }

  notices() {
    return this.page.getByRole('status').filter({ hasText: 'adjusted' });
  }

  outputShape() {
    return this.page.getByTestId('output-shape');
  }

  derivation() {
    return this.page.getByTestId('derivation');
  }

  backend() {
    return this.page.getByTestId('backend');
  }

  async padded(): Promise<PaddedJson> {
    return JSON.parse((await this.page.getByTestId('padded-json').textContent()) ?? 'null') as PaddedJson;
  }

  /** Waits until the tfjs result for the current configuration is in, then reads it. */
  async output(): Promise<OutputJson> {
    const el = this.page.locator('[data-testid="output-json"][data-state="ready"]');
    await el.waitFor({ state: 'attached', timeout: 30_000 });
    return JSON.parse((await el.textContent()) ?? 'null') as OutputJson;
  }

  /** The query string the page has written to its URL (without `?`). */
  query(): string {
    return new URL(this.page.url()).search.slice(1);
  }

  /** Waits until the URL contains `fragment` (URL writes are throttled). */
  async expectUrlToContain(fragment: string): Promise<void> {
    await expect.poll(() => decodeURIComponent(this.query()), { timeout: 5_000 }).toContain(fragment);
  }

  control(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
}
