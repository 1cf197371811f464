/**
 * Exercises (`view=quiz`, issue 17): a quiz link gives the same questions
 * twice; right and wrong answers are graded, the score changes and survives
 * a reload; answers given on the grids (a source cell clicked on the padded
 * grid, readers clicked on the output grid, and by keyboard); the teacher
 * link fixes qseed, qops and qkinds. Right answers are worked out here with
 * the design's arithmetic from the configuration in quiz-json — not with the app's code.
 */
import { expect, test, type Page } from '@playwright/test';

interface Q {
  kind: string;
  op: string;
  target: { row: number; col: number } | null;
  prompt: string;
  config: {
    input: { h: number; w: number };
    kernel: { h: number; w: number };
    stride: { h: number; w: number };
    dilation: { h: number; w: number };
    pad: { kind: string; top?: number; bottom?: number; left?: number; right?: number };
    mode: string;
  };
}

async function quiz(page: Page): Promise<{ seed: number; questions: Q[] }> {
  return JSON.parse((await page.getByTestId('quiz-json').textContent()) ?? '{}');
}

/** One axis of a convolution or pool by design.md's rules: pads before/after and the output size. */
function axis(c: Q['config'], a: 'h' | 'w'): { pb: number; pa: number; out: number } {
  const n = c.input[a];
  const s = c.stride[a];
  const ke = c.dilation[a] * (c.kernel[a] - 1) + 1;
  let pb = 0;
  let pa = 0;
  if (c.pad.kind === 'same' || c.pad.kind === 'same-lower') {
    const P = Math.max((Math.ceil(n / s) - 1) * s + ke - n, 0);
    pb = c.pad.kind === 'same' ? Math.floor(P / 2) : P - Math.floor(P / 2);
    pa = P - pb;
  } else if (c.pad.kind === 'full') {
    pb = pa = ke - 1;
  } else if (c.pad.kind === 'half') {
    pb = pa = Math.floor(ke / 2);
  } else if (c.pad.kind === 'explicit') {
    pb = (a === 'h' ? c.pad.top : c.pad.left) ?? 0;
    pa = (a === 'h' ? c.pad.bottom : c.pad.right) ?? 0;
  }
  return { pb, pa, out: Math.floor((n + pb + pa - ke) / s) + 1 };
}

/** The input index padded position p copies (design.md's padding modes table). */
function copies(mode: string, n: number, p: number): number {
  if (p >= 0 && p < n) return p;
  if (mode === 'replicate') return p < 0 ? 0 : n - 1;
  if (mode === 'circular') return ((p % n) + n) % n;
  if (mode === 'reflect') return p < 0 ? -p : 2 * (n - 1) - p;
  return p < 0 ? -p - 1 : 2 * n - 1 - p; // symmetric
}

/** The centre of a cell of one of the quiz's grids, in page px (the layout: 3 px margin, a 20 px label strip). */
async function cellPoint(page: Page, testId: string, row: number, col: number): Promise<{ x: number; y: number }> {
  const grid = page.getByTestId(testId);
  await grid.scrollIntoViewIfNeeded();
  const dims = (await page.locator('figure', { has: grid }).locator('.grid-dims').textContent()) ?? '';
  const cols = Number(dims.split('×')[1]);
  const box = (await grid.boundingBox())!;
  const cell = (box.width - 2 * 3 - 20) / cols;
  return { x: box.x + 3 + 20 + (col + 0.5) * cell, y: box.y + 3 + 20 + (row + 0.5) * cell };
}

async function clickCell(page: Page, testId: string, row: number, col: number): Promise<void> {
  const p = await cellPoint(page, testId, row, col);
  await page.mouse.click(p.x, p.y);
}

const score = (page: Page) => page.getByTestId('quiz-score');
const feedback = (page: Page) => page.getByTestId('quiz-feedback');

test('a quiz link gives the same questions twice, and another seed other questions', async ({ page }) => {
  const link = './?view=quiz&qseed=42&qops=conv,maxpool&qkinds=size,split,reads';
  await page.goto(link);
  await expect(page.getByTestId('quiz-question')).toBeVisible();
  const first = await quiz(page);
  const prompt = await page.getByTestId('quiz-prompt').textContent();
  expect(first.questions).toHaveLength(10);
  for (const q of first.questions) {
    expect(['conv', 'maxpool']).toContain(q.op);
    expect(['size', 'split', 'reads']).toContain(q.kind);
  }
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByTestId('quiz-question')).toBeVisible();
  expect(await quiz(page)).toEqual(first);
  await expect(page.getByTestId('quiz-prompt')).toHaveText(prompt ?? '');
  await page.goto('./?view=quiz&qseed=43&qops=conv,maxpool&qkinds=size,split,reads');
  await expect(page.getByTestId('quiz-question')).toBeVisible();
  expect((await quiz(page)).questions).not.toEqual(first.questions);
});

