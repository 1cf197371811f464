/**
 * Keyboard-only helpers: what has focus (its accessible name as the page's
 * labels give it, and how its focus ring looks), walking the page with Tab,
 * and which controls a walk never reached.
 */
import type { Page } from '@playwright/test';

/** The focused element as a keyboard user meets it. */
export interface Focused {
  /** Accessible name from aria-labelledby, aria-label, <label>s or the text, whitespace collapsed. */
  readonly name: string;
  readonly tag: string;
  /** Whether Chromium shows it as keyboard focus (`:focus-visible`). */
  readonly focusVisible: boolean;
  readonly outlineStyle: string;
  /** CSS pixels. */
  readonly outlineWidth: number;
  /** Contrast ratio (WCAG 2) of the outline against the first opaque background behind the element. */
  readonly ringContrast: number;
  /** On screen, with a size. */
  readonly visible: boolean;
}

/** What has focus; null while the document itself has it. Marks the element as visited (a JS property, not an attribute). */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as (HTMLElement & { __kbVisited?: boolean }) | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    el.__kbVisited = true;
    const text = (n: Element | null | undefined) => n?.textContent ?? '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const labels = (el as HTMLInputElement).labels;
    const raw = labelledBy
      ? labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ')
      : el.getAttribute('aria-label') || (labels && labels.length > 0 ? [...labels].map(text).join(' ') : '') || text(el);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // The ring is drawn around the element, over what is behind it: the nearest opaque ancestor background.
    let bg = 'rgb(255, 255, 255)';
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      const parts = rgb(c);
      if (parts.length === 3 || (parts.length === 4 && parts[3] === 1)) {
        bg = c;
        break;
      }
    }
    const cs = getComputedStyle(el);
    const [l1, l2] = [luminance(rgb(cs.outlineColor)), luminance(rgb(bg))].sort((a, b) => b - a) as [number, number];
    const box = el.getBoundingClientRect();
    return {
      name: raw.replace(/\s+/g, ' ').trim(),
      tag: el.tagName.toLowerCase(),
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth) || 0,
      ringContrast: (l1 + 0.05) / (l2 + 0.05),
      visible: box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab (Shift+Tab with `back`) until the focused element's name matches; fails with the names it passed. */
export async function tabTo(page: Page, name: string | RegExp, { back = false, max = 80 } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && (typeof name === 'string' ? f.name === name : name.test(f.name))) return f;
    seen.push(f?.name ?? '(document)');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached "${String(name)}"; it passed: ${seen.join(' | ')}`);
}

/**
 * Tabs from the top of the page through every stop until focus leaves the
 * document, then checks one more Tab comes back to the first stop (no trap).
 */
export async function tabWalk(page: Page, max = 120): Promise<{ stops: Focused[]; wrapsToStart: boolean }> {
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    stops.push(f);
  }
  await page.keyboard.press('Tab');
  const again = await focused(page);
  return { stops, wrapsToStart: again !== null && again.name === stops[0]?.name };
}

/** Controls inside `selector` a keyboard user could operate (enabled, shown) that no `focused` call has seen. */
export function unvisited(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement & { __kbVisited?: boolean }>(`${sel} :is(${focusable})`)]
      .filter((el) => el.getClientRects().length > 0 && !el.__kbVisited)
      .map((el) => el.outerHTML.slice(0, 120));
  }, selector);
}
