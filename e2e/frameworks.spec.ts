/**
 * The framework bridge through the DOM: the five exported snippets and their
 * copy button, the framework and mode-names tables (for a convolution, a
 * max pooling layer and a transposed convolution), pasting a layer line into
 * the controls (and refusing one), and "Run as Keras layers" on WebGL.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { BridgePage, CODE_TARGETS } from './pages/bridge';

test('can show all five snippets, each with its framework call, one tab at a time', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  // pad 2 on every side with a 3x3 kernel: Keras needs ZeroPadding2D, PyTorch pads by itself.
  await app.goto('in=5x5&k=3x3&pad=2,2,2,2&fw=keras');
  for (const target of CODE_TARGETS) await expect(bridge.code(target)).toHaveCount(1);
  await expect(bridge.code('keras1')).toContainText('ZeroPadding2D');
  await expect(bridge.code('keras1')).toContainText('Convolution2D');
  await expect(bridge.code('keras')).toContainText('ZeroPadding2D');
  await expect(bridge.code('tf')).toContainText('tf.nn.conv2d');
  await expect(bridge.code('torch')).toContainText('nn.Conv2d');
  await expect(bridge.code('tfjs')).toContainText('tf.conv2d');
  // Only the Keras 3 tab is visible; it is highlighted (token spans), the others are in the DOM, hidden.
  await expect(bridge.code('keras')).toBeVisible();
  await expect(bridge.code('torch')).toBeHidden();
  // Colours come once the code is on screen (nothing is highlighted for a panel scrolled away).
  await bridge.code('keras').scrollIntoViewIfNeeded();
  await expect(bridge.code('keras').locator('.hljs-keyword').first()).toBeVisible();
  // Keyboard: arrows move between tabs (automatic activation).
  await bridge.tab('Keras 3').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bridge.tab('PyTorch')).toBeFocused();
  await expect(bridge.tab('PyTorch')).toHaveAttribute('aria-selected', 'true');
  await expect(bridge.code('torch')).toBeVisible();
  await expect(bridge.code('torch')).toContainText('padding=(2, 2)');
});

test('colours code only once it is on screen, and follows a change there', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  // A 40×40 input makes the grids tall: the code starts far below the fold.
  await app.goto('in=40x40&k=3x3&fw=torch');
  await app.output();
  const idle = () => page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => requestIdleCallback(() => r()))));
  await idle();
  const keywords = bridge.code('torch').locator('.hljs-keyword');
  await expect(bridge.code('torch')).toContainText('nn.Conv2d');
  expect(await keywords.count(), 'nothing is highlighted off screen').toBe(0);
  // The panels below the fold skip rendering until near the screen (content-visibility: auto), so the
  // first scroll may land short once they take their real height: scroll until the code is on screen.
  await expect(async () => {
    await bridge.code('torch').scrollIntoViewIfNeeded();
    await expect(bridge.code('torch')).toBeInViewport({ timeout: 500 });
  }).toPass();
  await expect(keywords.first()).toBeVisible();
  // A change while the code is on screen is coloured again (the plain text shows meanwhile).
  await app.control('Padding mode').selectOption('reflect');
  await expect(bridge.code('torch')).toContainText("padding_mode='reflect'");
  await expect(keywords.first()).toBeVisible();
});

test('can copy a snippet to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  await app.goto('in=6x6&s=2x2&mode=reflect&fw=torch');
  await expect(bridge.code('torch')).toBeVisible();
  await bridge.copyButton().click();
  await expect(bridge.panel().getByRole('tabpanel').getByRole('status')).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await bridge.code('torch').textContent());
  expect(copied).toContain("mode='reflect'");
});

test('says how to copy when the browser refuses the clipboard', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  await app.goto();
  await bridge.copyButton().click();
  await expect(bridge.panel().getByRole('tabpanel').getByRole('status')).toContainText('press Ctrl+C');
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Conv2D');
  // The click scrolled the code on screen, where it gets its colours in idle time: never under the
  // selection the reader is about to copy (that would drop it).
  // Two idle periods, each bounded: on a loaded machine an idle period may not come for a long time.
  await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => requestIdleCallback(() => r(), { timeout: 2_000 }), { timeout: 2_000 })));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Conv2D');
  // Once the selection is gone, the colours come.
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await expect(bridge.panel().getByRole('tabpanel').locator('.hljs-keyword').first()).toBeVisible();
});

test('can apply a pasted PyTorch layer to the controls and the URL', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  await app.goto();
  await bridge.paste("nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, padding_mode='reflect')");
  for (const part of ['k=7x7', 's=2x2', 'pad=3,3,3,3', 'mode=reflect', 'c=3', 'f=4', 'fw=torch']) await app.expectUrlToContain(part);
  await expect(bridge.importResult()).toContainText('nn.Conv2d');
  await expect(bridge.importResult()).toContainText('64 filters shown as 4');
  await expect(app.outputShape()).toHaveText('3×3');
  expect((await app.padded()).pads).toEqual([3, 3, 3, 3]);
  await expect(bridge.importError()).toHaveCount(0);
});

test('applies with Ctrl+Enter, and refuses a line it cannot read with an alert', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  await app.goto();
  await bridge.paste("Conv2D(8, (5, 5), strides=(2, 2), padding='valid')", { keys: true });
  await app.expectUrlToContain('k=5x5');
  await app.expectUrlToContain('pad=valid');
  const before = app.query();
  await bridge.paste('nn.Linear(3, 4)');
  await expect(bridge.importError()).toBeVisible();
  await expect(bridge.importError()).not.toBeEmpty();
  expect(app.query()).toBe(before);
});

test('keeps the pasted line and its notes when the layer makes the configuration invalid', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  await app.goto();
  const line = "nn.Conv2d(1, 1, 3, padding=9, padding_mode='reflect')";
  await bridge.paste(line);
  // Reflect cannot pad 9 cells on a 5x5 input: the page says why (the bridge needs a valid plan).
  await expect(app.alert()).toContainText('Reflect padding is limited');
  await app.control('Padding mode').selectOption('replicate');
  await expect(app.alert()).toHaveCount(0);
  await expect(bridge.importBox()).toHaveValue(line);
  await expect(bridge.importResult()).toContainText('nn.Conv2d');
});

test('shows what each framework does, with the chosen one marked and differences in words', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  await app.goto('in=6x6&s=2x2&pad=same&fw=torch');
  const table = bridge.frameworkTable();
  await expect(table.locator('caption')).toContainText('0, 1, 0, 1');
  await expect(bridge.frameworkRows('torch').first()).toContainText('chosen');
  await expect(bridge.frameworkRows('torch')).toContainText(["padding='same' is not supported for strided convolutions"]);
  // PyTorch's usual padding=k//2 gives the same 3x3 but other pads: marked with "≠" and words.
  const idiom = bridge.frameworkRows('torch').and(page.locator('[data-role="idiom"]'));
  await expect(idiom).toContainText('≠');
  await expect(idiom).toContainText('same size');
  await expect(bridge.frameworkRows('keras').first()).toContainText("padding='same'");
  await expect(bridge.frameworkRows('onnx')).toContainText("SAME_UPPER");
  // The mode-names table marks the current mode and spells out the traps.
  await app.control('Padding mode').selectOption('symmetric');
  const current = bridge.modeNames().locator('tr.bridge-current');
  await expect(current).toContainText('current');
  await expect(current).toContainText('BORDER_REFLECT');
  await expect(bridge.panel()).toContainText("scipy.ndimage 'reflect' and OpenCV BORDER_REFLECT repeat the edge cell");
});

test('shows what each framework does with a max pooling layer, and exports pooling code, no convolution', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  // TF's SAME pads 0/1/0/1 here (⌈6/2⌉ = 3): PyTorch's MaxPool2d has no string padding and pads both sides equally.
  await app.goto('op=maxpool&in=6x6&k=3x3&s=2x2&pad=same&fw=torch');
  await expect(bridge.frameworkTable().locator('caption')).toContainText('Max pooling');
  await expect(bridge.frameworkRows('torch').first()).toContainText('chosen');
  await expect(bridge.frameworkRows('torch')).toContainText(["TypeError: max_pool2d(): argument 'padding' (position 4) must be tuple of ints, not str"]);
  const exact = (id: string) => bridge.frameworkRows(id).and(page.locator('[data-role="exact"]'));
  await expect(exact('torch')).toContainText("F.pad(x, (0, 1, 0, 1), value=float('-inf')) → nn.MaxPool2d((3, 3), stride=(2, 2))");
  await expect(exact('keras').first()).toContainText("MaxPooling2D((3, 3), strides=(2, 2), padding='same')");
  await expect(exact('onnx')).toContainText('MaxPool(kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 1, 1])');
  // PyTorch's usual padding=k//2 gives the same 3×3 from other cells: "≠" and words.
  const idiom = bridge.frameworkRows('torch').and(page.locator('[data-role="idiom"]')).first();
  await expect(idiom).toContainText('≠');
  await expect(idiom).toContainText('same size');
  // The chosen framework's tab opens; every tab holds pooling code, none a convolution.
  await expect(bridge.code('torch')).toBeVisible();
  await expect(bridge.code('torch')).toContainText("xp = F.pad(x, (0, 1, 0, 1), value=float('-inf'))");
  await expect(bridge.code('tfjs')).toContainText("tf.maxPool(x, [3, 3], [2, 2], 'same')");
  for (const target of CODE_TARGETS) await expect(bridge.code(target)).not.toContainText(/conv2d|Conv2D|Convolution2D/i);
  // A pool has no padding mode: no mode-names table.
  await expect(bridge.modeNames()).toHaveCount(0);
});

test('shows what each framework does with a transposed convolution, exports ConvTranspose2d code, and runs it as Keras layers', async ({ page }) => {
  const app = new AppPage(page);
  const bridge = new BridgePage(page);
  // Keras same, in 4, k 3, s 2: full (4−1)·2 + 3 = 9, output 4·2 = 8 cropping 0 on top and 1 at the bottom.
  await app.goto('op=convt&in=4x4&k=3x3&s=2x2&pad=same&fw=torch&x=random&w=random');
  const table = bridge.frameworkTable();
  await expect(table.locator('caption')).toContainText('Transposed convolution');
  await expect(table.locator('caption')).toContainText('0, 1, 0, 1');
  await expect(table.locator('thead')).toContainText('Crops T, B, L, R');
  await expect(bridge.frameworkRows('torch').first()).toContainText('chosen');
  await expect(bridge.frameworkRows('torch')).toContainText(["TypeError: conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, not tuple"]);
  const exact = (id: string) => bridge.frameworkRows(id).and(page.locator('[data-role="exact"]'));
  await expect(exact('torch')).toContainText('output_padding=(0, 0), groups=1, dilation=(1, 1)) → y[:, :, 0:8, 0:8]');
  // PyTorch's usual padding=1, output_padding=1: the same 8×8, one cell lower ("≠", in words).
  const idiom = bridge.frameworkRows('torch').and(page.locator('[data-role="idiom"]'));
  await expect(idiom).toContainText('≠');
  await expect(idiom).toContainText('same size');
  await expect(exact('keras').first()).toContainText("Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='same')");
  await expect(bridge.frameworkRows('keras')).toContainText(["tf.nn.conv2d_transpose(x, w, output_shape=[1, 8, 8, 1], strides=[1, 2, 2, 1], padding='SAME')"]);
  await expect(exact('onnx')).toContainText('pads=[0, 0, 1, 1], output_padding=[0, 0]');
  await expect(exact('tfjs')).toContainText("tf.conv2dTranspose(x, w, [1, 8, 8, 1], [2, 2], 'same')");
  // The chosen framework's tab holds PyTorch's transposed layer; the others their own; no mode names (crops, not padding).
  await expect(bridge.code('torch')).toBeVisible();
  await expect(bridge.code('torch')).toContainText('nn.ConvTranspose2d(1, 1, (3, 3), stride=(2, 2)');
  await expect(bridge.code('torch')).toContainText('out = y[:, :, 0:8, 0:8]');
  await expect(bridge.code('keras')).toContainText('keras.layers.Conv2DTranspose(');
  await expect(bridge.code('tfjs')).toContainText('tf.conv2dTranspose(');
  for (const target of CODE_TARGETS) await expect(bridge.code(target)).not.toContainText(/conv2d\(|Conv2D\(|Convolution2D\(/);
  await expect(bridge.modeNames()).toHaveCount(0);
  // tfjs-layers' Conv2DTranspose(padding='same') alone, against the engine.
  const out = await app.output();
  expect(out.backend).toBe('webgl');
  const text = await bridge.runKeras();
  expect(text).toContain('Keras layers (Conv2DTranspose) agree with the engine: max |Δ| = ');
  // Pasting a PyTorch layer keeps the transposed convolution: DCGAN's k 4, s 2, padding 1.
  await bridge.paste('nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1, output_padding=0, groups=1, dilation=1)');
  for (const part of ['op=convt', 'k=4x4', 'pad=1,1,1,1', 'c=4', 'f=4']) await app.expectUrlToContain(part);
  await expect(bridge.importResult()).toContainText('nn.ConvTranspose2d');
  await expect(exact('torch')).toContainText('nn.ConvTranspose2d(4, 4, (4, 4), stride=(2, 2), padding=(1, 1), output_padding=(0, 0), groups=1, dilation=(1, 1))');
});

for (const [mode, layers] of [
  ['zeros', 'ZeroPadding2D + Conv2D'],
  ['reflect', 'GatherPadding2D + Conv2D'],
] as const) {
  test(`Keras layers (${layers}) agree with the engine on WebGL, mode=${mode}`, async ({ page }) => {
    const app = new AppPage(page);
    const bridge = new BridgePage(page);
    await app.goto(`in=7x6&c=2&f=2&k=3x2&s=2x1&d=1x2&pad=1,0,2,1&mode=${mode}&x=random&w=random&seed=3`);
    const out = await app.output();
    expect(out.backend).toBe('webgl');
    const text = await bridge.runKeras();
    expect(text).toContain(`Keras layers (${layers}) agree with the engine: max |Δ| = `);
    expect(text).toContain('webgl');
    await expect(bridge.kerasCheck()).toHaveAttribute('data-state', 'ready');
    // A new configuration makes the verdict stale: it is cleared, not shown for the wrong settings.
    await app.control('Padding mode').selectOption('replicate');
    await expect(bridge.kerasCheck()).toHaveAttribute('data-state', 'idle');
  });
}

test('the bridge panel has no axe violations', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('in=6x6&s=2x2&pad=same&mode=reflect&fw=torch');
  await expect(page.getByTestId('framework-table')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="bridge"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
