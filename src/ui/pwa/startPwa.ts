/**
 * Registers the service worker (build/pwa.ts) and, when a new version has been
 * downloaded and waits, shows the update banner. Loaded lazily by main.tsx in
 * production builds only, after the first paint: it adds nothing to the initial JS.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { UpdateBanner } from './UpdateBanner';

/** How often an open tab asks the server for a new service worker (a lesson can last all morning). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Mounts the banner in its own root at the end of <body>; it outlives view changes and error boundaries. */
function showBanner(reload: () => void): void {
  if (document.getElementById('pwa-update')) return;
  const host = document.createElement('div');
  host.id = 'pwa-update';
  document.body.append(host);
  const root = createRoot(host);
  root.render(
    createElement(UpdateBanner, {
      onReload: reload,
      onDismiss: () => {
        root.unmount();
        host.remove();
      },
    }),
  );
}

/**
 * Starts the service worker unless the page is embedded (`embed=1`): an embed
 * lives inside someone else's page, often a sandboxed iframe with an opaque
 * origin where `navigator.serviceWorker` throws, and a visitor who only looks at
 * one figure in a course page should not download the whole app for offline use.
 */
export function startPwa(embedded: boolean): void {
  if (embedded || !('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onNeedRefresh: () => showBanner(() => void updateSW(true)),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    // Offline support is a bonus: a failed registration must not disturb the page.
    onRegisterError: (error: unknown) => console.warn('Padlab: the service worker did not register', error),
  });
}
