/**
 * Issue 8, image and compare views: every control has a name and works from
 * the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows), focus is always
 * visible, Tab never gets stuck, and status lines are live regions. Results
 * are read through the DOM contract (image-json, compare-json, test ids).
 */
import { expect, test, type Page } from '@playwright/test';
import { PAD_MODES } from '../src/core';
import { focused, tabTo, tabWalk, unvisited, type Focused } from './helpers/keyboard';
import { ComparePage } from './pages/compare';
import { ImagePage, encodePng } from './pages/image';

/** A ring a keyboard user can see: drawn, at least 2 px, and 3:1 against what is behind it (WCAG 1.4.11). */
function expectVisibleRing(f: Focused): void {
  expect(f.focusVisible, `${f.name}: keyboard focus matches :focus-visible`).toBe(true);
  expect(f.visible, `${f.name}: on screen`).toBe(true);
  expect(f.outlineStyle, `${f.name}: outline`).not.toBe('none');
  expect(f.outlineWidth, `${f.name}: outline width`).toBeGreaterThanOrEqual(2);
  expect(f.ringContrast, `${f.name}: ring contrast`).toBeGreaterThanOrEqual(3);
}

/** `names` occur in `stops` in this order (other stops may sit between them). */
function expectInOrder(stops: readonly Focused[], names: readonly (string | RegExp)[]): void {
  let at = 0;
  for (const name of names) {
    const found = stops.findIndex((s, i) => i >= at && (typeof name === 'string' ? s.name === name : name.test(s.name)));
    expect(found, `"${String(name)}" after stop ${at} in: ${stops.map((s) => s.name).join(' | ')}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

const focusedLocator = (page: Page) => page.locator(':focus');

/** A small picture, so every keyboard change recomputes in a moment. */
const SMALL = { name: 'keyboard.png', png: encodePng(40, 32, Array.from({ length: 40 * 32 * 3 }, (_, i) => (i * 37) % 256)) };

test.describe('image view', () => {
  test('Tab visits every control in reading order, each named, with a visible ring, and leaves the page', async ({ page }) => {
    const app = new ImagePage(page);
    await app.goto();
    await app.ready();
    const { stops, wrapsToStart } = await tabWalk(page);
    expectInOrder(stops, [
      'Grid',
      'Image',
      'Compare',
      'Sample',
      'Your picture',
      'Kernel',
      'Kernel size',
      'Border',
      'Stride height',
      'Dilation height',
      'Constant',
      'True convolution (flip)',
      'Compare against',
      'Magnified corner',
      'Negative values',
      ...PAD_MODES.map((m) => new RegExp(`^Download PNG of the ${m}\\b.*result$`)),
      /^Difference map: Mode$/,
      /^Difference map: compared against$/,
    ]);
    for (const stop of stops) {
      expect(stop.name, `a stop (${stop.tag}) has a name`).not.toBe('');
      expectVisibleRing(stop);
    }
    // Six download buttons, six different names: a list of buttons tells them apart.
    const downloads = stops.filter((s) => s.name.startsWith('Download PNG')).map((s) => s.name);
    expect(new Set(downloads).size).toBe(PAD_MODES.length);
    expect(await unvisited(page, '[data-testid="image-view"]'), 'controls Tab never reached').toEqual([]);
    expect(wrapsToStart, 'Tab past the last control comes back to the first: no trap').toBe(true);
  });

  test('a file, the kernel, the border and the view options all work from the keyboard', async ({ page }) => {
    const app = new ImagePage(page);
    await app.goto();
    await app.ready();

    // The file input is the drop zone's keyboard path: Space opens the chooser.
    await tabTo(page, 'Your picture');
    await app.chooseFileWithKeyboard(SMALL.name, 'image/png', SMALL.png);
    let json = await app.ready(SMALL.name);
    expect(json.source?.shape).toEqual([32, 40, 3]);
    await expect(focusedLocator(page)).toHaveAccessibleName('Your picture');

    // Kernel size: the arrows step it, and the results follow.
    const sizeBefore = json.kernel.h;
    await tabTo(page, 'Kernel size');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await app.ready()).kernel.h).toBe(sizeBefore + 1);

    // Border: the first choice is valid, which pads nothing, so the output shrinks.
    json = await app.ready();
    await tabTo(page, 'Border');
    await page.keyboard.press('Home');
    await expect.poll(async () => (await app.ready()).pads).toEqual([0, 0, 0, 0]);
    const valid = await app.ready();
    expect(valid.out![0]).toBeLessThan(json.out![0]);

    // Kernel preset: Shift+Tab back to the select, an arrow picks the next preset.
    await tabTo(page, 'Kernel', { back: true });
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await app.ready()).kernel.label).not.toBe(valid.kernel.label);

    // Compare against: zeros -> constant; every card now measures against constant.
    await tabTo(page, 'Compare against');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('image-maxdiff-zeros')).toBeVisible();
    await expect(page.getByTestId('image-maxdiff-constant')).toHaveCount(0);

    // Custom kernel: the text box takes typing, its error is an alert, and Tab leaves it.
    await tabTo(page, 'Kernel', { back: true });
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect(focusedLocator(page)).toHaveAccessibleName('Kernel values');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1 2; 3');
    await expect(page.getByTestId('kernel-error')).toHaveAttribute('role', 'alert');
    // The standing status line says which kernel the results still use.
    await expect(page.getByTestId('image-view-status')).toContainText('Showing the last kernel that worked');
    await page.keyboard.press('Tab');
    await expect(focusedLocator(page)).not.toHaveAccessibleName('Kernel values');
  });

  test('a sample and a download, each by keyboard', async ({ page }) => {
    const app = new ImagePage(page);
    await app.goto();
    const first = await app.ready();
    await tabTo(page, 'Sample');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await app.ready()).source?.name).not.toBe(first.source?.name);
    expect((await app.ready()).source?.origin).toBe('sample');

    const ring = await tabTo(page, /^Download PNG of the reflect\b/);
    expectVisibleRing(ring);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/-reflect\.png$/);
  });

  test('status lines are live regions that stay in the page while their words change', async ({ page }) => {
    // What the run-status region held at the moment it entered the page: it must come in empty.
    await page.addInitScript(() => {
      const born: (string | null)[] = [];
      (window as unknown as { __statusBorn: (string | null)[] }).__statusBorn = born;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof Element)) continue;
            const el = n.matches('[data-testid="image-run-status"]') ? n : n.querySelector('[data-testid="image-run-status"]');
            if (el) born.push(el.textContent);
          }
      }).observe(document, { childList: true, subtree: true });
    });
    const app = new ImagePage(page);
    await app.goto();
    // A region that exists before its text does is what screen readers announce.
    await expect(app.sourceStatus()).toHaveAttribute('role', 'status');
    await expect(app.runStatus()).toHaveAttribute('role', 'status');
    const region = await app.runStatus().elementHandle();
    await app.ready();
    await expect(app.runStatus()).toContainText('modes computed');
    expect(await region!.evaluate((el) => el.isConnected), 'the same status element carries the new words').toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __statusBorn: (string | null)[] }).__statusBorn), 'inserted once, before its first words').toEqual(['']);

    // A picture too large for image mode: the scaled-down notice appears inside the standing region.
    const sourceRegion = await app.sourceStatus().elementHandle();
    await tabTo(page, 'Your picture');
    await app.chooseFileWithKeyboard('wide.png', 'image/png', encodePng(2100, 2, new Array(2100 * 2 * 3).fill(90)));
    await expect(app.notice()).toContainText('scaled down');
    await expect(app.sourceStatus()).toContainText('scaled down');
    expect(await sourceRegion!.evaluate((el) => el.isConnected)).toBe(true);
  });
});

test.describe('compare view', () => {
  test('Tab visits every control, named per side, with a visible ring, and leaves the page', async ({ page }) => {
    const app = new ComparePage(page);
    await app.goto(`view=compare&k=4&b=${encodeURIComponent('k=4&pad=1,2,1,2&fw=torch')}`);
    await expect(app.summary()).toBeVisible();
    const { stops, wrapsToStart } = await tabWalk(page);
    expectInOrder(stops, [
      'Compare',
      'Swap A/B',
      'TF SAME vs PyTorch padding=k//2',
      'Edit A',
      'A input height',
      'A kernel height',
      'A Border',
      'A Mode',
      'A Framework',
      'Edit B',
      'B input height',
      'B Border',
      'B padding top',
      'B padding right',
      'B Mode',
      'B Framework',
    ]);
    for (const stop of stops) {
      expect(stop.name, `a stop (${stop.tag}) has a name`).not.toBe('');
      expectVisibleRing(stop);
    }
    const names = stops.map((s) => s.name);
    expect(new Set(names.filter((n) => /^[AB] /.test(n))).size, 'no two editor controls share a name').toBe(names.filter((n) => /^[AB] /.test(n)).length);
    expect(await unvisited(page, '[data-testid="compare-view"]')).toEqual([]);
    expect(wrapsToStart).toBe(true);
  });

  test("B's editor works from the keyboard and the difference summary follows", async ({ page }) => {
    const app = new ComparePage(page);
    await app.goto('view=compare&k=4');
    await expect(app.firstDiff()).toContainText('Identical');
    const before = await app.json();

    // B's border: the last choice is explicit, starting from what B pads now (nothing changes yet).
    await tabTo(page, 'B Border');
    await page.keyboard.press('End');
    await expect(app.pads('b')).toHaveText(before.b.pads.join(', '));
    // One more cell at the top: B's output grows and moves, so the summary stops saying identical.
    await tabTo(page, 'B padding top');
    await page.keyboard.press('ArrowUp');
    await expect(app.pads('b')).toHaveText([before.b.pads[0]! + 1, ...before.b.pads.slice(1)].join(', '));
    await expect(app.firstDiff()).not.toContainText('Identical');
    await expect.poll(async () => (await app.json()).b.shape[0]).toBe(before.b.shape[0] + 1);
    await app.expectUrlToContain(`pad=${before.b.pads[0]! + 1},`);

    // B's mode by arrows.
    await tabTo(page, 'B Mode');
    await page.keyboard.press('ArrowDown');
    await expect(app.side('b').getByRole('heading')).toContainText('constant');

    // The disclosure folds and unfolds with Enter.
    await tabTo(page, 'Edit B', { back: true });
    await page.keyboard.press('Enter');
    await expect(app.editor('B')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(app.editor('B')).toBeVisible();

    // Swap from the keyboard: the shapes trade places and focus stays on the button.
    const swapped = await app.json();
    await tabTo(page, 'Swap A/B', { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.json()).a.shape).toEqual(swapped.b.shape);
    await expect(app.swap()).toBeFocused();

    // The in-view one-click pair.
    await page.keyboard.press('Tab');
    await expect(app.tfSameVsTorch()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(app.shift()).toContainText('1 row down and 1 column right');
  });
});

test('the header launcher opens compare from the keyboard and hands focus to its heading', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto('k=4&pad=valid');
  await tabTo(page, 'TF SAME vs PyTorch padding=k//2');
  await page.keyboard.press('Enter');
  await expect(app.shift()).toBeVisible();
  // The launcher is gone in this view: focus must not fall back to the document.
  await expect(app.heading()).toBeFocused();
  expectVisibleRing((await focused(page))!);
  await page.keyboard.press('Tab');
  await expect(app.swap()).toBeFocused();
});

test('views switch from the keyboard, and focus stays on the switcher', async ({ page }) => {
  const app = new ComparePage(page);
  await app.goto();
  await expect(app.outputShape()).toBeVisible();
  await tabTo(page, 'Image');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('image-view')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Image', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(focusedLocator(page)).toHaveAccessibleName('Image');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await app.expectUrlToContain('view=compare');
  await tabTo(page, 'Grid', { back: true });
  await page.keyboard.press('Enter');
  await expect(app.outputShape()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Grid', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(focusedLocator(page)).toHaveAccessibleName('Grid');
});

test('Copy link and the teacher panel work from the keyboard, with a ring that shows on the white panel', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const app = new ComparePage(page);
  await app.goto('view=compare');
  await expect(app.summary()).toBeVisible();
  await tabTo(page, 'Copy link');
  await page.keyboard.press('Enter');
  await expect(app.shareStatus()).toHaveText('Link copied');
  await expect(app.shareStatus()).toHaveAttribute('role', 'status');

  await tabTo(page, /^Teacher: hide controls/);
  await page.keyboard.press('Enter');
  const box = await tabTo(page, 'k Kernel');
  expectVisibleRing(box);
  await page.keyboard.press('Space');
  await app.expectUrlToContain('hide=k');
  await expect(page.getByRole('spinbutton', { name: 'A kernel height' })).toHaveCount(0);
  const showAll = await tabTo(page, 'Show all controls');
  expectVisibleRing(showAll);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('spinbutton', { name: 'A kernel height' })).toHaveCount(1);
  // The button is gone now; focus stays in the panel, on its first checkbox (the operation).
  await expect(focusedLocator(page)).toHaveAccessibleName('op Operation');
});
