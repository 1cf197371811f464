import { describe, expect, it } from 'vitest';
import { hasModifier, keyAction, OWN_KEYS_ATTR, shouldHandleKey, STEP_PANEL_ATTR, type KeyTarget } from './keys';

interface Fake {
  tag: string;
  type?: string;
  editable?: boolean;
  /** Attributes on the element or its ancestors. */
  within?: string[];
}

/** A stand-in for a focused element: `closest` answers from the attribute list. */
function el({ tag, type, editable, within = [] }: Fake): KeyTarget {
  return {
    tagName: tag,
    type,
    isContentEditable: editable,
    closest: (selector: string) => (within.some((a) => selector === `[${a}]`) ? {} : null),
  };
}

const KEYS = [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
const panel = [STEP_PANEL_ATTR];

describe('keyAction', () => {
  it('maps the five keys and nothing else', () => {
    expect(KEYS.map(keyAction)).toEqual(['toggle', 'back', 'forward', 'first', 'last']);
    for (const k of ['Enter', 'a', 'ArrowUp', 'ArrowDown', 'Spacebar', 'PageDown']) expect(keyAction(k)).toBeNull();
  });
});

describe('shouldHandleKey', () => {
  it('takes every step key on the page body, the root, or with nothing focused', () => {
    for (const k of KEYS) {
      expect(shouldHandleKey(el({ tag: 'BODY' }), k)).toBe(true);
      expect(shouldHandleKey(el({ tag: 'html' }), k)).toBe(true);
      expect(shouldHandleKey(null, k)).toBe(true);
    }
  });
  it('ignores other keys even on the body', () => {
    expect(shouldHandleKey(el({ tag: 'BODY' }), 'Enter')).toBe(false);
  });
  it.each([
    ['a text input in the panel', { tag: 'INPUT', type: 'text', within: panel }],
    ['a number input outside', { tag: 'INPUT', type: 'number' }],
    ['a select in the panel', { tag: 'SELECT', within: panel }],
    ['a textarea', { tag: 'TEXTAREA' }],
    ['contenteditable in the panel', { tag: 'DIV', editable: true, within: panel }],
    ['a canvas grid (data-own-keys)', { tag: 'CANVAS', within: [OWN_KEYS_ATTR] }],
    ['a grid inside the panel that owns its keys', { tag: 'CANVAS', within: [OWN_KEYS_ATTR, STEP_PANEL_ATTR] }],
    ['a button elsewhere on the page', { tag: 'BUTTON' }],
    ['a link elsewhere', { tag: 'A' }],
  ])('never takes a key from %s', (_, fake) => {
    for (const k of KEYS) expect(shouldHandleKey(el(fake), k)).toBe(false);
  });
  it('a button in the panel: arrows, Home and End yes; Space no (it clicks the button)', () => {
    const button = el({ tag: 'BUTTON', within: panel });
    expect(KEYS.map((k) => shouldHandleKey(button, k))).toEqual([false, true, true, true, true]);
  });
  it('a range slider in the panel: only Space (the slider moves itself on arrows, Home, End)', () => {
    const range = el({ tag: 'INPUT', type: 'range', within: panel });
    expect(KEYS.map((k) => shouldHandleKey(range, k))).toEqual([true, false, false, false, false]);
  });
  it('the panel itself or plain text in it: every key', () => {
    for (const k of KEYS) expect(shouldHandleKey(el({ tag: 'SECTION', within: panel }), k)).toBe(true);
  });
});

describe('hasModifier', () => {
  it('is true for any of alt, ctrl, meta, shift', () => {
    const none = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };
    expect(hasModifier(none)).toBe(false);
    for (const m of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) expect(hasModifier({ ...none, [m]: true })).toBe(true);
  });
});
