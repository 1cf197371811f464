import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Padlab: missing <div id="root"> in index.html');
}

startUrlSync();
createRoot(rootElement).render(
  <StrictMode>
    {/* The outermost net: the header and the view switcher sit outside the view's own boundary. */}
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// Offline support (src/ui/pwa): production builds only (the dev server and unit tests run without a service
// worker); loaded once the page has loaded and gone idle, so neither its code nor the precache download
// competes with the first paint and the tfjs start.
if (import.meta.env.PROD) {
  const start = () => void import('./ui/pwa/startPwa').then((m) => m.startPwa(appStore.getState().view.embed));
  const later = () => requestIdleCallback(start, { timeout: 3000 });
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
