/**
 * A render error anywhere shows a message with "Reset to defaults", never a
 * blank page (issue 8). There is no test hook in the app: the test makes the
 * browser's own `Number.prototype.toPrecision` throw while a flag is set,
 * which every panel that prints a non-integer number calls while drawing.
 */
import { expect, test, type Page } from '@playwright/test';
import { ExplorerPage } from './pages/explorer';

const INJECTED = 'injected drawing failure (test)';

/** Before any page script: toPrecision throws while `window.__padlabBreak` is true. */
async function breakableNumbers(page: Page): Promise<(on: boolean) => Promise<void>> {
  await page.addInitScript((message) => {
    const original = Number.prototype.toPrecision;
    Number.prototype.toPrecision = function (this: number, digits?: number) {
      if ((window as unknown as { __padlabBreak?: boolean }).__padlabBreak) throw new Error(message);
      return original.call(this, digits);
    };
  }, INJECTED);
  return (on) => page.evaluate((v) => void ((window as unknown as { __padlabBreak?: boolean }).__padlabBreak = v), on);
}

const crashes = (page: Page) => page.getByTestId('crash');

// Constant padding with 0.5 puts non-integers in the padded grid, the output and the dot product.
const NON_INTEGER_LINK = 'in=5x5&k=3x3&pad=same&mode=constant&cval=0.5';

test('a panel that fails to draw says so with a reset link; the controls and other panels keep working', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  const setBroken = await breakableNumbers(page);
  const app = new ExplorerPage(page);
  await app.goto(NON_INTEGER_LINK);
  await app.output();
  await expect(crashes(page)).toHaveCount(0);

  await setBroken(true);
  await app.control('Constant').fill('0.25');
  await expect(crashes(page).first()).toBeVisible();
  const failed = await crashes(page).count();
  for (let i = 0; i < failed; i++) {
    const crash = crashes(page).nth(i);
    await expect(crash).toHaveAttribute('role', 'alert');
    await expect(crash).toContainText(INJECTED);
    await expect(crash.getByRole('link', { name: 'Reset to defaults' })).toBeVisible();
    await expect(crash.getByRole('button', { name: 'Try again' })).toBeVisible();
  }
  // The grids failed (they print 0.25), each in its own box: the page around them is still there.
  await expect(page.getByRole('heading', { name: /Something went wrong drawing the grids/ })).toBeVisible();
  await expect(app.heading()).toHaveText('Padlab');
  await expect(app.outputShape()).toHaveText('5×5');
  await expect(app.control('Padding mode')).toBeVisible();
  await expect(page.getByTestId('derivation')).toBeVisible();
  await app.expectUrlToContain('cval=0.25');

  // "Try again" while the cause is still there fails again, visibly, not silently; focus stays on it.
  await crashes(page).first().getByRole('button', { name: 'Try again' }).click();
  await expect(crashes(page).first()).toContainText(INJECTED);
  await expect(crashes(page).first().getByRole('button', { name: 'Try again' })).toBeFocused();

  // Once the cause is gone, "Try again" alone (no configuration change) draws the panel again.
  await setBroken(false);
  await page.getByRole('heading', { name: /drawing the grids/ }).locator('..').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: /drawing the grids/ })).toHaveCount(0);
  await expect(app.grid('padded')).toBeVisible();
  // Focus went into the redrawn panel, not to the page's start.
  expect(await page.evaluate(() => !!document.activeElement?.closest('.results') && document.activeElement !== document.body)).toBe(true);

  // And the next change draws every other failed panel again, with the right result.
  await app.control('Constant').fill('0.75');
  await expect(crashes(page)).toHaveCount(0);
  await expect(app.grid('padded')).toBeVisible();
  const out = await app.output();
  expect(out.shape).toEqual([1, 5, 5]);
  expect(out.maxAbsDiff).toBeLessThan(1e-4);
  expect(uncaught).toEqual([]);
});

test('"Reset to defaults" in a failed panel opens the default configuration', async ({ page }) => {
  const setBroken = await breakableNumbers(page);
  const app = new ExplorerPage(page);
  await app.goto(NON_INTEGER_LINK);
  await app.output();
  await setBroken(true);
  await app.control('Constant').fill('0.25');
  await crashes(page).first().getByRole('link', { name: 'Reset to defaults' }).click();
  // A new page: the flag is gone with the old one.
  await expect(crashes(page)).toHaveCount(0);
  await expect(page).toHaveURL((url) => !url.search.includes('cval'));
  await expect(app.control('Padding mode')).toHaveValue('zeros');
  const out = await app.output();
  expect(out.maxAbsDiff).toBeLessThan(1e-4);
});

test('a view that fails to draw as a whole keeps the view switcher, and another view works', async ({ page }) => {
  const setBroken = await breakableNumbers(page);
  // Broken from the first script on: the compare view (no panel boxes of its own) fails on its first draw.
  await page.addInitScript(() => void ((window as unknown as { __padlabBreak?: boolean }).__padlabBreak = true));
  const app = new ExplorerPage(page);
  await app.goto(`view=compare&${NON_INTEGER_LINK}&b=${encodeURIComponent('in=5x5&k=3x3&pad=same&mode=constant&cval=0.25')}`);
  await expect(crashes(page)).toHaveCount(1);
  await expect(crashes(page)).toContainText('Something went wrong drawing this view.');
  await expect(crashes(page)).toContainText(INJECTED);
  await expect(crashes(page).getByRole('link', { name: 'Reset to defaults' })).toBeVisible();
  await expect(app.heading()).toHaveText('Padlab');
  const views = page.getByRole('navigation', { name: 'Views' });
  await expect(views.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'true');

  await setBroken(false);
  await views.getByRole('button', { name: 'Grid' }).click();
  await expect(crashes(page)).toHaveCount(0);
  expect((await app.output()).maxAbsDiff).toBeLessThan(1e-4);
  await views.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(crashes(page)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says it needs JavaScript instead of staying blank', async ({ page }) => {
    await page.goto('./?in=6x6');
    // Playwright's text queries skip <noscript>; a CSS query reaches it.
    const message = page.locator('#root noscript p.noscript');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Padlab runs in your browser and needs JavaScript');
  });
});
