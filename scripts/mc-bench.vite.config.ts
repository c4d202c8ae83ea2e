import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * A standalone page for timing the Monte Carlo batch mode of the model runner in a real browser (scripts/bench-mc-browser.mjs
 * and test/browser/uncertainty-pool.test.ts): the pool and its workers, no app around them.
 * Built into test-results/mc-bench/ (ignored by git), never into dist/.
 */
const ROOT = fileURLToPath(new URL('./mc-bench/', import.meta.url));

export default defineConfig({
  root: ROOT,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../test-results/mc-bench/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { index: `${ROOT}index.html`, panel: `${ROOT}panel.html` } },
  },
});
