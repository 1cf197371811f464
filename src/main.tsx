import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startUrlSync } from './state/urlSync';
import { App } from './ui/App';
import './ui/styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Padlab: missing <div id="root"> in index.html');
}

startUrlSync();
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
