/**
 * Whether an element is on screen or within `marginPx` CSS px of it, kept
 * current by an IntersectionObserver. True where IntersectionObserver is
 * missing: then nothing is held back.
 */
import { useCallback, useState } from 'react';

export function useNearViewport<T extends Element>(marginPx = 300): [(el: T | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(typeof IntersectionObserver !== 'function');
  const ref = useCallback(
    (el: T | null) => {
      if (!el || typeof IntersectionObserver !== 'function') return undefined;
      const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: `${marginPx}px 0px` });
      observer.observe(el);
      return () => observer.disconnect();
    },
    [marginPx],
  );
  return [ref, near];
}
