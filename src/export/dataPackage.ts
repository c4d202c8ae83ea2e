import { strToU8, zipSync } from 'fflate';
import { eventStates, type ScenarioResult } from '../engine';
import { LEVERS, SOURCES, type Confidence, type LeverId, type Params } from '../registry';
import { formatMonth } from '../registry/month';
import { formatLeverValue } from '../registry/value';
import { ENGINE_VERSION } from '../engine/types';
import { citation } from '../url/cite';
import { figuresCsv, ledgerCsv, monthlyCsv, scenarioJson, toCsv } from './data';
import { FIGURES, figureText } from '../figures';

/*
 * The data package: one scenario as files a person can open without the page (OWID's data
 * downloads): README.md, monthly.csv, annual.csv, events.csv, levers.csv, scenario.json, zipped
 * with fflate. The page's Export menu and the CLI's `--format zip` both call this module, so the
 * two packages of one link are the same bytes apart from the date.
 */

/** The licence the package states for its data (one place: the README of every package says it). */
export const DATA_LICENCE =
  'The model outputs and the compiled defaults in this package: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), ' +
  'credit "Decoupling Dashboard". Figures quoted from publishers (each row of levers.csv names its source) remain ' +
  "their publishers'; cite the source, not this package, for a reported figure.";

export const PACKAGE_FILES = [
  'README.md',
  'monthly.csv',
  'annual.csv',
  'events.csv',
  'figures.csv',
  'levers.csv',
  'scenario.json',
] as const;
export type PackageFile = (typeof PACKAGE_FILES)[number];

export interface DataPackageInput {
  params: Params;
  result: ScenarioResult;
  /** The scenario's full link, with `rec=` (and `cite=` when cited). */
  link: string;
  scenarioName: string;
  /** The record release the scenario was run on: its id, defaults and where each default comes from. */
  record: {
    id: string;
    defaults: Params;
    info: Readonly<Record<LeverId, { sourceId: string; confidence: Confidence }>>;
  };
  engineVersion: number;
  /** The citation line (the same text "Copy citation" gives). */
  citation: string;
  /** The day the package was made, YYYY-MM-DD. */
  date: string;
}

/**
 * The package's input for a scenario on a record release, made the one way the page and the CLI
 * both make it: today's date, this engine, and the citation "Copy citation" gives (`title`: the
 * burn-and-cash chart's title for the scenario).
 */
export function packageInput(s: {
  params: Params;
  result: ScenarioResult;
  link: string;
  scenarioName: string;
  title: string;
  record: { id: string; params: Params; info: DataPackageInput['record']['info'] };
}): DataPackageInput {
  const date = new Date().toISOString().slice(0, 10);
  const { id, params: defaults, info } = s.record;
  return {
    params: s.params,
    result: s.result,
    link: s.link,
    scenarioName: s.scenarioName,
    record: { id, defaults, info },
    engineVersion: ENGINE_VERSION,
    citation: citation({
      title: s.title,
      scenarioName: s.scenarioName,
      link: s.link,
      record: id,
      engineVersion: ENGINE_VERSION,
      date,
    }),
    date,
  };
}

function sourceOf(sourceId: string): { title: string; asOf: string } {
  const s = SOURCES[sourceId];
  if (!s) return { title: sourceId, asOf: '' };
  return { title: [s.publisher, s.title].filter(Boolean).join(', '), asOf: s.date };
}

/** One row per lever: value and default as a link writes them (months YYYY-MM), with provenance. */
export function leversCsv(input: DataPackageInput): string {
  const rows = LEVERS.map((l) => {
    const info = input.record.info[l.id];
    const source = sourceOf(info.sourceId);
    return {
      id: l.id,
      label: l.label,
      group: l.group,
      value: formatLeverValue(l, input.params[l.id]),
      default: formatLeverValue(l, input.record.defaults[l.id]),
      unit: l.unit,
      source_id: info.sourceId,
      source: source.title,
      as_of: source.asOf,
      confidence: info.confidence,
    };
  });
  return toCsv(rows, [
    'id',
    'label',
    'group',
    'value',
    'default',
    'unit',
    'source_id',
    'source',
    'as_of',
    'confidence',
  ]);
}

