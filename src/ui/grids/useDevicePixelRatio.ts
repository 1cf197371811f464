/** `window.devicePixelRatio`, updated when it changes (browser zoom, moving the window to another screen). */
import { useEffect, useState } from 'react';

function current(): number {
  return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
}

export function useDevicePixelRatio(): number {
  const [dpr, setDpr] = useState(current);
  useEffect(() => {
    // A resolution query matches only the present ratio, so it fires once whenever the ratio changes.
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`);
    const onChange = () => setDpr(current());
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [dpr]);
  return dpr;
}
