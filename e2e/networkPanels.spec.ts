/**
 * The network view's receptive-field and paste panels through the DOM
 * (design.md, "Network view"; issue 15): a clicked or keyed output cell's
 * footprint through every level, padding counted; dilation's holes on the
 * canvas; multi-line PyTorch and Keras pastes used as the network; a
 * malformed paste named by its line, shown as text. One browser page for
 * the whole file, to keep it fast.
 */
import { expect, test, type Page } from '@playwright/test';

interface FieldJson {
  level: number;
  cell: [number, number];
  levels: { rows: [number, number]; cols: [number, number]; paddingRows: number; paddingCols: number; reachRows: [number, number] | null; reachCols: [number, number] | null }[];
}

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

test.afterAll(async () => {
  await page.close();
});

async function field(): Promise<FieldJson> {
  return JSON.parse((await page.getByTestId('rf-json').textContent()) ?? 'null') as FieldJson;
}

const stepOfUrl = () => new URL(page.url()).searchParams.get('step') ?? '0';

test('can show an output cell’s receptive field reaching into the padding, and move it with the keyboard', async () => {
  // in=8: conv k3 p1 (8×8), then conv k3 s2 p1 (4×4). Output cell 0 reads layer-1 rows −1..1; row −1
  // is layer 2's zero padding and depends on nothing, so only rows 0 and 1 go back: they read input
  // rows −1..2 (row −1 above the input), and input rows 0..2 reach the cell. The recurrence's rf 5
  // (rows −2..2) counts a cell no input value comes from.
  await page.goto('./?view=net&in=8&net=conv_k3_p1~conv_k3_s2_p1&step=0');
  await expect(page.getByTestId('rf-json')).toBeAttached();
  expect(await field()).toEqual({
    level: 2,
    cell: [0, 0],
    levels: [
      { rows: [-1, 2], cols: [-1, 2], paddingRows: 1, paddingCols: 1, reachRows: [0, 2], reachCols: [0, 2] },
      { rows: [-1, 1], cols: [-1, 1], paddingRows: 1, paddingCols: 1, reachRows: [0, 1], reachCols: [0, 1] },
      { rows: [0, 0], cols: [0, 0], paddingRows: 0, paddingCols: 0, reachRows: [0, 0], reachCols: [0, 0] },
    ],
  });
  await expect(page.getByTestId('rf-level-0')).toContainText('rows −1..2, columns −1..2 (4×4), 1 row and 1 column in padding');
  await expect(page.getByTestId('rf-level-0')).toContainText('1 of 4 rows lies in the top padding');
  // Layer 2: rf 3 + 2·1 = 5, jump 2, start 0 + (1 − 1)·1 = 0.
  await expect(page.getByTestId('rf-recurrence')).toContainText('Layer 2: rf 5×5, jump 2×2, start 0×0');
  await expect(page.getByTestId('rf-reach')).toContainText('Only input rows 0..2 and columns 0..2 (3×3 cells) carry values into this cell');

  // Right: cell (0, 1) reads layer-1 columns 1..3, input columns 0..4: none in padding; its rows stay −1..2.
  await page.getByTestId('rf-output').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(stepOfUrl).toBe('1');
  expect((await field()).levels[0]).toEqual({ rows: [-1, 2], cols: [0, 4], paddingRows: 1, paddingCols: 0, reachRows: [0, 2], reachCols: [0, 4] });
  await page.keyboard.press('ArrowDown');
  await expect.poll(stepOfUrl).toBe('5');
  await expect(page.locator('#rf-announce')).toContainText('Output cell row 1, column 1 of 4×4 reads input rows 0..4, columns 0..4');

  // A click on the last cell (3, 3): cells are 40 px from a 2 px edge. It reads input rows 4..8: row 8 is the bottom padding.
  await page.getByTestId('rf-output').locator('canvas').click({ position: { x: 2 + 3 * 40 + 20, y: 2 + 3 * 40 + 20 } });
  await expect.poll(stepOfUrl).toBe('15');
  expect((await field()).levels[0]).toEqual({ rows: [4, 8], cols: [4, 8], paddingRows: 1, paddingCols: 1, reachRows: [4, 7], reachCols: [4, 7] });
});

