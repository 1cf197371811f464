/**
 * The service worker (vite-plugin-pwa, Workbox generateSW): after the first visit
 * Padlab works without a network — a classroom's Wi-Fi is not to be trusted.
 *
 * - `registerType: 'prompt'`: a new version waits until the user says "Reload"
 *   (src/ui/pwa/UpdateBanner.tsx); a silent swap under a lesson would lose the
 *   configuration being explained.
 * - `injectRegister: null`: no inline registration script (the CSP has
 *   `script-src 'self'`, build/csp.ts); src/ui/pwa/startPwa.ts registers from our
 *   own module, lazily, after the first paint.
 * - Precache: the app shell and every chunk the app may load (tfjs, the engine
 *   worker and its chunks, every view). Image mode's sample pictures are drawn by
 *   code, so they travel with its chunk. Left out: the self-test page and its
 *   golden-vector runner (~1.7 MB, a developer's check that needs no offline copy).
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The self-test page and the chunks only it loads (src/ui/selftest): not precached. */
const SELFTEST_ONLY = ['selftest.html', 'assets/selftest-*', 'assets/runner-*'];

export function pwaPlugin(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    manifest: {
      name: 'Padlab — convolution padding explorer',
      short_name: 'Padlab',
      theme_color: '#17213a',
      background_color: '#f6f7f9',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // The icon and the web manifest are added by the plugin itself (includeManifestIcons): globbing them too listed them twice.
      globPatterns: ['**/*.{js,css,html}'],
      globIgnores: SELFTEST_ONLY,
      // Every navigation inside the scope gets the cached app (its settings are in the query string)…
      navigateFallback: 'index.html',
      // …except the self-test, which must come from the network or not at all.
      navigateFallbackDenylist: [/selftest\.html$/],
    },
  });
}
