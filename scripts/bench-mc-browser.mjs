/**
 * Monte Carlo through the worker pool in headless Chromium: builds the standalone bench page
 * (scripts/mc-bench.vite.config.ts), serves it with vite preview, and times 10,000 samples
 * of the full model (after a warm-up run), with the default worker count and with 2 workers.
 *
 *   node scripts/bench-mc-browser.mjs [samples] [repeats]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

/**
 * CPU time (ms) of the Dedicated Worker threads of the Chromium this script launched (Linux
 * /proc; descendants of this process only). On a shared machine wall time includes waiting for
 * a core; CPU time is the work itself. null where /proc is not readable.
 */
function workerCpuMs() {
  try {
    const parent = new Map();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        /* exited */
      }
    }
    const mine = (pid) => {
      for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === process.pid) return true;
      return false;
    };
    let ticks = 0;
    for (const pid of parent.keys()) {
      if (pid === process.pid || !mine(pid)) continue;
      let tasks = [];
      try {
        tasks = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const tid of tasks) {
        try {
          if (!readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker')) continue;
          const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
        } catch {
          /* thread ended */
        }
      }
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

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
  const defaults = await page.evaluate(() => ({
    workers: window.mcBench.defaultWorkers,
    cores: navigator.hardwareConcurrency,
  }));
  const { loadavg } = await import('node:os');
  console.log(
    `Monte Carlo pool bench: headless Chromium, ${defaults.cores} cores reported, ${samples} samples, seed 1, load average ${loadavg()[0].toFixed(1)}`,
  );
  const counts = [...new Set([defaults.workers, 1, 2])];
  for (const workers of counts) {
    await page.evaluate((w) => window.mcBench.run(1000, 99, w), workers); // warm the workers' JIT
    const times = [];
    const cpu = [];
    let last;
    for (let r = 0; r < repeats; r++) {
      const c0 = workerCpuMs();
      last = await page.evaluate(([n, w]) => window.mcBench.run(n, 1, w), [samples, workers]);
      const c1 = workerCpuMs();
      times.push(last.elapsedMs);
      if (c0 !== null && c1 !== null) cpu.push(c1 - c0);
    }
    cpu.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    const plural = `${workers} worker${workers === 1 ? '' : 's'}`;
    const label = workers === defaults.workers ? `${plural} (default for ${defaults.cores} cores)` : plural;
    console.log(
      `  ${label.padEnd(34)} best ${times[0].toFixed(0)} ms, median ${times[Math.floor(times.length / 2)].toFixed(0)} ms over ${repeats} runs; ` +
        `${last.progressCalls} progress updates; P(cash<0 by end) ${(last.pInsolventEnd * 100).toFixed(1)}%; bands ${last.fingerprint}`,
    );
    if (cpu.length)
      console.log(
        `  ${''.padEnd(34)} workers' CPU time ${cpu[0]} ms (least of ${cpu.length}): ~${((cpu[0] / samples) * 1000).toFixed(0)} µs per sample`,
      );
  }
} finally {
  await browser.close();
  await new Promise((ok) => server.httpServer.close(ok));
}
