/**
 * Entry of selftest.html: parses the query, starts the run once (outside
 * React) and renders the page. The golden vectors and tfjs load lazily from
 * here only, never from the main app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseSelfTestOptions } from './options';
import { SelfTestPage } from './SelfTestPage';
import { startSelfTest } from './selftestStore';
import './selftest.css';

const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('Padlab self-test: missing <div id="root"> in selftest.html');
}

const search = window.location.search;
const parsed = parseSelfTestOptions(search);
const store = startSelfTest(parsed.options);

createRoot(rootElement).render(
  <StrictMode>
    <SelfTestPage store={store} parsed={parsed} search={search} />
  </StrictMode>,
);
