/**
 * Choosing the layer's operation in the Layer panel (op=conv|maxpool|avgpool):
 * the controls that apply appear and the others go, a pool strides by its
 * kernel unless told otherwise, the link says so, and each framework's limit
 * is an alert with its own words. Expected numbers come from the pure core.
 */
import { expect, test } from '@playwright/test';
import { derivePlan, referenceOf } from '../src/core';
import { parseQuery } from '../src/state/urlCodec';
import { AppPage } from './pages/app';

/** The core's reference output of a link, nested `[C][OH][OW]`, −∞ as null (JSON's way). */
function expectedOutput(query: string): (number | null)[][][] {
  const plan = derivePlan(parseQuery(query).state.config);
  if (!plan.ok) throw new Error(plan.message);
  const flat = referenceOf(plan).map((v) => (Number.isFinite(v) ? v : null));
  const { h, w } = plan;
  return Array.from({ length: plan.filters }, (_, f) => Array.from({ length: h.out }, (_, r) => flat.slice((f * h.out + r) * w.out, (f * h.out + r + 1) * w.out)));
}

test('choosing max then average pooling: stride follows the kernel, the pooling settings appear, the kernel ones go', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=6x6&k=3x3');
  await expect(app.outputShape()).toHaveText('6×6');
  await expect(app.control('Filters')).toBeVisible();

  await app.control('Operation').selectOption({ label: 'Max pooling' });
  // MaxPool2d(3) strides 3: TF SAME on 6 gives ⌈6/3⌉ = 2.
  await expect(app.outputShape()).toHaveText('2×2');
  await app.expectUrlToContain('op=maxpool');
  expect(app.query()).not.toContain('s=');
  await expect(app.control('Ceil mode (ceil_mode)')).toBeVisible();
  for (const gone of ['Filters', 'Kernel values', 'Padding mode', 'True convolution (flip)', 'Count padding (count_include_pad)']) {
    await expect(app.control(gone)).toHaveCount(0);
  }
  expect((await app.output()).values).toEqual(expectedOutput(app.query()));

  await app.control('Operation').selectOption({ label: 'Average pooling' });
  await app.expectUrlToContain('op=avgpool');
  await app.control('Count padding (count_include_pad)').uncheck();
  await app.expectUrlToContain('cip=0');
  const out = await app.output();
  expect(out.shape).toEqual([1, 2, 2]);
  expect(out.values).toEqual(expectedOutput(app.query()));

  await app.control('Operation').selectOption({ label: 'Convolution' });
  await expect(app.outputShape()).toHaveText('6×6');
  await expect.poll(() => app.query()).not.toContain('op=');
});

test.describe('each limit is an alert in the framework\'s words, and the page keeps working', () => {
  // Each with a fix from the Layer panel: the controls are still there and the layer runs again.
  for (const [query, words, control, fix] of [
    ['op=avgpool&k=3&s=1&d=2', /no dilation/, 'Operation', 'Max pooling'],
    ['op=maxpool&fw=torch&k=3&s=1&pad=2,2,2,2', /pad should be at most half of kernel size, but got pad=2 and kernel_size=3/, 'Operation', 'Convolution'],
    ['op=maxpool&in=2&k=5&pad=valid', /Output size is too small/, 'Border', 'same'],
    ['op=avgpool&k=2&s=2&pad=3,3,3,3&cip=0', /divisor would be 0/, 'Operation', 'Max pooling'],
  ] as const) {
    test(query, async ({ page }) => {
      const app = new AppPage(page);
      await app.goto(query);
      await expect(app.alert()).toContainText(words);
      await app.control(control).selectOption({ label: fix });
      await expect(app.alert()).toHaveCount(0);
      expect((await app.output()).values).toEqual(expectedOutput(app.query()));
    });
  }
});
