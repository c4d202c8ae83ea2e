/**
 * docs/MODEL.md carries two generated tables: the levers (from the registry) and the
 * calibration (the default run against data/reported.json). `npm run docs` rewrites them;
 * a test fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareToReported } from '../src/calibration/compare';
import { GROUPS, LEVERS, leversInGroup } from '../src/registry';
import { formatLeverValue } from '../src/url/format';

export const DOC_PATH = fileURLToPath(new URL('../docs/MODEL.md', import.meta.url));

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function leverTable(): string {
  const lines: string[] = [];
  for (const g of GROUPS) {
    lines.push(`\n### ${g.label}\n`, '| id | link key | label | unit | default | range (min–max) | uncertainty | source | confidence |', '|---|---|---|---|---|---|---|---|---|');
    for (const l of leversInGroup(g.id)) {
      const f = (v: number) => formatLeverValue(l, v);
      const unc = l.range ? `${f(l.range.low)}–${f(l.range.high)} ${l.range.dist}` : '';
      const src = l.source.url ? `[${cell(l.source.publisher)}, ${l.source.date}](${l.source.url})` : `${cell(l.source.publisher)}, ${l.source.date}`;
      lines.push(`| \`${l.id}\` | \`${l.key}\` | ${cell(l.label)} | ${cell(l.unit)} | ${f(l.default)} | ${f(l.min)}–${f(l.max)} | ${unc} | ${src} | ${l.confidence} |`);
    }
  }
  return `${lines.join('\n').trim()}\n\n${LEVERS.length} levers in all.`;
}

export function calibrationTable(): string {
  const rows = compareToReported();
  const lines = ['| figure | reported | model (defaults) | gap | source |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const digits = r.unit === 'Wh' ? 3 : 1;
    const gap = `${r.gap >= 0 ? '+' : '−'}${Math.abs(r.gap * 100).toFixed(0)}%`;
    lines.push(`| ${r.label} | ${r.reported.toFixed(digits)} ${r.unit} | ${r.model.toFixed(digits)} ${r.unit} | ${gap} | ${r.source} |`);
  }
  return lines.join('\n');
}

function replaceBetween(doc: string, name: string, body: string): string {
  const start = `<!-- BEGIN GENERATED: ${name} -->`;
  const end = `<!-- END GENERATED: ${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/MODEL.md: markers for "${name}" are missing`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

export function renderDoc(current: string): string {
  return replaceBetween(replaceBetween(current, 'levers', leverTable()), 'calibration', calibrationTable());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(DOC_PATH, 'utf8');
  writeFileSync(DOC_PATH, renderDoc(current));
  console.log('docs/MODEL.md: lever and calibration tables regenerated');
}