test('can show the holes a dilated layer leaves in the receptive field', async () => {
  // conv k3 d2 p2 on 8×8: output cell 0 reads rows and columns −2, 0, 2 (holes at −1 and 1).
  await page.goto('./?view=net&in=8&net=conv_k3_d2_p2');
  const level = page.getByTestId('rf-level-0');
  await expect(level).toContainText('holes from dilation: 3 of 5 rows and 3 of 5 columns read');
  // The picture: 12 drawn cells (−2..9) in 200 px -> 16 px cells from a 2 px edge; cell (0, 0) is read, (1, 0) is a hole.
  const pixel = (row: number, col: number) =>
    level.locator('canvas').evaluate(
      (canvas: HTMLCanvasElement, [r, c]: [number, number]) => {
        const ratio = canvas.width / canvas.getBoundingClientRect().width;
        const at = (i: number) => Math.round((2 + (i + 2) * 16 + 8) * ratio);
        return Array.from(canvas.getContext('2d')!.getImageData(at(c), at(r), 1, 1).data.slice(0, 3));
      },
      [row, col] as [number, number],
    );
  expect(await pixel(0, 0)).toEqual([36, 88, 214]);
  expect(await pixel(1, 0)).toEqual([255, 255, 255]);
  expect(await pixel(2, 0)).toEqual([36, 88, 214]);
});

test('can use a multi-line nn.Sequential with comments, ReLU and BatchNorm as the network', async () => {
  await page.goto('./?view=net&in=8&net=conv_k3_p1');
  const text = [
    'model = nn.Sequential(',
    '    # stem',
    '    nn.Conv2d(3, 16, kernel_size=3, stride=2, padding=1),  # halves the size',
    '    nn.BatchNorm2d(16),',
    '    nn.ReLU(inplace=True),',
    '    nn.Conv2d(16, 32, 3, padding=1),',
    '    nn.Dropout(0.1),',
    '    nn.MaxPool2d(2),',
    '    nn.Flatten(),',
    '    nn.Linear(32 * 8 * 8, 10),',
    ')',
  ].join('\n');
  await page.getByRole('textbox', { name: 'Paste a model' }).fill(text);
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  const preview = page.getByTestId('paste-preview');
  await expect(preview.locator('[data-kind="layer"]')).toHaveCount(3);
  await expect(preview.locator('[data-kind="passthrough"]')).toHaveCount(3);
  await expect(preview.locator('[data-kind="passthrough"]').first()).toContainText('BatchNorm2d — keeps the shape');
  await expect(preview.locator('[data-kind="end"]')).toHaveText('Stops at Flatten (line 9): the network view shows the convolutional part.');
  // PyTorch never states the input size: choose 32×32. (32+2−3)//2+1 = 16; k3 p1 keeps 16; MaxPool2d(2): 8.
  const size = page.getByRole('group', { name: /Input size for this model/ });
  await size.getByLabel('Height').fill('32');
  await size.getByLabel('Width').fill('32');
  await expect(preview.locator('[data-kind="layer"]')).toContainText(['16×16×16', '32×16×16', '32×8×8']);
  await page.getByRole('button', { name: 'Use this network' }).click();
  await expect(page.getByTestId('paste-status')).toContainText('3 layers of the paste, on a 3×32×32 input');
  await expect.poll(() => new URL(page.url()).searchParams.get('net')?.split('~').length).toBe(3);
  expect(new URL(page.url()).searchParams.get('in')).toMatch(/^32(x32)?$/);
  await expect(page.getByTestId('rf-json')).toContainText('"level":3');
});

test('can read Keras model.add lines (input_shape given) with Ctrl+Enter', async () => {
  const text = [
    'model = Sequential()',
    "model.add(Conv2D(8, (3, 3), padding='same', input_shape=(28, 28, 1)))",
    "model.add(Activation('relu'))",
    'model.add(MaxPooling2D(pool_size=(2, 2)))',
    'model.add(Conv2D(16, (3, 3), strides=2))',
    'model.add(Flatten())',
  ].join('\n');
  const box = page.getByRole('textbox', { name: 'Paste a model' });
  await box.fill(text);
  await box.press('Control+Enter');
  const layers = page.getByTestId('paste-preview').locator('[data-kind="layer"]');
  // same keeps 28; pool 2 -> 14; valid k3 s2: (14−3)//2+1 = 6.
  await expect(layers).toHaveCount(3);
  await expect(layers).toContainText(['8×28×28', '8×14×14', '16×6×6']);
  await expect(page.getByRole('group', { name: /Input size for this model/ })).toHaveCount(0);
});

test('names the line of a malformed paste and shows the text as text', async () => {
  const box = page.getByRole('textbox', { name: 'Paste a model' });
  await box.fill('model = nn.Sequential(\n  nn.Conv2d(3, 8, 3),\n  <img src=x onerror="window.pwned=1">\n)');
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  const alert = page.getByTestId('paste-error');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Line 3:');
  await expect(page.locator('.paste-model img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.getByTestId('paste-preview')).toHaveCount(0);
});
