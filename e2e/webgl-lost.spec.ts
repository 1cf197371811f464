/**
 * A lost WebGL context (WEBGL_lose_context, as after a GPU reset): the app
 * says what happened, continues on the CPU backend, and the results stay
 * right — in the engine's worker, and on the main thread when it runs there.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { engineOnMainThread, keepWebglContexts, loseWebglContexts, loseWorkerWebglContext } from './helpers/webglContexts';

async function continuesOnCpu(app: AppPage, lose: () => Promise<boolean>, thread: RegExp): Promise<void> {
  await app.goto('in=7x7&mode=symmetric&pad=2,2,2,2');
  const before = await app.output();
  expect(before.backend).toBe('webgl');
  await expect(app.backend()).toContainText(thread);

  expect(await lose()).toBe(true);
  await expect(app.backend()).toContainText('cpu', { timeout: 15_000 });
  await expect(app.backend()).toContainText('WebGL context was lost');
  await expect(app.backend()).toContainText(thread);

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
}

test('continues on the CPU backend with the reason when the WebGL context in the worker is lost', async ({ page }) => {
  await continuesOnCpu(new AppPage(page), () => loseWorkerWebglContext(page), /\(worker\)/);
});

test('continues on the CPU backend with the reason when the WebGL context on the main thread is lost', async ({ page }) => {
  await engineOnMainThread(page);
  await keepWebglContexts(page);
  await continuesOnCpu(new AppPage(page), async () => (await loseWebglContexts(page)) > 0, /\(main thread/);
});
