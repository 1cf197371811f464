import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
