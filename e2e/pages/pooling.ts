/**
 * Page object for a pooling layer in the explorer: the ceil_mode window
 * strips beside the grid, the pool's window rule (in place of the kernel),
 * the step-through's max or sum/divisor, the legend, and screenshots of the
 * results for a person to look at. Extends ExplorerPage; everything goes
 * through test ids, roles and labels.
 */
import type { Locator } from '@playwright/test';
import { ExplorerPage } from './explorer';

export type PoolAxis = 'h' | 'w';

export class PoolingPage extends ExplorerPage {
  /** The figure of one axis' ceil_mode windows (present only where ceil_mode changes something). */
  ceilWindows(axis: PoolAxis): Locator {
    return this.page.getByTestId(`ceil-windows-${axis}`);
  }

  /** The rule under a removed window, with its numbers. */
  removedRule(axis: PoolAxis): Locator {
    return this.page.getByTestId(`removed-window-${axis}`);
  }

  /** The note under a ceil window that hangs past the padding. */
  overhangNote(axis: PoolAxis): Locator {
    return this.page.getByTestId(`ceil-overhang-${axis}`);
  }

  /** The pool's window rule, shown where a convolution shows its kernel. */
  poolWindow(): Locator {
    return this.page.getByTestId('pool-window');
  }

  /** The step-through's written max or average, its winner and its divisor. */
  poolStep() {
    const root = this.page.getByTestId('step-through');
    return {
      expression: root.getByTestId('pool-expression'),
      winner: root.getByTestId('pool-winner'),
      divisor: root.getByTestId('pool-divisor'),
      legend: root.getByTestId('pool-legend'),
    };
  }

  warnings(): Locator {
    return this.page.getByTestId('warnings');
  }

  /** Screenshot of the results panel (grids, strips, legend) and of the step-through, to look at. */
  async shoot(dir: string, name: string): Promise<void> {
    await this.unhover();
    // Both canvas layers repaint on the next animation frame: let two go by.
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await this.page.locator('section.results').screenshot({ path: `${dir}/${name}-results.png` });
    await this.page.getByTestId('step-through').screenshot({ path: `${dir}/${name}-step.png` });
  }
}
