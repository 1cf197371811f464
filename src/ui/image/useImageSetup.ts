/** Image mode's derived setup for the view (imageSetup.ts), re-derived only when one of its inputs changes. */
import { useStore } from 'zustand';
import { useApp } from '../hooks/useApp';
import { imageSetupOf, type ImageSetup } from './imageSetup';
import { imageStore } from './imageStore';

export type { ImageSetup } from './imageSetup';

export function useImageSetup(): ImageSetup {
  const source = useStore(imageStore, (s) => s.source);
  const kernel = useStore(imageStore, (s) => s.built);
  const running = useStore(imageStore, (s) => s.lastGood);
  const pad = useApp((s) => s.config.pad);
  const stride = useApp((s) => s.config.stride);
  const dilation = useApp((s) => s.config.dilation);
  const flip = useApp((s) => s.config.flip);
  const cval = useApp((s) => s.config.cval);
  return imageSetupOf({ source, kernel, running, pad, stride, dilation, flip, cval });
}
