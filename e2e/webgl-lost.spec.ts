/**
 * A lost WebGL context (WEBGL_lose_context, as after a GPU reset): the app
 * says what happened, continues on the CPU backend, and the results stay right.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';
import { keepWebglContexts, loseWebglContexts } from './helpers/webglContexts';

test('continues on the CPU backend with the reason when the WebGL context is lost', async ({ page }) => {
  await keepWebglContexts(page);
  const app = new AppPage(page);
  await app.goto('in=7x7&mode=symmetric&pad=2,2,2,2');
  const before = await app.output();
  expect(before.backend).toBe('webgl');

  const lost = await loseWebglContexts(page);
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
