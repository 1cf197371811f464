/**
 * A lost WebGL context (WEBGL_lose_context, as after a GPU reset): the app
 * says what happened, continues on the CPU backend, and the results stay right.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';

test('continues on the CPU backend with the reason when the WebGL context is lost', async ({ page }) => {
  // Keep every WebGL context the page creates, so the test can lose the one tfjs uses.
  await page.addInitScript(() => {
    const contexts: WebGLRenderingContext[] = [];
    (window as unknown as { __glContexts: WebGLRenderingContext[] }).__glContexts = contexts;
    for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype] as { getContext: (...a: unknown[]) => unknown }[]) {
      const original = proto.getContext;
      proto.getContext = function (this: unknown, ...args: unknown[]) {
        const ctx = original.apply(this, args);
        if (typeof args[0] === 'string' && args[0].startsWith('webgl') && ctx) contexts.push(ctx as WebGLRenderingContext);
        return ctx;
      };
    }
  });
  const app = new AppPage(page);
  await app.goto('in=7x7&mode=symmetric&pad=2,2,2,2');
  const before = await app.output();
  expect(before.backend).toBe('webgl');

  const lost = await page.evaluate(() => {
    const all = (window as unknown as { __glContexts: WebGLRenderingContext[] }).__glContexts;
    let n = 0;
    for (const gl of all) {
      const ext = gl.getExtension('WEBGL_lose_context');
      if (ext) {
        ext.loseContext();
        n++;
      }
    }
    return n;
  });
  expect(lost).toBeGreaterThan(0);
  await expect(app.backend()).toContainText('cpu', { timeout: 15_000 });
  await expect(app.backend()).toContainText('WebGL context was lost');

  const after = await app.output();
  expect(after.backend).toBe('cpu');
  expect(after.values).toEqual(before.values);

  // And it keeps working: a new configuration computes on the CPU and matches.
  await app.control('Padding mode').selectOption('circular');
  await app.expectUrlToContain('mode=circular');
  const circular = await app.output();
  expect(circular.backend).toBe('cpu');
  expect(circular.maxAbsDiff).toBe(0);
  expect(circular.values).not.toEqual(before.values);
});
