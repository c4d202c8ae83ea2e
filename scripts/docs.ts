/**
 * docs/MODEL.md carries two generated tables: the levers (from the registry) and the
 * calibration (the default run against data/reported.json). `npm run docs` rewrites them;
 * a test fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { burnAgainstPlan, compareToReported, computeSplit } from '../src/calibration/compare';
import { PRESET_BY_ID, presetParams } from '../src/url';
import { runScenario } from '../src/engine';
import { defaultParams, EVENTS, EVENT_STATUSES, type ParamValues } from '../src/registry';
import { formatMonth, monthLabel } from '../src/registry/month';
import { GROUPS, LEVERS, leversInGroup } from '../src/registry';
import { formatLeverValue } from '../src/registry/value';

export const DOC_PATH = fileURLToPath(new URL('../docs/MODEL.md', import.meta.url));
export const CHANGELOG_PATH = fileURLToPath(new URL('../data/CHANGELOG.md', import.meta.url));

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function leverTable(): string {
  const lines: string[] = [];
  for (const g of GROUPS) {
    if (g.id === 'events') continue;
    lines.push(
      `\n### ${g.label}\n`,
      '| id | link key | label | unit | default | range (min–max) | uncertainty | source | confidence |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const l of leversInGroup(g.id)) {
      const f = (v: number) => formatLeverValue(l, v);
      const unc = l.range ? `${f(l.range.low)}–${f(l.range.high)} ${l.range.dist}` : '';
      const src = l.source.url
        ? `[${cell(l.source.publisher)}, ${l.source.date}](${l.source.url})`
        : `${cell(l.source.publisher)}, ${l.source.date}`;
      lines.push(
        `| \`${l.id}\` | \`${l.key}\` | ${cell(l.label)} | ${cell(l.unit)} | ${f(l.default)} | ${f(l.min)}–${f(l.max)} | ${unc} | ${src} | ${l.confidence} |`,
      );
    }
  }
  const eventLevers = LEVERS.filter((l) => l.group === 'events').length;
  return `${lines.join('\n').trim()}\n\n${LEVERS.length} levers in all, ${eventLevers} of them the fields of the events below (\`<eventId>.on\`, \`.month\`, \`.status\`, \`.usdB\`, \`.gw\`, \`.probability\`; rows added in the page are \`added-1\` … \`added-4\`).`;
}

/** The scenarios the calibration table shows side by side: the default and the two outside views. */
const VIEWS: Array<[string, ParamValues]> = [
  ['default', defaultParams()],
  ["OpenAI's plan (Q1 2026)", presetParams(PRESET_BY_ID.get('openai-plan-2026q1')!)],
  ['HSBC (Nov 2025)', presetParams(PRESET_BY_ID.get('hsbc-2025-11')!)],
];

