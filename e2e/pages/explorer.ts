/**
 * Page object for the explorer's interactive parts: the canvas grids (hover,
 * keyboard cursor, click-to-edit), the line under them, the pickers and
 * overlays, and the step-through. Extends AppPage; specs still talk to the
 * page only through the DOM (test ids, roles, labels).
 */
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app';

export type GridName = 'padded' | 'output' | 'kernel';

/** The canvas layout's fixed lengths (src/render/layout.ts): margin and label strip, CSS px. */
const MARGIN = 3;
const LABEL_STRIP = 20;
const LABEL_MIN_CELL = 16;

export interface GridGeometry {
  readonly rows: number;
  readonly cols: number;
  /** Cell edge and the top-left corner of cell (0, 0), CSS px relative to the grid. */
  readonly cell: number;
  readonly origin: number;
}

export class ExplorerPage extends AppPage {
  /** The focusable grid (role="img") holding the two canvases. */
  grid(name: GridName): Locator {
    return this.page.getByTestId(`${name}-grid`);
  }

  /** The live line under the grids that describes the hovered or keyboard cell. */
  info(): Locator {
    return this.page.getByTestId('grid-info').locator('[aria-live]');
  }

  /** The line under the grids as a whole (hover text, or the step-through's window when nothing is hovered). */
  infoBlock(): Locator {
    return this.page.getByTestId('grid-info');
  }

  legend(): Locator {
    return this.page.getByRole('list', { name: 'Legend of the padded grid' });
  }

  /** Rows and columns from the figure caption ("Padded input 7×7"), cell size from the grid's width. */
  async geometry(name: GridName): Promise<GridGeometry> {
    const figure = this.page.locator('figure', { has: this.grid(name) });
    const dims = (await figure.locator('.grid-dims').first().textContent()) ?? '';
    const [rows, cols] = dims.split('×').map(Number) as [number, number];
    const box = await this.grid(name).boundingBox();
    if (!box) throw new Error(`${name} grid is not visible`);
    // The layout is exact: width = 2·MARGIN + strip + cols·cell, with the strip only when cells are ≥ 16 px.
    const withStrip = (box.width - 2 * MARGIN - LABEL_STRIP) / cols;
    const labels = Number.isInteger(Math.round(withStrip * 100) / 100) && withStrip >= LABEL_MIN_CELL;
    const strip = labels ? LABEL_STRIP : 0;
    return { rows, cols, cell: (box.width - 2 * MARGIN - strip) / cols, origin: MARGIN + strip };
  }

  /** Viewport point at the centre of a grid cell. */
  async cellPoint(name: GridName, row: number, col: number): Promise<{ x: number; y: number }> {
    const g = await this.geometry(name);
    expect(row, `row ${row} of ${name}`).toBeLessThan(g.rows);
    expect(col, `col ${col} of ${name}`).toBeLessThan(g.cols);
    const box = (await this.grid(name).boundingBox())!;
    return { x: box.x + g.origin + (col + 0.5) * g.cell, y: box.y + g.origin + (row + 0.5) * g.cell };
  }

  /**
   * The cell's centre, scrolled to the middle of the viewport first. A grid counted "in view"
   * may still have its last row under the info line that sticks to the bottom of the window
   * (the mouse then lands on the line, not the cell: the hover tests' old flake).
   */
  private async reachableCellPoint(name: GridName, row: number, col: number): Promise<{ x: number; y: number }> {
    await this.grid(name).scrollIntoViewIfNeeded();
    const p = await this.cellPoint(name, row, col);
    const height = this.page.viewportSize()?.height ?? 720;
    if (p.y > 160 && p.y < height - 160) return p;
    await this.page.evaluate((dy) => window.scrollBy(0, dy), Math.round(p.y - height / 2));
    return this.cellPoint(name, row, col);
  }

  async hoverCell(name: GridName, row: number, col: number): Promise<void> {
    const p = await this.reachableCellPoint(name, row, col);
    await this.page.mouse.move(p.x, p.y);
  }

  async clickCell(name: GridName, row: number, col: number): Promise<void> {
    const p = await this.reachableCellPoint(name, row, col);
    await this.page.mouse.click(p.x, p.y);
  }

  /**
   * Which cells the moving layer (the overlay canvas) fills, read from its pixels at each cell's
   * centre: `"r,c"` keys, row-major. Outlines and the focus ring sit on cell edges, not centres.
   */
  async overlayFilled(name: GridName): Promise<string[]> {
    const g = await this.geometry(name);
    // The overlay repaints on the next animation frame: let two go by.
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return this.grid(name).evaluate((stack, geo) => {
      const canvas = stack.querySelector<HTMLCanvasElement>('canvas.layer-overlay');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return ['no overlay canvas'];
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const filled: string[] = [];
      for (let r = 0; r < geo.rows; r++) {
        for (let c = 0; c < geo.cols; c++) {
          const x = Math.floor((geo.origin + (c + 0.5) * geo.cell) * scale);
          const y = Math.floor((geo.origin + (r + 0.5) * geo.cell) * scale);
          if (ctx.getImageData(x, y, 1, 1).data[3]! > 0) filled.push(`${r},${c}`);
        }
      }
      return filled;
    }, g);
  }

  /** Opens the editor of an input cell (padded coordinates), types `value` and presses Enter. */
  async editCell(name: GridName, row: number, col: number, value: string): Promise<void> {
    await this.clickCell(name, row, col);
    const editor = this.page.locator('.cell-editor input');
    await expect(editor).toBeFocused();
    await editor.fill(value);
    await editor.press('Enter');
    await expect(editor).toHaveCount(0);
  }

  /** Moves the mouse off every grid (clears the hover). */
  async unhover(): Promise<void> {
    await this.page.mouse.move(0, 0);
  }

  /** Picks a radio of the pickers above the grids, e.g. `pick('Padded grid shows', 'Coverage')`. */
  async pick(group: 'Input channel' | 'Filter' | 'Padded grid shows', option: string): Promise<void> {
    const fieldset = this.page.getByRole('group', { name: group });
    // A user clicks the visible segment (the radio itself is a transparent 1 px box inside it).
    await fieldset.locator('label').filter({ hasText: new RegExp(`^${option}$`) }).click();
    await expect(fieldset.getByRole('radio', { name: option, exact: true })).toBeChecked();
  }

  // ---- step-through ----------------------------------------------------------

  step() {
    const root = this.page.getByTestId('step-through');
    return {
      root,
      play: root.getByTestId('step-play'),
      scrub: root.getByTestId('step-scrub'),
      status: root.getByTestId('step-status'),
      window: root.getByTestId('step-window'),
      dot: root.getByTestId('dot-product'),
      reference: root.getByTestId('step-reference'),
      tfjs: root.getByTestId('step-tfjs'),
      announce: root.getByTestId('step-announce'),
    };
  }

  /** `step=` of the page's URL (0 when absent: the codec leaves defaults out). */
  urlStep(): number {
    return Number(new URLSearchParams(this.query()).get('step') ?? '0');
  }

  async expectUrlStep(step: number): Promise<void> {
    await expect.poll(() => this.urlStep(), { timeout: 5_000 }).toBe(step);
  }

  /** Moves focus to the page body, where the step-through's document keys apply. */
  async focusBody(): Promise<void> {
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur?.();
    });
  }
}
