import { expect, type Page } from '@playwright/test';

/** The compare view's `compare-json` (DiffPanel). */
export interface CompareJson {
  a: { shape: [number, number]; pads: number[] };
  b: { shape: [number, number]; pads: number[] };
  filter: number;
  first: { row: number; col: number; a: number; b: number } | null;
  /** null when infinite (one side −∞, a max pool's window of padding only: JSON has no ∞). */
  maxAbsDiff: number | null;
  identical: boolean;
  shift: { dy: number; dx: number } | null;
}

/** Opens "Solve for a size" and asks for an output of `h`×`w` (the solver panel, on any page that shows it). */
export async function solveFor(page: Page, h: number, w: number): Promise<void> {
  await page.getByTestId('solve-panel').locator('summary').click();
  await page.getByLabel('Wanted output height (rows)').fill(String(h));
  await page.getByLabel('Wanted output width (columns)').fill(String(w));
}

/** One list of the solver's answers, by its title. */
export function solveList(page: Page, title: RegExp) {
  return page.getByRole('region', { name: title });
}

/**
 * Page object for the compare view, "solve for a size" and sharing. Specs
 * talk to the page through roles, labels and the data-testids these
 * components publish.
 */
export class ComparePage {
  constructor(readonly page: Page) {}

  /** Opens the app; `query` without the leading `?`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
  }

  side(s: 'a' | 'b') {
    return this.page.getByTestId(`compare-side-${s}`);
  }

  shape(s: 'a' | 'b') {
    return this.page.getByTestId(`compare-shape-${s}`);
  }

  pads(s: 'a' | 'b') {
    return this.page.getByTestId(`compare-pads-${s}`);
  }

  summary() {
    return this.page.getByTestId('compare-summary');
  }

  firstDiff() {
    return this.page.getByTestId('compare-first-diff');
  }

  shift() {
    return this.page.getByTestId('compare-shift');
  }

  async json(): Promise<CompareJson> {
    return JSON.parse((await this.page.getByTestId('compare-json').textContent()) ?? 'null') as CompareJson;
  }

  /** The settings of one side (labels inside are "Border", "Mode", "B kernel height", …). */
  editor(s: 'A' | 'B') {
    return this.page.getByRole('group', { name: `Configuration ${s} settings` });
  }

  heading() {
    return this.page.getByRole('heading', { name: 'Compare two configurations' });
  }

  tfSameVsTorch() {
    return this.page.getByRole('button', { name: 'TF SAME vs PyTorch padding=k//2' });
  }

  /** "PyTorch MaxPool2d(…, ceil_mode=True) vs Keras / TensorFlow MaxPooling2D(…, padding='same')" (header or compare view). */
  maxPoolCeilVsTfSame() {
    return this.page.getByRole('button', { name: /^PyTorch MaxPool2d\(.*ceil_mode=True\) vs .*MaxPooling2D\(.*padding='same'\)$/ });
  }

  /** "PyTorch AvgPool2d(…, count_include_pad=True) vs Keras / TensorFlow AveragePooling2D(…, padding='same')". */
  avgPoolCipVsTfSame() {
    return this.page.getByRole('button', { name: /^PyTorch AvgPool2d\(.*count_include_pad=True\) vs .*AveragePooling2D\(.*padding='same'\)$/ });
  }

  /** "Keras / TensorFlow Conv2DTranspose(…, padding='same') vs PyTorch ConvTranspose2d(…, output_padding=…)". */
  kerasSameVsTorchTransposed() {
    return this.page.getByRole('button', { name: /^Keras \/ TensorFlow Conv2DTranspose\(.*padding='same'\) vs PyTorch ConvTranspose2d\(.*output_padding=.*\)$/ });
  }

  /** The texts of the Δ = B − A table's cells, row-major (headers left out). */
  async deltaCells(): Promise<string[]> {
    return this.page.getByTestId('compare-table-delta').locator('tbody td').allTextContents();
  }

  swap() {
    return this.page.getByRole('button', { name: 'Swap A/B' });
  }

  outputShape() {
    return this.page.getByTestId('output-shape');
  }

  /** Opens "Solve for a size" and asks for `h`×`w`. */
  solveFor(h: number, w: number): Promise<void> {
    return solveFor(this.page, h, w);
  }

  solveList(title: RegExp) {
    return solveList(this.page, title);
  }

  solveLinks() {
    return this.page.getByTestId('solve-link');
  }

  copyLink() {
    return this.page.getByRole('button', { name: 'Copy link' });
  }

  shareStatus() {
    return this.page.getByTestId('share-status');
  }

  async openTeacher(): Promise<void> {
    await this.page.getByText('Teacher: hide controls').click();
  }

  /** The query the page wrote to its URL (decoded once), polled until it contains `fragment`. */
  async expectUrlToContain(fragment: string): Promise<void> {
    await expect.poll(() => decodeURIComponent(new URL(this.page.url()).search), { timeout: 5_000 }).toContain(fragment);
  }
}
