import type { Page } from '@playwright/test';
import { AppPage } from './app';
import { solveFor, solveList } from './compare';

/**
 * Page object for "Undo this layer" (a convolution's transposed inverse and
 * a transposed convolution's way back), the Presets panel, the dilated
 * causal stack, and the solver on a transposed convolution. Specs talk to
 * the page through roles, labels and these components' data-testids.
 */
export class InversePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** The one link beside the output heading: the inverse, or the way back. */
  undoLink() {
    return this.page.getByTestId('undo-link');
  }

  /** The inverse's "Why output_padding=…?" disclosure. */
  undoWhy() {
    return this.page.getByTestId('undo-why');
  }

  async openWhy(): Promise<void> {
    await this.undoWhy().locator('summary').click();
  }

  /** The PyTorch line of the inverse. */
  torchLine() {
    return this.page.getByTestId('undo-torch');
  }

  preset(id: string) {
    return this.page.getByTestId(`preset-${id}`);
  }

  stack() {
    return this.page.getByTestId('causal-stack');
  }

  /** The stack table's body rows as their cells' texts. */
  async stackTable(): Promise<string[][]> {
    return this.page
      .getByTestId('stack-row')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
  }

  stackLink(name: string) {
    return this.stack().getByRole('link', { name, exact: true });
  }

  /** Opens "Solve for a size" and asks for an output of `h`×`w`. */
  solveFor(h: number, w: number): Promise<void> {
    return solveFor(this.page, h, w);
  }

  solveList(title: RegExp) {
    return solveList(this.page, title);
  }

  solveCausal() {
    return this.page.getByTestId('solve-causal');
  }

  /** Saves a screenshot of `what` (the whole page by default) under /tmp/inv-shots. */
  async shot(name: string, what?: ReturnType<Page['locator']>): Promise<void> {
    const path = `/tmp/inv-shots/${name}.png`;
    if (what) await what.screenshot({ path });
    else await this.page.screenshot({ path, fullPage: false });
  }
}
