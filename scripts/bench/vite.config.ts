/**
 * The benchmark's build: the app exactly as `vite build` makes it, plus one
 * extra page (harness/image.html) that times image mode's engine functions
 * directly. It builds into its own folder (default /tmp/padlab-bench-dist), so
 * a benchmark never touches dist/ that others may be building or serving.
 * `VITE_PADLAB_BENCH` is defined here only: it lets the drag measurement switch
 * the engine off (src/ui/engineClient/benchSwitch.ts) for its no-engine baseline.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import base from '../../vite.config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const at = (p: string) => fileURLToPath(new URL(p, new URL('../../', import.meta.url)));

export default mergeConfig(base, {
  root,
  logLevel: 'warn',
  define: { 'import.meta.env.VITE_PADLAB_BENCH': JSON.stringify('1') },
  build: {
    outDir: process.env.BENCH_DIST ?? '/tmp/padlab-bench-dist',
    emptyOutDir: true,
    // The chunk graph, to tell the JS the first render needs (static imports) from lazy chunks.
    manifest: true,
    rollupOptions: {
      input: {
        main: at('index.html'),
        selftest: at('selftest.html'),
        benchImage: at('scripts/bench/harness/image.html'),
      },
    },
  },
});
