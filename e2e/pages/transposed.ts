/**
 * Page object for a transposed convolution, groups and causal padding in the
 * explorer (issue 13): the toggle between the direct picture and the
 * scatter, the scatter's grids and its stamp table, the group diagram, the
 * legend lines, pixels of the canvases, and screenshots for a person to look
 * at. Extends ExplorerPage; everything goes through test ids, roles and labels.
 */
import { expect, type Locator } from '@playwright/test';
import { ExplorerPage } from './explorer';

export type TransposedPicture = 'As a direct convolution' | 'As a scatter';

/** The canvas layout's fixed lengths (src/render/layout.ts), CSS px. */
const MARGIN = 3;
const LABEL_STRIP = 20;

export class TransposedPage extends ExplorerPage {
  toggle(): Locator {
    return this.page.getByRole('group', { name: 'Show the transposed convolution' });
  }

  pictureRadio(name: TransposedPicture): Locator {
    return this.toggle().getByRole('radio', { name, exact: true });
  }

  /** Clicks a picture's visible segment (the radio itself is a transparent 1 px box inside it). */
  async showPicture(name: TransposedPicture): Promise<void> {
    await this.toggle().locator('label').filter({ hasText: name }).click();
    await expect(this.pictureRadio(name)).toBeChecked();
  }

  /** Picks what the scatter's output shows ("Values" or "Overlaps"), by its visible segment. */
  async outputShows(option: 'Values' | 'Overlaps'): Promise<void> {
    const fieldset = this.page.getByRole('group', { name: 'Output shows' });
    await fieldset.locator('label').filter({ hasText: new RegExp(`^${option}$`) }).click();
    await expect(fieldset.getByRole('radio', { name: option, exact: true })).toBeChecked();
  }

  kernelFigure(): Locator {
    return this.page.getByTestId('kernel-figure');
  }

  scatterGrid(which: 'input' | 'output'): Locator {
    return this.page.getByTestId(`scatter-${which}-grid`);
  }

  scatterInfo(): Locator {
    return this.page.getByTestId('scatter-info');
  }

  groupDiagram(): Locator {
    return this.page.getByTestId('group-diagram');
  }

  filterReads(): Locator {
    return this.page.getByTestId('filter-reads');
  }

  legendLine(id: 'legend-inserted' | 'legend-border' | 'legend-crop' | 'legend-causal'): Locator {
    return this.page.getByTestId(id);
  }

  /** The scatter step-through: the one-line summary, the stamp table and the sum of one target. */
  stamp() {
    const root = this.page.getByTestId('step-through');
    return {
      heading: root.getByRole('heading', { level: 2 }),
      line: root.getByTestId('step-window'),
      table: root.getByTestId('stamp-table'),
      rows: root.getByTestId('stamp-table').locator('tbody tr'),
      cutRows: root.getByTestId('stamp-table').locator('tbody tr.stamp-row-cut'),
      sum: root.getByTestId('stamp-sum'),
      scrub: root.getByTestId('step-scrub'),
      reference: root.getByTestId('step-reference'),
    };
  }

  /**
   * The mean colour (r, g, b) of cell (row, col) of a grid drawn
   * `rows × cols` cells wide (the caption may name a smaller picture when a crop
   * frame is drawn around it), read from the static canvas.
   */
  async cellColour(grid: Locator, cols: number, row: number, col: number): Promise<[number, number, number]> {
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const box = await grid.boundingBox();
    if (!box) throw new Error('grid not visible');
    return grid.evaluate(
      (stack, a) => {
        const canvas = stack.querySelector<HTMLCanvasElement>('canvas.layer-static');
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx) return [0, 0, 0] as [number, number, number];
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        // Labels are drawn when cells have room: the strip then sits left of and above the cells.
        for (const strip of [a.strip, 0]) {
          const cell = (a.width - 2 * a.margin - strip) / a.cols;
          if (!Number.isInteger(Math.round(cell * 100) / 100)) continue;
          // The mean over the cell, inset from its borders: fill, hatch and text together, as an eye sees it.
          const x = Math.floor((a.margin + strip + a.col * cell + 3) * scale);
          const y = Math.floor((a.margin + strip + a.row * cell + 3) * scale);
          const side = Math.max(1, Math.floor((cell - 6) * scale));
          const d = ctx.getImageData(x, y, side, side).data;
          const sum = [0, 0, 0];
          for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) sum[k]! += d[i + k]!;
          const n = d.length / 4;
          return [Math.round(sum[0]! / n), Math.round(sum[1]! / n), Math.round(sum[2]! / n)] as [number, number, number];
        }
        return [0, 0, 0] as [number, number, number];
      },
      { width: box.width, cols, row, col, margin: MARGIN, strip: LABEL_STRIP },
    );
  }

  /** Screenshots of the results panel and the step-through, to look at. */
  async shoot(dir: string, name: string): Promise<void> {
    await this.unhover();
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await this.page.locator('section.results').screenshot({ path: `${dir}/${name}-results.png` });
    await this.page.getByTestId('step-through').screenshot({ path: `${dir}/${name}-step.png` });
  }
}