test('grades a right and a wrong answer; the score changes and survives a reload', async ({ page }) => {
  await page.goto('./?view=quiz&qseed=11&qops=conv,avgpool&qkinds=size');
  await expect(score(page)).toHaveText(/Score: 0 right of 0 answered/);
  const { questions } = await quiz(page);
  const [a, b] = questions as [Q, Q];

  // Question 1, right.
  await page.getByLabel('Output height').fill(String(axis(a.config, 'h').out));
  await page.getByLabel('Output width').fill(String(axis(a.config, 'w').out));
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toContainText(`✓ Right: ${axis(a.config, 'h').out}×${axis(a.config, 'w').out}`);
  await expect(feedback(page)).toContainText('output size: o = ⌊(np − ke)/s⌋ + 1');
  await expect(score(page)).toHaveText(/Score: 1 right of 1 answered/);

  // Question 2, wrong: one row too many.
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: /Question 2 of 10/ })).toBeVisible();
  await page.getByLabel('Output height').fill(String(axis(b.config, 'h').out + 1));
  await page.getByLabel('Output width').fill(String(axis(b.config, 'w').out));
  await page.keyboard.press('Enter');
  await expect(feedback(page)).toHaveAttribute('data-correct', 'false');
  await expect(feedback(page)).toContainText(`✗ Not quite. The answer is ${axis(b.config, 'h').out}×${axis(b.config, 'w').out}`);
  await expect(score(page)).toHaveText(/Score: 1 right of 2 answered/);
  await expect(page.getByRole('button', { name: 'Question 1, right' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Question 2, wrong' })).toBeVisible();

  await page.reload();
  await expect(score(page)).toHaveText(/Score: 1 right of 2 answered/);
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  // Another quiz has its own score.
  await page.goto('./?view=quiz&qseed=12&qops=conv,avgpool&qkinds=size');
  await expect(score(page)).toHaveText(/Score: 0 right of 0 answered/);
});

test('a source is answered by clicking the input cell on the padded grid', async ({ page }) => {
  await page.goto('./?view=quiz&qseed=3&qkinds=source');
  const { questions } = await quiz(page);
  const q = questions[0]!;
  expect(q.kind).toBe('source');
  const h = axis(q.config, 'h');
  const w = axis(q.config, 'w');
  const row = copies(q.config.mode, q.config.input.h, q.target!.row - h.pb);
  const col = copies(q.config.mode, q.config.input.w, q.target!.col - w.pb);
  // A wrong cell first (the padding cell itself), replaced by the right one: a source is one cell.
  await clickCell(page, 'quiz-padded-grid', q.target!.row, q.target!.col);
  await expect(page.getByTestId('quiz-picked')).toContainText('a padding cell');
  await clickCell(page, 'quiz-padded-grid', row + h.pb, col + w.pb);
  await expect(page.getByTestId('quiz-picked')).toContainText(`input cell (row ${row}, col ${col})`);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(feedback(page)).toContainText(`input cell (row ${row}, col ${col})`);
  await expect(score(page)).toHaveText(/Score: 1 right of 1 answered/);
});

test('readers are clicked on the output grid, or picked with the arrows and Enter', async ({ page }) => {
  await page.goto('./?view=quiz&qseed=5&qops=conv&qkinds=reads');
  const { questions } = await quiz(page);
  /** The output cells that read padded cell t (window map: o·s + i·d = p). */
  const readers = (q: Q) => {
    const along = (a: 'h' | 'w', p: number) => {
      const { out } = axis(q.config, a);
      const os: number[] = [];
      for (let o = 0; o < out; o++) for (let i = 0; i < q.config.kernel[a]; i++) if (o * q.config.stride[a] + i * q.config.dilation[a] === p) os.push(o);
      return os;
    };
    return along('h', q.target!.row).flatMap((r) => along('w', q.target!.col).map((c) => [r, c] as const));
  };
  const first = readers(questions[0]!);
  expect(first.length).toBeGreaterThan(0);
  for (const [r, c] of first) await clickCell(page, 'quiz-output-grid', r, c);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');

  // Question 2 by keyboard: the cursor starts at (0, 0) on the first arrow press.
  await page.getByRole('button', { name: 'Next question' }).click();
  const second = readers(questions[1]!);
  const grid = page.getByTestId('quiz-output-grid');
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  let [atRow, atCol] = [0, 0];
  const press = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };
  for (const [r, c] of second) {
    await press(r > atRow ? 'ArrowDown' : 'ArrowUp', Math.abs(r - atRow));
    await press(c > atCol ? 'ArrowRight' : 'ArrowLeft', Math.abs(c - atCol));
    [atRow, atCol] = [r, c];
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('quiz-picked')).toContainText(second.map(([r, c]) => `(${r}, ${c})`).join(' '));
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'true');
  await expect(score(page)).toHaveText(/Score: 2 right of 2 answered/);
});

test('the teacher link fixes the seed, the operations and the kinds', async ({ page }) => {
  await page.goto('./?view=quiz');
  await page.getByText('Teacher: choose the questions and share them').click();
  await page.getByLabel('Seed').fill('9');
  await page.getByLabel('Average pooling').uncheck();
  await page.getByLabel('Transposed convolution').uncheck();
  await page.getByLabel('Which output cells read a cell').uncheck();
  const link = await page.getByTestId('quiz-link').inputValue();
  expect(link).toContain('view=quiz');
  expect(link).toContain('qseed=9');
  expect(link).toContain('qops=conv,maxpool');
  expect(link).toContain('qkinds=size,split,value,source,opad');
  await expect(page).toHaveURL(/qseed=9/);
  const here = await quiz(page);
  expect(here.questions.every((q) => q.op === 'conv' || q.op === 'maxpool')).toBe(true);
  await page.goto(link);
  expect(await quiz(page)).toEqual(here);
  // "New questions" moves to the next seed.
  await page.getByRole('button', { name: 'New questions' }).click();
  await expect(page).toHaveURL(/qseed=10/);
});

test('without storage the score lives in memory, and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
  });
  await page.goto('./?view=quiz&qseed=11&qops=conv&qkinds=size');
  await expect(page.getByTestId('quiz-storage-note')).toBeVisible();
  await page.getByLabel('Output height').fill('0');
  await page.getByLabel('Output width').fill('0');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page)).toHaveAttribute('data-correct', 'false');
  await expect(score(page)).toHaveText(/Score: 0 right of 1 answered/);
});
