import { join } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
const server = await preview({ root: '/work/main', configFile: '/work/main/vite.config.ts', logLevel: 'warn', build: { outDir: process.env.BENCH_DIST }, preview: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })).newPage();
await page.goto(server.resolvedUrls.local[0]);
await page.waitForFunction(() => document.documentElement.dataset.resultSeq !== undefined);
await page.waitForTimeout(1500);
const out = await page.evaluate(async () => {
  const input = document.querySelector(`[data-lever="electricityUsdPerKwh"] input[type="range"]`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const seen = new Map();
  const path = (n) => { const el = n.nodeType === 1 ? n : n.parentElement; const parts = []; let e = el; for (let i = 0; e && i < 5; i++, e = e.parentElement) parts.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '')); return parts.reverse().join('>'); };
  const mo = new MutationObserver((ms) => { for (const m of ms) { const k = m.type + ' ' + (m.attributeName ?? '') + ' ' + path(m.target); seen.set(k, (seen.get(k) ?? 0) + 1); } });
  mo.observe(document.body, { subtree: true, attributes: true, characterData: true, childList: true });
  for (let i = 0; i < 5; i++) {
    setValue.call(input, String(0.05 + i * 0.01));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
  }
  mo.disconnect();
  return [...seen].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`);
});
console.log(out.join('\n'));
await browser.close(); await server.close();
