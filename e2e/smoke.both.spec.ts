import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app';

test('can load the app, titled Padlab', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await expect(page).toHaveTitle(/Padlab/);
  await expect(app.heading()).toContainText('Padlab');
});
