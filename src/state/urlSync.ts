/**
 * The one subscription that writes the URL (style.md §3): whenever `config`
 * or `view` change, `history.replaceState` with the formatted query, at most
 * every `THROTTLE_MS` (browsers throttle rapid replaceState calls). Nothing
 * else serializes by hand.
 */
import { appStore, loadQuery } from './store';
import { formatQuery } from './urlCodec';

const THROTTLE_MS = 150;

/** Reads the page's query into the store, then keeps the URL in step. Returns the unsubscribe function. */
export function startUrlSync(win: Window = window): () => void {
  loadQuery(win.location.search);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const { config, view } = appStore.getState();
    const query = `?${formatQuery({ config, view })}`;
    if (query === win.location.search) return;
    try {
      win.history.replaceState(null, '', query + win.location.hash);
    } catch {
      // A sandboxed iframe without allow-same-origin (an embed on a course page) has an opaque
      // origin, where Chromium refuses replaceState with a SecurityError: the page works on, its
      // address just does not follow (the embed's "Open in Padlab" link carries the state).
    }
  };
  const unsubscribe = appStore.subscribe((s, prev) => {
    if (s.config === prev.config && s.view === prev.view) return;
    timer ??= setTimeout(write, THROTTLE_MS);
  });
  // Back/forward to another link of this page reloads the state from it.
  const onPop = () => loadQuery(win.location.search);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    if (timer) clearTimeout(timer);
  };
}

/**
 * The query the current state writes, formatted now (the copy-link button, tests).
 * It does not flush the throttled URL write: the address bar may lag it by up to THROTTLE_MS.
 */
export function currentQuery(): string {
  const { config, view } = appStore.getState();
  return formatQuery({ config, view });
}