export function calibrationTable(): string {
  const views = VIEWS.map(([, p]) => compareToReported(p));
  const rows = views[0];
  const head = VIEWS.map(([name]) => name).join(' | ');
  const lines = [
    `| figure | reported | ${head} | gap (default) | tolerance | source |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  rows.forEach((r, i) => {
    const digits = r.unit === 'Wh' ? 3 : r.unit === 'GW' ? 2 : 1;
    const gap = `${r.gap >= 0 ? '+' : '−'}${Math.abs(r.gap * 100).toFixed(0)}%`;
    const tol = r.forecast
      ? 'forecast: see the plan table'
      : r.tolerance === null
        ? 'shown'
        : `±${r.tolerance * 100}% ${Math.abs(r.gap) <= r.tolerance ? '✓' : '✗'}`;
    const models = views.map((v) => `${v[i].model.toFixed(digits)} ${r.unit}`).join(' | ');
    lines.push(`| ${r.label} | ${r.reported.toFixed(digits)} ${r.unit} | ${models} | ${gap} | ${tol} | ${r.source} |`);
  });
  const plans = VIEWS.map(([, p]) => burnAgainstPlan(p));
  lines.push('', `| OpenAI's plan (Q1 2026) | plan | ${head} | tolerance |`, '|---|---|---|---|---|---|');
  plans[0].forEach((row, i) => {
    const cells = plans.map(
      (v) => `${v[i].model.toFixed(1)} (${v[i].gap >= 0 ? '+' : '−'}${Math.abs(v[i].gap * 100).toFixed(0)}%)`,
    );
    lines.push(`| Cash burn ${row.year} | ${row.plan} $B | ${cells.join(' | ')} | default ±20%, plan preset ±10% |`);
  });
  const splits = VIEWS.map(([, p]) => computeSplit(p));
  lines.push(
    `| Compute spend 2025–2030 | ~600–665 $B | ${splits.map((x) => `${x.computeUsdB.toFixed(0)} $B`).join(' | ')} | default $550–800B |`,
    `| Training's share of compute 2026–2030 | ~⅔ | ${splits.map((x) => `${(x.trainingShare * 100).toFixed(0)}%`).join(' | ')} | default 55–75% |`,
  );
  return lines.join('\n');
}

export function eventsTable(): string {
  const lines = [
    '| id | month | kind | counterparty | $B | GW | status | on by default | source |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const e of EVENTS) {
    const on = e.modelledBy
      ? `modelled by the ${e.modelledBy} levers`
      : e.status === 'closed' || e.status === 'committed'
        ? 'yes'
        : `no${e.probability !== undefined ? ` (p = ${e.probability})` : ''}`;
    lines.push(
      `| \`${e.id}\` | ${formatMonth(e.month)} | ${e.kind}${e.form ? `, ${e.form}` : ''} | ${cell(e.counterparty)} | ${e.usdB} | ${e.gw ?? ''} | ${EVENT_STATUSES[e.statusCode]} | ${on} | ${e.source} |`,
    );
  }
  return lines.join('\n');
}

/** One line of the headline outputs at today's defaults, for data/CHANGELOG.md. */
export function headlineLine(): string {
  const r = runScenario(defaultParams());
  const s = r.summary;
  const money = (v: number) => `${v < 0 ? '−' : ''}$${Math.abs(v).toFixed(1)}B`;
  const month = (m: number | null) => (m === null ? 'never' : monthLabel(m));
  return (
    `- Defaults now (engine v${r.version}): cash ${money(s.cashNowUsdB)} in ${monthLabel(s.nowMonth)}, runway ${s.runwayMonths === null ? 'unlimited' : `${s.runwayMonths.toFixed(1)} months`} at today's burn, ` +
    `insolvent ${month(s.insolvencyMonth)}, minimum cash ${money(s.minCashUsdB)} (${monthLabel(s.minCashMonth)}), cumulative burn ${money(s.cumulativeBurnUsdB)} to ${monthLabel(s.endMonth)}, ` +
    `all-in cost per chat query ${(s.costPerQueryAllIn.now * 100).toFixed(2)}¢ now (physics ${(s.costPerQueryPhysics.now * 100).toFixed(3)}¢), idle capacity ${(s.idleMwNow / 1000).toFixed(1)} GW now and ${(s.idleMwEnd / 1000).toFixed(1)} GW at the end.`
  );
}

export function renderChangelog(current: string): string {
  return replaceBetween(current, 'headline', headlineLine(), 'data/CHANGELOG.md');
}

function replaceBetween(doc: string, name: string, body: string, file = 'docs/MODEL.md'): string {
  const start = `<!-- BEGIN GENERATED: ${name} -->`;
  const end = `<!-- END GENERATED: ${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file}: markers for "${name}" are missing`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

export function renderDoc(current: string): string {
  return replaceBetween(
    replaceBetween(replaceBetween(current, 'levers', leverTable()), 'events', eventsTable()),
    'calibration',
    calibrationTable(),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(DOC_PATH, 'utf8');
  writeFileSync(DOC_PATH, renderDoc(current));
  writeFileSync(CHANGELOG_PATH, renderChangelog(readFileSync(CHANGELOG_PATH, 'utf8')));
  console.log('docs/MODEL.md: lever, events and calibration tables regenerated; data/CHANGELOG.md: headline outputs');
}
