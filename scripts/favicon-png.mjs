#!/usr/bin/env node
/**
 * Renders public/favicon.svg to public/favicon.png (32×32) with headless Chromium.
 *
 *   node scripts/favicon-png.mjs
 *
 * The page's tab icon is the PNG, inlined as a data: URL at build time (vite.config.ts,
 * `inline-favicon`): Chromium fetches the tab icon again on every history entry the page writes,
 * and an SVG icon is then parsed as a whole SVG document on the page's main thread (~4 ms per
 * entry on the bench machine); a small inlined PNG costs a fraction of that. The SVG stays the
 * install icon in the web manifest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SIZE = 32;
const svg = readFileSync(resolve(ROOT, 'public/favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await (await browser.newContext({ viewport: { width: SIZE, height: SIZE } })).newPage();
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg', `<svg width="${SIZE}" height="${SIZE}" style="display:block"`)}</body>`,
  );
  await page.screenshot({ path: resolve(ROOT, 'public/favicon.png'), omitBackground: true });
} finally {
  await browser.close();
}
