#!/usr/bin/env node
// Budget for the initial JavaScript: after `vite build`, gzip the entry chunk(s) that
// dist/index.html loads up front (module scripts and modulepreload links; not lazy chunks,
// not the engine worker) and fail when their sum is over the budget.
//
//   node scripts/size.mjs [--budget 160] [--dist dist] [--json]
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
// 160 KB. It was 170 KB for a day (2026-12-06/07) while zod validated the bundled data files on
// every load; they are checked at build now (src/registry/dataSchemas.ts) and zod loads only with
// what parses input at run time (saved scenarios, decks, release and reported files): 157.5 KB.
const BUDGET_KB = Number(opt('budget', '160'));
const dist = resolve(opt('dist', 'dist'));
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`size: ${indexPath} not found; run vite build first`);
  process.exit(2);
}
const html = readFileSync(indexPath, 'utf8');

const refs = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
  const attr = (n) => new RegExp(`\\b${n}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const val = (n) => {
    const m = attr(n);
    return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
  };
  let url;
  if (/^<script/i.test(tag) && val('type') === 'module') url = val('src');
  if (/^<link/i.test(tag) && val('rel') === 'modulepreload') url = val('href');
  if (url && !/^[a-z]+:/i.test(url) && !url.startsWith('//')) refs.add(url.replace(/^\.?\//, '').split(/[?#]/)[0]);
}
if (refs.size === 0) {
  console.error('size: no module script or modulepreload found in dist/index.html');
  process.exit(2);
}

const KB = 1024;
const rows = [...refs].sort().map((ref) => {
  const buf = readFileSync(join(dist, ref));
  const gz = gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;
  // zod's core names its classes ("$ZodObject"): a validator on the first load.
  return { file: ref, raw: buf.length, gzip: gz, zod: buf.includes('$ZodObject') };
});
const total = rows.reduce((s, r) => s + r.gzip, 0);
const over = total > BUDGET_KB * KB;

if (args.includes('--json')) {
  console.log(
    JSON.stringify({ budgetKB: BUDGET_KB, gzipBytes: total, files: rows, over, zod: rows.some((r) => r.zod) }),
  );
} else {
  for (const r of rows) {
    console.log(`  ${r.file}  ${(r.raw / KB).toFixed(1)} KB raw, ${(r.gzip / KB).toFixed(1)} KB gzip`);
  }
  console.log(`initial JS gzip: ${(total / KB).toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
}
if (over) {
  console.error(`size: initial JS is over budget by ${((total - BUDGET_KB * KB) / KB).toFixed(1)} KB`);
  process.exit(1);
}
