import type { Page } from '@playwright/test';

/** Page object for the Padlab app. Specs talk to the page only through the DOM contract. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app; `query` is a URL query string such as `in=5x5&k=3x3` (no leading `?`). */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
