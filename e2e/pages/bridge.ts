import { expect, type Page } from '@playwright/test';

export const CODE_TARGETS = ['keras1', 'keras', 'tf', 'torch', 'tfjs'] as const;
export type CodeTarget = (typeof CODE_TARGETS)[number];

/** Page object for the framework bridge panel (code export, framework table, paste a layer, Keras check). */
export class BridgePage {
  constructor(readonly page: Page) {}

  panel() {
    return this.page.getByTestId('bridge');
  }

  /** The `<code>` element of one snippet (present in the DOM even when its tab is hidden). */
  code(target: CodeTarget) {
    return this.page.getByTestId(`code-${target}`);
  }

  tab(name: string) {
    return this.panel().getByRole('tab', { name, exact: true });
  }

  /** The copy button of the visible snippet. */
  copyButton() {
    return this.panel().getByRole('tabpanel').getByRole('button', { name: /^Copy / });
  }

  frameworkTable() {
    return this.page.getByTestId('framework-table');
  }

  /** The rows of one framework in the table (`keras`, `torch`, `theano`, `caffe`, `onnx`, `tfjs`). */
  frameworkRows(id: string) {
    return this.frameworkTable().locator(`tr[data-framework="${id}"]`);
  }

  modeNames() {
    return this.page.getByTestId('mode-names');
  }

  importBox() {
    return this.page.getByTestId('import-layer');
  }

  importResult() {
    return this.page.getByTestId('import-result');
  }

  importError() {
    return this.panel().locator('[data-testid="import-error"][role="alert"]');
  }

  /** Types a layer line and applies it with the button (`keys: true` uses Ctrl+Enter). */
  async paste(line: string, { keys = false } = {}): Promise<void> {
    await this.importBox().fill(line);
    if (keys) await this.importBox().press('Control+Enter');
    else await this.panel().getByRole('button', { name: 'Apply' }).click();
  }

  kerasButton() {
    return this.panel().getByRole('button', { name: 'Run as Keras layers (tfjs-layers)' });
  }

  kerasCheck() {
    return this.page.getByTestId('keras-check');
  }

  /** Clicks "Run as Keras layers" and waits for its verdict. */
  async runKeras(): Promise<string> {
    await expect(this.kerasButton()).toBeEnabled({ timeout: 30_000 });
    await this.kerasButton().click();
    await expect(this.kerasCheck()).toHaveAttribute('data-state', /ready|error/, { timeout: 60_000 });
    return (await this.kerasCheck().textContent()) ?? '';
  }
}
