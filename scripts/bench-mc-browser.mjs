/**
 * Monte Carlo through the worker pool in headless Chromium: builds the standalone bench page
 * (scripts/mc-bench.vite.config.ts), serves it with vite preview, and times 10,000 samples
 * of the full model (after a warm-up run), with the default worker count and with 2 workers.
 *
 *   node scripts/bench-mc-browser.mjs [samples] [repeats]
 */
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

const samples = Number(process.argv[2] ?? 10000);
const repeats = Number(process.argv[3] ?? 3);
const configFile = fileURLToPath(new URL('./mc-bench.vite.config.ts', import.meta.url));

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const defaults = await page.evaluate(() => ({ workers: window.mcBench.defaultWorkers, cores: navigator.hardwareConcurrency }));
  console.log(`Monte Carlo pool bench: headless Chromium, ${defaults.cores} cores reported, ${samples} samples, seed 1`);
  const counts = [...new Set([defaults.workers, 2])];
  for (const workers of counts) {
    await page.evaluate((w) => window.mcBench.run(1000, 99, w), workers); // warm the workers' JIT
    const times = [];
    let last;
    for (let r = 0; r < repeats; r++) {
      last = await page.evaluate(([n, w]) => window.mcBench.run(n, 1, w), [samples, workers]);
      times.push(last.elapsedMs);
    }
    times.sort((a, b) => a - b);
    const label = workers === defaults.workers ? `${workers} worker(s) (default for ${defaults.cores} cores)` : `${workers} workers`;
    console.log(`  ${label.padEnd(34)} best ${times[0].toFixed(0)} ms, median ${times[Math.floor(times.length / 2)].toFixed(0)} ms over ${repeats} runs; `
      + `${last.progressCalls} progress updates; P(cash<0 by end) ${(last.pInsolventEnd * 100).toFixed(1)}%; bands ${last.fingerprint}`);
  }
} finally {
  await browser.close();
  await new Promise((ok) => server.httpServer.close(ok));
}
