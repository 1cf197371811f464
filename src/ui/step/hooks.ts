/**
 * The step-through's effects: the requestAnimationFrame playback loop, the
 * document-level keys, the reduced-motion preference and the throttled live
 * region. Each reads the store at the moment it acts (not a render's
 * snapshot), so a loop or listener never works on a stale step.
 */
import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { appStore, setUi } from '../../state/store';
import { useApp } from '../hooks/useApp';
import { runAction } from './actions';
import { currentWalk, moveWalk } from './walk';
import { hasModifier, keyAction, shouldHandleKey } from './keys';
import { announceDelay, nextStep } from './playback';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * One MediaQueryList for the page: `matchMedia` builds and evaluates a new
 * one on every call, and the snapshot is read on every render of the
 * step-through (each change of a drag).
 */
let reducedMotionQuery: MediaQueryList | null | undefined;
const reducedMotion = (): MediaQueryList | null => (reducedMotionQuery ??= window.matchMedia?.(REDUCED_MOTION) ?? null);

function subscribeReducedMotion(onChange: () => void): () => void {
  const mq = reducedMotion();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** True while the user asks for reduced motion; follows changes of the OS setting live. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReducedMotion, () => reducedMotion()?.matches ?? false, () => false);
}

/** The current step of the walk shown, read from the stores now (null when the configuration is invalid). */
function currentPosition() {
  return currentWalk()?.pos ?? null;
}

/**
 * Runs playback while `ui.playing`: one requestAnimationFrame loop that moves
 * the walk shown (walk.ts) at `rate` cells per second and stops on the last cell. A change
 * of the output count (a new configuration) pauses it, since the cell it was
 * on may no longer mean the same thing.
 */
export function usePlayback(count: number, rate: number): void {
  const playing = useApp((s) => s.ui.playing);
  const seenCount = useRef(count);

  useEffect(() => {
    if (seenCount.current === count) return;
    seenCount.current = count;
    if (appStore.getState().ui.playing) setUi({ playing: false });
  }, [count]);

  // Leaving the page section (an invalid configuration unmounts it) must not leave playback "on".
  useEffect(() => () => setUi({ playing: false }), []);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const pos = currentPosition();
      if (!pos || pos.count !== count) return;
      const t = nextStep(now, last, rate, pos.index, pos.count);
      last = t.last;
      if (t.index !== pos.index) moveWalk(t.index);
      if (t.done) {
        setUi({ playing: false });
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, rate, count]);
}

/**
 * Space, ←/→ and Home/End anywhere the step-through may take them (see
 * `shouldHandleKey`): on the page body or inside the panel.
 */
export function useStepKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || hasModifier(e)) return;
      const action = keyAction(e.key);
      if (!action || !shouldHandleKey(document.activeElement, e.key)) return;
      // Held Space would toggle on every repeat; arrows may repeat to scrub.
      if (action === 'toggle' && e.repeat) return;
      const pos = currentPosition();
      if (!pos) return;
      e.preventDefault(); // Space would scroll the page, Home/End jump it.
      runAction(action, pos);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Writes `message` into a polite live region: at once when paused, at most
 * once a second while playing (the latest message wins), so playback does
 * not queue a sentence per cell in a screen reader. Returns the region's ref;
 * the text is set directly, without a React render per announcement.
 */
export function useAnnouncer(message: string, playing: boolean): RefObject<HTMLParagraphElement | null> {
  const region = useRef<HTMLParagraphElement>(null);
  const lastAt = useRef(-Infinity);
  // The cell shown at page load is not news: speak only once something changes.
  const initial = useRef<string | null>(message);
  useEffect(() => {
    if (message === initial.current) return;
    initial.current = null;
    const say = () => {
      if (region.current && region.current.textContent !== message) region.current.textContent = message;
      lastAt.current = performance.now();
    };
    const wait = announceDelay(performance.now(), lastAt.current, playing);
    if (wait <= 0) {
      say();
      return;
    }
    const timer = setTimeout(say, wait);
    return () => clearTimeout(timer);
  }, [message, playing]);
  return region;
}