export function eventsCsv(params: Params, result: ScenarioResult): string {
  const rows = eventStates(params, result.options).map((e) => ({
    id: e.id,
    kind: e.kind,
    counterparty: e.counterparty,
    month: formatMonth(e.month),
    usdB: e.usdB,
    gw: e.gw ?? '',
    status: e.status,
    counted: e.on ? 'yes' : 'no',
    probability: e.probability ?? '',
    exercisedGw: e.exercisedGw ?? '',
    modelledBy: e.modelledBy ?? '',
    source_id: e.source,
  }));
  return toCsv(rows, [
    'id',
    'kind',
    'counterparty',
    'month',
    'usdB',
    'gw',
    'status',
    'counted',
    'probability',
    'exercisedGw',
    'modelledBy',
    'source_id',
  ]);
}

/** Every lever at confidence low, with its value in this scenario: the package's caveats. */
function caveats(input: DataPackageInput): string[] {
  return LEVERS.filter((l) => input.record.info[l.id].confidence === 'low' && !l.id.startsWith('added-')).map((l) => {
    const value = formatLeverValue(l, input.params[l.id]);
    const unit = l.kind === 'number' && l.unit ? ` ${l.unit}` : '';
    return `- ${l.label} (\`${l.id}\`): ${value}${unit}; source: ${sourceOf(input.record.info[l.id].sourceId).title}`;
  });
}

export function packageReadme(input: DataPackageInput): string {
  const s = input.result.summary;
  // the headline figures by their one name and text (src/figures), as the page and the CLI quote them
  const quote = (id: 'insolvencyMonth' | 'minCash') => `${FIGURES[id].name}: ${figureText(id, s)}`;
  const low = caveats(input);
  return [
    `# Decoupling Dashboard: data package`,
    '',
    `Scenario: **${input.scenarioName}** (${quote('insolvencyMonth')}; ${quote('minCash')} in ${FIGURES.minCash.basis(s)}).`,
    '',
    `- Link: ${input.link}`,
    `- Record release: ${input.record.id} (the defaults, events and presets the scenario starts from; see data/CHANGELOG.md)`,
    `- Engine version: ${input.engineVersion}`,
    `- Made: ${input.date}`,
    '',
    '## Files',
    '',
    '- `README.md`: this file.',
    `- \`monthly.csv\`: one row per month from ${formatMonth(input.result.startMonth)} to ${formatMonth(s.endMonth)}; every series of the engine, money in $B per month, power in MW, compute in H100-equivalents.`,
    '- `annual.csv`: the ledger by calendar year in exact decimals ($B), revenue lines, cost lines, burn, funding, the Microsoft backstop and ending cash; a last row of totals.',
    '- `events.csv`: every funding round and compute contract as this scenario has it (month, $B, GW, status, whether it is counted), with its source id.',
    '- `figures.csv`: the headline figures (id, name, what the figure is for or counts from, the text every place prints, the value in its unit), as the page, the exports and the CLI quote them.',
    "- `levers.csv`: every lever's value in this scenario and its default in the record release, its unit, source, the source's date (as_of) and confidence.",
    "- `scenario.json`: the CLI's JSON for the scenario (levers, monthly series, annual ledger, summary, events).",
    '',
    '## Citation',
    '',
    input.citation,
    '',
    '## Licence',
    '',
    DATA_LICENCE,
    '',
    '## Caveats',
    '',
    'A projection, not a forecast: every figure after the record month follows from the levers. These levers are',
    `assumptions held at confidence low (${low.length}); read any result that leans on them as a scenario:`,
    '',
    ...low,
    '',
  ].join('\n');
}

/** The package's files as text, by name: what the zip holds (tests read them here and from the zip). */
export function dataPackageFiles(input: DataPackageInput): Record<PackageFile, string> {
  const json = scenarioJson(input.params, input.result, input.link);
  return {
    'README.md': packageReadme(input),
    'monthly.csv': monthlyCsv(input.result),
    'annual.csv': ledgerCsv(input.result, input.params.startingCashUsdB),
    'events.csv': eventsCsv(input.params, input.result),
    'figures.csv': figuresCsv(input.result.summary),
    'levers.csv': leversCsv(input),
    'scenario.json': `${JSON.stringify({ ...json, record: input.record.id }, null, 2)}\n`,
  };
}

/** The zip archive; file times are the package's date, so one input gives the same bytes. */
export function dataPackageZip(input: DataPackageInput): Uint8Array {
  const files = dataPackageFiles(input);
  const mtime = new Date(`${input.date}T00:00:00Z`);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of PACKAGE_FILES) entries[name] = [strToU8(files[name]), { mtime }];
  return zipSync(entries, { level: 6 });
}

/** The archive's file name: `decoupling-<record>-<date>.zip`. */
export function dataPackageName(input: Pick<DataPackageInput, 'record' | 'date'>): string {
  return `decoupling-${input.record.id}-${input.date}.zip`;
}
