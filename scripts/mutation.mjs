// npm run mutation [-- part ... | --report] [stryker options]: runs the StrykerJS parts of
// stryker.config.mjs one after another (default: the engine's three parts; `url` for src/url and
// src/registry), each incremental, then adds up every part's JSON report in reports/mutation/.
// `--report` only adds up what is there. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { PARTS } from '../stryker.config.mjs';

// Engine v3's files first, then the rest of the engine (alphabetical), then src/engine/uncertainty.
const V3 = ['dispatch', 'record', 'fleet', 'options', 'month', 'schedules'].map((f) => `engine:${f}`);
const REST = Object.keys(PARTS)
  .filter((p) => p.startsWith('engine:') && !V3.includes(p) && p !== 'engine:uncertainty')
  .sort();
// The lever-value module and the link codec first.
const FIRST = ['registry:value', 'url:codec', 'registry:decimalText', 'registry:index', 'registry:build'];
const LINK = [...FIRST, ...Object.keys(PARTS).filter((p) => /^(url|registry):/.test(p) && !FIRST.includes(p))];
const GROUPS = { engine: [...V3, ...REST, 'engine:uncertainty'], 'engine-v3': V3, url: LINK };
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('-') && (a in GROUPS || a in PARTS));
const passThrough = args.filter((a) => !named.includes(a) && a !== '--report');
// `npm run mutation -- engine:month` arrives as `engine engine:month`: a part named alone wins over
// the group that package.json's script names, so only that part runs.
const single = named.filter((a) => a in PARTS);
const names = single.length ? single : named;
const parts = (names.length ? names : ['engine']).flatMap((n) => GROUPS[n] ?? [n]);

if (!args.includes('--report'))
  for (const part of parts) {
    const started = Date.now();
    const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...passThrough], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_PART: part },
    });
    console.log(`part ${part}: exit ${r.status}, ${((Date.now() - started) / 60000).toFixed(1)} min`);
  }

// The score: killed + timeout over killed + timeout + survived + no coverage (Stryker's definition;
// ignored, static and compile errors are left out).
const rows = [];
const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
for (const part of parts) {
  const file = `reports/mutation/${part.replace(':', '-')}.json`;
  if (!existsSync(file)) {
    console.log(`${part}: no report yet`);
    continue;
  }
  for (const [name, f] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).files)) {
    const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
    for (const m of f.mutants) if (m.status in c) c[m.status]++;
    for (const k of Object.keys(c)) total[k] += c[k];
    rows.push([name, c]);
  }
}
const score = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return valid ? ((100 * (c.Killed + c.Timeout)) / valid).toFixed(1) : '–';
};
const line = (name, c) =>
  `${name.padEnd(40)} ${String(c.Killed).padStart(6)} ${String(c.Timeout).padStart(7)} ${String(c.Survived).padStart(8)} ${String(c.NoCoverage).padStart(10)} ${String(c.Ignored).padStart(7)} ${score(c).padStart(6)}`;
console.log(`${'file'.padEnd(40)} killed timeout survived nocoverage ignored  score`);
for (const [name, c] of rows.sort((a, b) => a[0].localeCompare(b[0]))) console.log(line(name, c));
console.log(line('all', total));
