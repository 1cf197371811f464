/**
 * Which key presses the step-through takes. It listens on the document so
 * the keys work from the page body too, which means it must stay out of the
 * way of everything else that owns keys: text fields and selects (typing),
 * buttons (Space already clicks them; a second toggle would undo it), and the
 * canvas grids, which move their own cursor with the arrows and mark
 * themselves with `data-own-keys`. Written over a minimal element interface so
 * the decision is testable in Node without a DOM.
 */

/** The parts of a focused element the decision reads (a DOM Element satisfies it). */
export interface KeyTarget {
  readonly tagName: string;
  /** `type` of an `<input>`. */
  readonly type?: string;
  readonly isContentEditable?: boolean;
  /** Nearest ancestor-or-self matching a CSS selector (Element.closest). */
  closest(selector: string): unknown;
}

/** What a key does to the step-through. */
export type StepKeyAction = 'toggle' | 'back' | 'forward' | 'first' | 'last';

const ACTIONS: Readonly<Record<string, StepKeyAction>> = {
  ' ': 'toggle',
  ArrowLeft: 'back',
  ArrowRight: 'forward',
  Home: 'first',
  End: 'last',
};

/** Marks the step-through panel; keys pressed inside it are the panel's. */
export const STEP_PANEL_ATTR = 'data-step-panel';
/** Marks an element (a canvas grid) that handles its own keys; nothing here takes them. */
export const OWN_KEYS_ATTR = 'data-own-keys';

/** The action of a key (`KeyboardEvent.key`), or null for keys the step-through ignores. */
export function keyAction(key: string): StepKeyAction | null {
  return ACTIONS[key] ?? null;
}

/**
 * Whether the step-through handles `key` while `target` has focus
 * (`document.activeElement`; null when nothing does):
 * - on the page body (nothing focused): yes;
 * - inside an element marked `data-own-keys` (the grids): no;
 * - text fields, textareas, selects, contenteditable: no (typing);
 * - inside the step-through panel: buttons take every key but Space (Space
 *   clicks the button itself); range sliders take only Space (the arrows,
 *   Home and End already move the slider natively);
 * - anywhere else on the page: no.
 */
export function shouldHandleKey(target: KeyTarget | null, key: string): boolean {
  if (keyAction(key) === null) return false;
  if (target === null) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return true;
  if (target.closest(`[${OWN_KEYS_ATTR}]`)) return false;
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return false;
  if (!target.closest(`[${STEP_PANEL_ATTR}]`)) return false;
  if (tag === 'INPUT') return target.type === 'range' && key === ' ';
  if (tag === 'BUTTON' || tag === 'SUMMARY') return key !== ' ';
  return true;
}

/** The modifier state of a key event: any modifier means a shortcut of the browser or OS, not ours. */
export interface KeyModifiers {
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export function hasModifier(e: KeyModifiers): boolean {
  return e.altKey || e.ctrlKey || e.metaKey || e.shiftKey;
}
