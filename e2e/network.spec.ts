/**
 * The network view (view=net, issue 15) through the page: editing the layer
 * list (add, edit, reorder, remove) with the shapes and the link following,
 * a layer's round trip through the single-layer view, a skip pair fixed in
 * one click, every preset's key shape, the real run's net-json on WebGL, and
 * what a bad `net=` link or a layer that cannot run says. One page shared
 * by all tests (serial), so the app and tfjs start once.
 */
import { expect, test, type Page } from '@playwright/test';

/** The net-json of design.md's DOM contract. */
interface NetJson {
  layers: { op: string; in: number[]; out: number[]; pads: number[]; rf: number[] | null; jump: number[] | null; start: number[] | null }[];
  backend: string | null;
  maxAbsDiff: number | null;
  tolerance?: number;
  matches?: boolean;
  output?: { shape: number[]; values: unknown[] };
  skipped?: string;
  invalid?: { layer: number; code: string };
}

/** Page object of the network view: roles, labels and data-testids only. */
class NetPage {
  constructor(readonly page: Page) {}
  async goto(query: string) {
    await this.page.goto(`./?${query}`);
    await expect(this.page.getByTestId('net-view')).toBeVisible();
  }
  row(i: number) {
    return this.page.getByTestId(`net-layer-${i}`);
  }
  rows() {
    return this.page.locator('[data-testid^="net-layer-"]');
  }
  out(i: number) {
    return this.page.getByTestId(`net-out-${i}`);
  }
  skip(from: number, to: number) {
    return this.page.getByTestId(`net-skip-${from}-${to}`);
  }
  async preset(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }
  async netParam(): Promise<string> {
    return new URL(this.page.url()).searchParams.get('net') ?? '';
  }
  async expectNet(pattern: RegExp) {
    await expect.poll(() => this.netParam()).toMatch(pattern);
  }
  /** Waits for net-json to leave `pending`, then reads it. */
  async json(): Promise<NetJson> {
    const el = this.page.locator('[data-testid="net-json"]:not([data-state="pending"])');
    await el.waitFor({ state: 'attached', timeout: 30_000 });
    return JSON.parse((await el.textContent()) ?? 'null') as NetJson;
  }
}

test.describe.configure({ mode: 'serial' });

let shared: Page;
let app: NetPage;

test.beforeAll(async ({ browser }) => {
  shared = await browser.newPage();
  app = new NetPage(shared);
});

test.afterAll(async () => {
  await shared.close();
});

