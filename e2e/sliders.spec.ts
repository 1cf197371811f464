/**
 * Sliders beside the size boxes of the Layer panel (issue 16, controls/SizeSlider.tsx):
 * each named after its box, moved by the keyboard and by dragging, linked
 * axes moving together, the padding sides and the output padding too; on a
 * phone each slider is finger-sized (44 px tall) and fits the screen.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';

const slider = (page: import('@playwright/test').Page, name: string) => page.getByRole('slider', { name, exact: true });

test('can move the input size with the keyboard, both axes while linked', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=5x5');
  const s = slider(page, 'Input height slider');
  await s.focus();
  await page.keyboard.press('ArrowRight');
  await app.expectUrlToContain('in=6x6');
  await expect(app.control('Input height')).toHaveValue('6');
  await expect(slider(page, 'Input width slider')).toHaveValue('6');
  await page.keyboard.press('End');
  await app.expectUrlToContain('in=64x64');
  await expect(page.getByTestId('output-shape')).toHaveText('64×64');
  await page.keyboard.press('Home');
  await app.expectUrlToContain('in=1x1');
  // Unlinked, the width slider moves the width only.
  await page.getByLabel('Input: same value for both axes').uncheck();
  await slider(page, 'Input width slider').focus();
  await page.keyboard.press('PageUp');
  await expect.poll(() => app.control('Input width').inputValue()).not.toBe('1');
  await expect(app.control('Input height')).toHaveValue('1');
});

test('can drag a slider with the mouse, and the output follows', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=8x8&k=3x3');
  await app.output();
  const box = await slider(page, 'Kernel height slider').boundingBox();
  if (!box) throw new Error('no kernel slider on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + (box.width * i) / 10 - 2, y);
  await page.mouse.up();
  await app.expectUrlToContain('k=15x15');
  // 8×8 with a 15×15 kernel under `same` padding: still 8×8, computed by the engine.
  const out = await app.output();
  expect(out.shape).toEqual([1, 8, 8]);
  expect(out.maxAbsDiff).toBeLessThan(1e-4);
});

test('the padding sides and the output padding have sliders too', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('pad=1,1,1,1');
  await slider(page, 'Padding top slider').focus();
  await page.keyboard.press('ArrowUp');
  await app.expectUrlToContain('pad=2,1,1,1');
  await app.goto('op=convt&s=2x2&k=3x3&pad=1,1,1,1');
  await slider(page, 'Output padding height slider').focus();
  await page.keyboard.press('ArrowRight');
  await app.expectUrlToContain('opad=1x1');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('each slider is finger-sized and fits the screen', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto('in=6x6&pad=1,1,1,1');
    const sliders = page.locator('.controls').getByRole('slider');
    expect(await sliders.count()).toBeGreaterThanOrEqual(12);
    for (const s of await sliders.all()) {
      const b = await s.boundingBox();
      if (!b) throw new Error('a slider is not laid out');
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.x + b.width).toBeLessThanOrEqual(390);
    }
    // Not tested here: a finger's drag. Headless Chromium's native range ignores synthesized touches (taps and
    // DevTools-protocol touch moves alike, whatever the touch-action), so only the size and the fit are checked.
  });
});
