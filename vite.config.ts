import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './build/csp.ts';
import { pwaPlugin } from './build/pwa.ts';

export default defineConfig({
  plugins: [react(), cspPlugin(), pwaPlugin()],
  // Relative asset URLs: the built dist/ works from any sub-path (GitHub Pages, a file share, ...).
  base: './',
  build: {
    outDir: 'dist',
    // The golden vectors (self-test only) make one lazy chunk large on purpose.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        selftest: fileURLToPath(new URL('./selftest.html', import.meta.url)),
      },
    },
  },
  // The engine worker (src/engine/worker) imports tfjs's WebGL backend lazily: code splitting needs ES module workers.
  worker: { format: 'es' },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