test('can add, edit, reorder and remove layers, the shapes and the link following', async () => {
  const page = shared;
  await app.goto('view=net&in=8&net=conv_k3_pvalid');
  await expect(app.out(1)).toHaveText('1×6×6');
  // Add a max pool from the keyboard: focus lands on the new row's operation.
  await page.getByLabel('New layer', { exact: true }).selectOption('maxpool');
  await page.getByRole('button', { name: 'Add layer' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.rows()).toHaveCount(2);
  await expect(page.getByLabel('Layer 2 operation', { exact: true })).toBeFocused();
  // A fresh max pool: kernel 3, stride 3, same padding: 6 -> 2.
  await expect(app.out(2)).toHaveText('1×2×2');
  await app.expectNet(/^conv_pvalid~maxpool$/);
  await page.getByLabel('Layer 2 Border', { exact: true }).selectOption('valid');
  await app.expectNet(/^conv_pvalid~maxpool_pvalid$/);
  // Edit layer 1's kernel: both shapes follow, and the link; the pool's row says what floor drops.
  await page.getByLabel('Layer 1 kernel height', { exact: true }).fill('5');
  await expect(app.out(1)).toHaveText('1×4×4');
  await expect(app.out(2)).toHaveText('1×1×1');
  await expect(app.row(2)).toContainText('floor drops 1 row, 1 column');
  await app.expectNet(/^conv_k5_pvalid~maxpool_pvalid$/);
  // Move the pool up: focus follows it; the 5×5 convolution no longer fits what the pool leaves.
  await page.getByRole('button', { name: 'Move layer 2 up' }).click();
  await app.expectNet(/^maxpool_pvalid~conv_k5_pvalid$/);
  await expect(page.getByLabel('Layer 1 operation', { exact: true })).toHaveValue('maxpool');
  await expect(page.getByRole('button', { name: 'Move layer 1 down' })).toBeFocused();
  await expect(app.out(1)).toHaveText('1×2×2');
  await expect(app.row(1)).toContainText('floor drops 2 rows, 2 columns');
  await expect(app.row(2).getByRole('alert')).toContainText('Layer 2 cannot run');
  // Change an operation: the settings that apply change with it (a convolution strides 1 by default).
  await expect(page.getByLabel('Layer 1 ceil_mode', { exact: true })).toBeVisible();
  await page.getByLabel('Layer 1 operation', { exact: true }).selectOption('conv');
  await expect(page.getByLabel('Layer 1 ceil_mode', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Layer 1 Filters', { exact: true })).toBeVisible();
  await expect(app.out(1)).toHaveText('1×6×6');
  await expect(app.out(2)).toHaveText('1×2×2');
  // Remove it: focus stays in the table.
  await page.getByRole('button', { name: 'Remove layer 1' }).click();
  await expect(app.rows()).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Remove layer 1' })).toBeFocused();
  await expect(app.out(1)).toHaveText('1×4×4');
  await app.expectNet(/^conv_k5_pvalid$/);
  // The network's input goes past the grid view's 64 (to 512).
  await page.getByLabel('Input height', { exact: true }).fill('300');
  await expect(app.out(1)).toHaveText('1×296×296');
  await expect.poll(() => new URL(page.url()).searchParams.get('in')).toMatch(/^300(x300)?$/);
});

test('can open a layer in the single-layer view and come back with an edit', async () => {
  const page = shared;
  await app.goto('view=net&in=16&net=conv_k3_f4~maxpool_k2_p0');
  await page.getByRole('button', { name: 'Open layer 2 in the single-layer view' }).click();
  await expect(page.getByRole('region', { name: 'Network layer' })).toContainText('Layer 2 of a network');
  await expect(page.getByTestId('output-shape')).toHaveText('8×8');
  await page.getByLabel('Kernel height', { exact: true }).fill('4');
  await expect(page.getByTestId('output-shape')).toHaveText('4×4');
  await page.getByRole('button', { name: 'Back to the network' }).click();
  await expect(page.getByTestId('net-view')).toBeVisible();
  await expect(app.out(2)).toHaveText('4×4×4');
  await expect(page.getByLabel('Layer 2 kernel height', { exact: true })).toHaveValue('4');
  await app.expectNet(/^conv_f4~maxpool_k4_p0$/);
});

test('can fix a U-Net skip pair in one click, or by a clean input size', async () => {
  const page = shared;
  await app.goto('view=net');
  await app.preset('U-Net, two levels, odd input');
  await expect(app.out(9)).toHaveText('8×36×36');
  await expect(app.skip(3, 6)).toContainText('✓ Sizes match: 18×18 and 18×18');
  await expect(app.skip(1, 8)).toContainText('✗ Sizes differ: 37×37 vs 36×36');
  await expect(app.skip(1, 8)).toContainText('F.pad(x, (0, 1, 0, 1))');
  await expect(app.skip(1, 8)).toContainText('x[:, :, 0:36, 0:36]');
  await expect(page.getByRole('button', { name: 'Use 36×36' })).toBeVisible();
  await app.skip(1, 8).getByRole('button', { name: 'Set layer 8’s output_padding to 1×1' }).click();
  await expect(app.skip(1, 8)).toContainText('✓ Sizes match: 37×37 and 37×37');
  await app.expectNet(/convt_k2_s2_p0_f8_o1/);
  // Back to the preset, and the other fix: an input size for which nothing is dropped.
  await app.preset('U-Net, two levels, odd input');
  await page.getByRole('button', { name: 'Use 36×36' }).click();
  await expect(app.skip(1, 8)).toContainText('✓ Sizes match: 36×36 and 36×36');
  await expect(page.getByTestId('net-summary')).toContainText('No layer drops a row or column');
  // Remove a pair, add it back with the two level selects.
  await page.getByRole('button', { name: 'Remove skip 1–8' }).click();
  await expect(app.skip(1, 8)).toHaveCount(0);
  await page.getByLabel('From', { exact: true }).selectOption('1');
  await page.getByLabel('To', { exact: true }).selectOption('8');
  await page.getByRole('button', { name: 'Add skip pair' }).click();
  await expect(app.skip(1, 8)).toContainText('✓ Sizes match');
});

test('every preset loads with one click and shows its key shape', async () => {
  await app.goto('view=net');
  const presets: [string, number, string][] = [
    ['ResNet stem', 2, '64×56×56'],
    ['VGG block', 3, '64×112×112'],
    ['AlexNet conv1 on 224', 1, '96×54×54'],
    ['AlexNet conv1 on 227', 1, '96×55×55'],
    ['U-Net, two levels, odd input', 9, '8×36×36'],
    ['MobileNet depthwise block', 3, '64×112×112'],
    ['Dilated causal stack', 4, '4×1×64'],
  ];
  for (const [label, layer, shape] of presets) {
    await app.preset(label);
    await expect(app.out(layer), label).toHaveText(shape);
  }
  // Too big to run in the browser: net-json is ready and says why. (Opened as a link: the engine client
  // lets a run in flight — the causal stack's — land after a network it skips; reported to the lead.)
  await app.goto('view=net&in=224&c=3&net=conv_k11_s4_p0_f96');
  await expect(app.row(1)).toContainText('floor drops 1 row, 1 column');
  const json = await app.json();
  expect(json.backend).toBeNull();
  expect(json.skipped).toContain('multiply-adds');
  expect(json.layers[0]).toMatchObject({ op: 'conv', in: [3, 224, 224], out: [96, 54, 54], pads: [0, 0, 0, 0], rf: [11, 11], jump: [4, 4] });
});

test('runs the whole stack on WebGL and matches the reference (net-json ready)', async () => {
  await app.goto('view=net');
  await app.preset('Dilated causal stack');
  const json = await app.json();
  expect(json.backend).toBe('webgl');
  expect(json.layers).toHaveLength(4);
  expect(json.layers[3]).toMatchObject({ out: [4, 1, 64], pads: [0, 0, 8, 0], rf: [1, 16] });
  expect(json.output?.shape).toEqual([4, 1, 64]);
  expect(json.maxAbsDiff).not.toBeNull();
  expect(json.maxAbsDiff!).toBeLessThanOrEqual(json.tolerance!);
  expect(json.matches).toBe(true);
  await expect(shared.getByTestId('net-run')).toContainText('Ran on WebGL: largest difference from the exact reference');
  await expect(shared.getByTestId('backend')).toContainText('webgl');
  // The same stack as PyTorch code, loaded when its section opens.
  await shared.getByText('PyTorch code', { exact: true }).click();
  await expect(shared.getByTestId('net-code-torch')).toContainText('nn.Sequential');
  await expect(shared.getByRole('button', { name: 'Copy PyTorch code of the network' })).toBeVisible();
});

test('a hand-edited bad net= names the layer; a layer that cannot run says why and stops the rest', async () => {
  const page = shared;
  await app.goto('view=net&in=8&net=conv_k3~bogus_k2~conv_zz9');
  await expect(page.getByTestId('notices')).toContainText('layer 2');
  await expect(page.getByTestId('notices')).toContainText('unknown operation');
  await expect(page.getByTestId('notices')).toContainText('layer 3');
  await expect(app.rows()).toHaveCount(2);
  await app.goto('view=net&in=3&net=conv_k3_pvalid~conv_k5_pvalid~conv');
  await expect(app.row(2).getByRole('alert')).toContainText('Layer 2 cannot run');
  await expect(app.row(3)).toContainText('Not derived: layer 2 cannot run');
  const json = await app.json();
  expect(json.layers).toHaveLength(1);
  expect(json.invalid?.layer).toBe(2);
});
