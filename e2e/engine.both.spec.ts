/**
 * The engine in a real browser: the self-test page runs every golden case
 * (PyTorch outputs) on TensorFlow.js. In the webgl project WebGL 2 runs on
 * SwiftShader; in the cpu project (--disable-3d-apis) the engine falls back to
 * the CPU backend and says why. Both must agree with PyTorch on every case.
 */
import { expect, test } from '@playwright/test';
import { SelfTestPage } from './pages/selftest';

/**
 * Measured 2026-11-30 (1006 cases: 475 convolutions, 531 pools): 51 s on
 * WebGL/SwiftShader, where nearly every case compiles new shader programs;
 * 2 s on the CPU backend. Generous headroom for busy CI machines.
 */
const RUN_TIMEOUT_MS = 480_000;

test('can run every golden case on the expected backend and agree with PyTorch', async ({ page }, testInfo) => {
  test.setTimeout(RUN_TIMEOUT_MS + 30_000);
  const selftest = new SelfTestPage(page);
  const wallStart = Date.now();
  await selftest.goto();
  const summary = await selftest.finished(RUN_TIMEOUT_MS);
  const wallMs = Date.now() - wallStart;

  await testInfo.attach('selftest-summary.json', {
    body: JSON.stringify(summary, null, 2),
    contentType: 'application/json',
  });
  console.log(
    `[${testInfo.project.name}] backend=${summary.backend} startMs=${summary.startMs} warmRunMs=${summary.warmRunMs} ` +
      `cases=${summary.total} caseLoopMs=${summary.totalMs} pageWallMs=${wallMs}` +
      (summary.renderer ? ` renderer="${summary.renderer}"` : '') +
      (summary.fallbackReason ? ` fallbackReason="${summary.fallbackReason}"` : ''),
  );

  if (testInfo.project.name === 'cpu') {
    expect(summary.backend).toBe('cpu');
    expect(summary.fallbackReason).toMatch(/WebGL/);
    await expect(selftest.backend()).toContainText(summary.fallbackReason!);
  } else {
    expect(summary.backend).toBe('webgl');
    expect(summary.renderer ?? '').not.toBe('');
    await expect(selftest.backend()).toContainText(summary.renderer!);
  }
  await expect(selftest.backend()).toContainText(summary.backend);

  expect(summary.total).toBeGreaterThanOrEqual(100);
  expect(summary.failures, 'cases that disagree with PyTorch').toEqual([]);
  expect(summary.failed).toBe(0);
  expect(summary.passed).toBe(summary.total);
  expect(summary.liveTensorsAfter, 'tensors leaked by the engine').toBe(summary.liveTensorsBefore);
  await expect(selftest.summary()).toContainText(`All ${summary.total} cases agree with PyTorch`);
});

test('says so when no case matches the filter', async ({ page }) => {
  const selftest = new SelfTestPage(page);
  await selftest.goto('cases=5&filter=no-such-case');
  const summary = await selftest.finished(60_000);
  expect(summary.total).toBe(0);
  expect(summary.passed).toBe(0);
  expect(summary.failed).toBe(0);
  await expect(selftest.summary()).toContainText(/no cases match/i);
  await expect(selftest.summary()).toContainText('“no-such-case”');
});
