/**
 * Phone-first layout (issue 17): at 390×844 the padded grid, the output and
 * the step-through's buttons are on the first screen, the controls follow the
 * results and a sticky bar says what the layer is set to; at 1280×800 the
 * controls stay beside the grids.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/app';

/** Wholly inside the first screen (no scrolling): top at or below 0, bottom at or above the viewport's height. */
async function expectOnFirstScreen(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, 'has a box').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
}

const paddedGrid = (page: Page) => page.getByRole('figure', { name: /^Padded input/ });
const outputGrid = (page: Page) => page.getByRole('figure', { name: /^Output/ });
const stepButtons = (page: Page) => page.getByRole('group', { name: /^Step through/ });
const layerControls = (page: Page) => page.getByRole('region', { name: 'Layer' });

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the padded grid, the output and the step buttons are on the first screen', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.output();
    await expectOnFirstScreen(page, paddedGrid(page));
    await expectOnFirstScreen(page, outputGrid(page));
    await expectOnFirstScreen(page, stepButtons(page));
    // The grids share a row: the output starts beside the padded grid, not under it.
    const padded = (await paddedGrid(page).boundingBox())!;
    const output = (await outputGrid(page).boundingBox())!;
    expect(output.x).toBeGreaterThanOrEqual(padded.x + padded.width);
    // The controls follow the results.
    const controls = (await layerControls(page).boundingBox())!;
    expect(controls.y).toBeGreaterThan(padded.y + padded.height);
    // Reordered, not rebuilt: the phone layout leaves axe as clean as the wide one.
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('the sticky summary names the layer, follows a change and leads to the controls', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const summary = page.getByTestId('config-summary');
    await expect(summary).toHaveText('conv 5×5 k3 s1 same zeros → 5×5');
    await expectOnFirstScreen(page, summary);

    await page.getByRole('button', { name: 'Edit the layer' }).click();
    await expect(layerControls(page).getByLabel('Operation', { exact: true })).toBeFocused();
    await expect(layerControls(page).getByRole('heading', { name: 'Layer' })).toBeInViewport();

    await app.control('Padding mode').selectOption('reflect');
    await app.control('Border').selectOption('valid');
    await expect(summary).toHaveText('conv 5×5 k3 s1 valid reflect → 3×3');
    // Still in view, stuck to the top, while the page is scrolled down to the controls.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(60);
    await expect(app.outputShape()).toHaveText('3×3');
  });
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the controls stay beside the grids, and the summary bar is not shown', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.output();
    const controls = (await layerControls(page).boundingBox())!;
    const padded = (await paddedGrid(page).boundingBox())!;
    expect(controls.x + controls.width).toBeLessThanOrEqual(padded.x);
    expect(controls.y).toBeLessThan(padded.y + padded.height);
    await expect(page.getByTestId('config-summary')).toBeHidden();
    await expectOnFirstScreen(page, paddedGrid(page));
  });
});
