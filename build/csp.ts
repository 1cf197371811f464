/**
 * A strict Content-Security-Policy for the built pages (not the dev server,
 * whose React refresh preamble is an inline script). No inline scripts, no
 * eval: tfjs-core and its WebGL/CPU backends as ES modules need neither
 * (the prebuilt UMD tf.min.js would need 'unsafe-eval'; design.md).
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the CSP as a <meta http-equiv> to every built HTML page. */
export function cspPlugin(): Plugin {
  return {
    name: 'padlab-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}
