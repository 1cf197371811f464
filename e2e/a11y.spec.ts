/**
 * Accessibility: axe finds no serious or critical violation on every view
 * and state a link can open; every control has an accessible name and works
 * from the keyboard; reduced motion caps playback; padding differs from input
 * by more than colour.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ExplorerPage } from './pages/explorer';
import { SelfTestPage } from './pages/selftest';

/** axe's serious and critical violations, one readable line each (rule, impact, offending nodes). */
async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('axe: no serious or critical violations', () => {
  test('grid view, default link, once the result is in', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto();
    await app.output();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('grid view with several channels and filters, the sources overlay and a hovered cell', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto('in=6x5&c=2&f=2&pad=1,2,0,1&mode=constant&cval=-3&x=random&w=random&s=2x1');
    await app.output();
    await app.pick('Padded grid shows', 'Sources');
    await app.hoverCell('padded', 0, 0);
    await expect(app.info()).toContainText('Padding cell');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('grid view with the cell editor open and an error in it', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto('in=4x4');
    await app.clickCell('padded', 1, 1);
    const editor = page.locator('.cell-editor input');
    await editor.fill('abc');
    await editor.press('Enter');
    await expect(page.locator('.cell-editor [role="alert"]')).toContainText('Type a number');
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an invalid configuration with its alert', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto('in=3x3&pad=3,0,0,0&mode=reflect');
    await expect(app.alert()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a clamped link with its notice', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.goto('k=99&mode=<b>mirror</b>&zoom=2&step=-4');
    await expect(app.notices()).toContainText('k=99 is outside 1..15');
    await app.output();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the self-test page', async ({ page }) => {
    const selftest = new SelfTestPage(page);
    await selftest.goto('cases=3');
    await selftest.finished(60_000);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the image view', async ({ page }) => {
    await page.goto('./?view=image');
    await expect(page.getByTestId('image-json')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the compare view, with a second configuration that differs', async ({ page }) => {
    await page.goto(`./?view=compare&b=${encodeURIComponent('in=5x5&pad=valid&mode=reflect')}`);
    await expect(page.getByTestId('compare-view')).toBeVisible();
    await expect(page.getByTestId('compare-summary')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the network view with the U-Net preset, a mismatched skip pair and its fixes', async ({ page }) => {
    await page.goto('./?view=net');
    await page.getByRole('button', { name: 'U-Net, two levels, odd input', exact: true }).click();
    await expect(page.getByTestId('net-skip-1-8')).toContainText('Sizes differ');
    await expect(page.getByTestId('net-json')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the compare view with an invalid second configuration', async ({ page }) => {
    await page.goto(`./?view=compare&b=${encodeURIComponent('in=3x3&pad=3,0,0,0&mode=reflect')}`);
    await expect(page.getByTestId('compare-invalid-b')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('embed mode, and the export panel and embed snippet of the full view, open', async ({ page }) => {
    await page.goto('./?in=6&s=2&embed=1');
    await expect(page.getByTestId('output-json')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('./?in=6&s=2');
    await page.getByTestId('export').locator('summary').click();
    await page.getByTestId('embed-code').locator('summary').click();
    await expect(page.getByTestId('embed-snippet')).toHaveAttribute('data-state', 'measured', { timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the quiz: an open question on the grid, then a wrong answer with its feedback and the teacher panel', async ({ page }) => {
    await page.goto('./?view=quiz&qseed=3&qkinds=source,reads');
    await expect(page.getByTestId('quiz-padded-grid')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('./?view=quiz&qseed=11&qops=conv&qkinds=size');
    await page.getByLabel('Output height').fill('0');
    await page.getByLabel('Output width').fill('0');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');
    await page.getByText('Teacher: choose the questions and share them').click();
    await expect(page.getByTestId('quiz-link')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/** The label of every control in src/ui/controls/ControlsPanel.tsx, and its parts. */
const CONTROL_LABELS = [
  'Input height',
  'Input width',
  'Channels',
  'Filters',
  'Kernel height',
  'Kernel width',
  'Stride height',
  'Stride width',
  'Dilation height',
  'Dilation width',
  'Border',
  'Padding top',
  'Padding bottom',
  'Padding left',
  'Padding right',
  'Padding mode',
  'Constant',
  'Framework',
  'True convolution (flip)',
  'Input values',
  'Kernel values',
  'Seed',
];

test('every control has an accessible name', async ({ page }) => {
  const app = new ExplorerPage(page);
  // Explicit padding, constant mode and a random preset show every conditional control.
  await app.goto('pad=1,2,0,1&mode=constant&cval=2&x=random');
  for (const label of CONTROL_LABELS) {
    const control = page.getByLabel(label, { exact: true });
    await expect(control, label).toHaveCount(1);
    await expect(control, label).toHaveAccessibleName(label);
  }
  // A field's help opens on hover and focus over what follows, without moving the fields below it
  // (it used to open in the flow: a click that began on one label ended on another and was lost).
  const kernelLabel = page.locator('label', { hasText: /^Kernel$/ });
  const before = (await kernelLabel.boundingBox())!.y;
  await page.getByLabel('Input height', { exact: true }).focus();
  await expect(page.getByText('Input height × width in cells.')).toBeVisible();
  expect((await kernelLabel.boundingBox())!.y).toBe(before);
  // Each field's visible label points at its first control, so a click on "Input" or "Kernel" lands there.
  for (const [label, first] of [
    ['Input', 'Input height'],
    ['Kernel', 'Kernel height'],
    ['Padding T B L R', 'Padding top'],
  ] as const) {
    await page.locator('label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).click();
    await expect(page.getByLabel(first, { exact: true })).toBeFocused();
  }
  // The "both axes" links say which setting they link.
  for (const name of ['Input', 'Kernel', 'Stride', 'Dilation']) {
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${name}\\b.*both axes`) })).toHaveCount(1);
  }
  // Every form control on the page has a non-empty accessible name (the pickers and step-through included).
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, button, textarea, [role="img"][tabindex]')]
      .filter((el) => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length || el.textContent?.trim()))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
});

test('Padding mode can be reached with Tab and changed with the keyboard', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto('in=6x6');
  const select = app.control('Padding mode');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await select.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the Padding mode select').toBe(true);
  await expect(select).toHaveValue('zeros');
  await page.keyboard.press('ArrowDown'); // a closed select changes its value with the arrows
  await expect(select).toHaveValue('constant');
  await app.expectUrlToContain('mode=constant');
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('reflect');
  await app.expectUrlToContain('mode=reflect');
  // The step-through left the arrows to the select.
  await expect(app.step().scrub).toHaveValue('0');
  await expect(select).toBeFocused();
});

test('the step-through and the grids work from the keyboard', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto('in=4x4');
  const step = app.step();
  const forward = step.root.getByRole('button', { name: 'Step forward' });
  await forward.focus();
  await page.keyboard.press('Enter');
  await app.expectUrlStep(1);
  await page.keyboard.press('Space'); // Space on a button clicks it once, not twice
  await app.expectUrlStep(2);
  await expect(step.status).toHaveText('paused');
  // The output grid: focus, arrows, the padded grid's window follows in words.
  await app.grid('output').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.info()).toContainText('Output (row 0, col 0)');
  await page.keyboard.press('ArrowDown');
  await expect(app.info()).toContainText('Output (row 1, col 0)');
  await expect(app.info()).toContainText('its window covers padded rows 1–3, cols 0–2');
  // Enter on an input cell of the padded grid opens the editor; Escape returns focus to the grid.
  await app.grid('padded').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown'); // padded (1, 1) = input (0, 0)
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Input value at row 0, col 0' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(app.grid('padded')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await app.expectUrlToContain('x=42,2,3,4,');
  await expect(app.grid('padded')).toBeFocused();
});

test('reduced motion: the step-through says so and caps playback at 2 cells per second', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new ExplorerPage(page);
  await app.goto('in=8x8');
  const step = app.step();
  await expect(step.root).toContainText('Reduced motion is on');
  await expect(step.root).toContainText('at most 2 per second');
  await page.getByLabel('Speed').fill('30');
  await expect(step.root).toContainText('30 cells/s (runs at 2/s)');
  await step.play.click();
  await expect(step.status).toHaveText('playing');
  await page.waitForTimeout(1_500);
  await step.play.click();
  await expect(step.status).toHaveText('paused');
  // 1.5 s at 2/s: at most 3 cells (a slow machine only makes it fewer), never 30/s.
  expect(app.urlStep()).toBeLessThanOrEqual(4);

  // Without the preference the note goes and the full speed applies.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(step.root).not.toContainText('Reduced motion is on');
  await expect(step.root).not.toContainText('runs at');
});

test('padding and input cells differ by more than colour: the legend names the hatching and dashed border', async ({ page }) => {
  const app = new ExplorerPage(page);
  await app.goto('in=5x5&mode=reflect');
  const legend = app.legend();
  await expect(legend).toContainText('padding cell (hatched, dashed border)');
  await expect(legend).toContainText('inside the thick outline');
  // The grids themselves describe their content in words, for screen readers.
  await expect(app.grid('padded')).toHaveAttribute('aria-label', /padding top 1, bottom 1, left 1, right 1 \(reflect\)/);
  // Padding values in the dot product are marked in words too, not only in italics.
  await expect(app.step().dot).toContainText('(padding)');
});

test('padding and input cells with the same value differ on the canvas without colour: hatching shows in grey', async ({ page }) => {
  const app = new ExplorerPage(page);
  // Replicate padding of all ones: every cell holds 1, padding and input alike.
  await app.goto('in=5x5&k=3x3&pad=same&mode=replicate&x=ones');
  await app.output();
  const g = await app.geometry('padded');
  /** Standard deviation of grey levels (Rec. 601 luma) in a cell's top-left part, clear of borders and text. */
  const greySpread = (row: number, col: number) =>
    app.grid('padded').locator('canvas.layer-static').evaluate(
      (canvas: HTMLCanvasElement, { x, y, size }) => {
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const px = (v: number) => Math.round(v * scale);
        const data = canvas.getContext('2d')!.getImageData(px(x), px(y), px(size), px(size)).data;
        const luma: number[] = [];
        for (let i = 0; i < data.length; i += 4) luma.push(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!);
        const mean = luma.reduce((a, b) => a + b, 0) / luma.length;
        return Math.sqrt(luma.reduce((a, b) => a + (b - mean) ** 2, 0) / luma.length);
      },
      { x: g.origin + col * g.cell + 4, y: g.origin + row * g.cell + 4, size: Math.floor(g.cell * 0.3) },
    );
  const padding = await greySpread(0, 0);
  const input = await greySpread(2, 2);
  expect(input, 'an input cell is flat in grey').toBeLessThan(1);
  expect(padding, 'a padding cell carries a pattern a colour-blind or greyscale reader sees').toBeGreaterThan(4);
});
