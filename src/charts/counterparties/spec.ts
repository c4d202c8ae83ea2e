import type { Counterparty, CounterpartyReport, FlowPart } from '../../engine/counterpartyTypes';
import { fmtMonth, fmtPct, fmtUsdB } from '../../format';
import type { RowChartSpec, RowColumn } from '../common/rowSpec';
import type { ColorToken } from '../common/layoutTypes';
import type { TooltipRow } from '../common/spec';

/**
 * "Who holds the risk": each counterparty's money in and out over the scenario and its exposure,
 * in the words the CLI's `counterparties[]` uses (docs/MODEL.md, "Counterparties and exposure").
 */

/** The colours of the three marks of a row, shared by the picture, the legend and the tooltip. */
export const IN_COLOR: ColorToken = 'cash';
export const OUT_COLOR: ColorToken = 'revenue';
export const EXPOSURE_COLOR: ColorToken = 'danger';

/** "after cash runs out (Aug 2028)", "after the horizon's end (Dec 2030)", "after Mar 2027". */
export function exposureWhen(report: CounterpartyReport): string {
  const month = fmtMonth(report.exposureAfter);
  if (report.exposureBasis === 'insolvency') return `after cash runs out (${month})`;
  if (report.exposureBasis === 'horizon end') return `after the horizon's end (${month})`;
  return `after ${month}`;
}

/** The parts of each way's money, named as the tooltip and the docs name them. */
const PART_LABELS: Record<FlowPart, string> = {
  contractsUsdB: 'Contracts',
  rentUsdB: 'Rent on demand',
  revShareUsdB: 'Revenue share',
  purchasesUsdB: 'Purchases',
  equityUsdB: 'Equity invested',
  reverseShareUsdB: 'Reverse share',
  backstopUsdB: 'Backstop',
};
const OUT_PARTS: FlowPart[] = ['contractsUsdB', 'rentUsdB', 'revShareUsdB', 'purchasesUsdB'];
const IN_PARTS: FlowPart[] = ['equityUsdB', 'reverseShareUsdB', 'backstopUsdB'];

const usd = (v: number) => fmtUsdB(v);

export const COUNTERPARTY_COLUMNS: readonly RowColumn[] = [
  { label: 'Paid to OpenAI, $B', value: (c) => c.paidToOpenAiUsdB, format: usd },
  { label: 'Paid by OpenAI, $B', value: (c) => c.paidByOpenAiUsdB, format: usd },
  { label: 'Stake', value: (c) => c.stakePct, format: (v) => fmtPct(v, 1) },
  { label: 'Owed after the exposure month, $B', value: (c) => c.owedAfterUsdB, format: usd },
  { label: 'Exposure, $B', value: (c) => c.exposureUsdB, format: usd },
];

function title(report: CounterpartyReport): string {
  const top = report.counterparties[0];
  const when = exposureWhen(report);
  if (!top || report.exposureUsdB < 0.05) {
    return report.exposureBasis === 'insolvency'
      ? `Nothing is contracted ${when}`
      : `OpenAI's cash covers what it owes its counterparties ${when.replace('after', 'through')}`;
  }
  return `${fmtUsdB(report.exposureUsdB, 'auto')} owed ${when} is not covered by cash; ${top.name} holds ${fmtUsdB(top.exposureUsdB, 'auto')}`;
}

function tooltip(c: Counterparty, report: CounterpartyReport): TooltipRow[] {
  const rows: TooltipRow[] = [{ label: 'Roles', value: c.roles.join(', ') || '—', color: 'ghost' }];
  rows.push({ label: 'Paid to OpenAI', value: usd(c.paidToOpenAiUsdB), color: IN_COLOR });
  for (const k of IN_PARTS)
    if (c[k] !== 0) rows.push({ label: `· ${PART_LABELS[k]}`, value: usd(c[k]), color: IN_COLOR });
  rows.push({ label: 'Paid by OpenAI', value: usd(c.paidByOpenAiUsdB), color: OUT_COLOR });
  for (const k of OUT_PARTS)
    if (c[k] !== 0) rows.push({ label: `· ${PART_LABELS[k]}`, value: usd(c[k]), color: OUT_COLOR });
  if (c.stakePct !== null) rows.push({ label: 'Stake', value: fmtPct(c.stakePct, 1), color: 'stake' });
  rows.push({ label: `Owed ${exposureWhen(report)}`, value: usd(c.owedAfterUsdB), color: 'ghost' });
  rows.push({ label: 'Exposure (not covered by cash)', value: usd(c.exposureUsdB), color: EXPOSURE_COLOR });
  return rows;
}

function summary(report: CounterpartyReport): string {
  const list = report.counterparties
    .map(
      (c) =>
        `${c.name} (${c.roles.join(', ') || 'no role'}): paid ${usd(c.paidToOpenAiUsdB)} to OpenAI, paid ${usd(c.paidByOpenAiUsdB)} by OpenAI, exposure ${usd(c.exposureUsdB)}`,
    )
    .join('; ');
  return `Exposure counts contracted payments due ${exposureWhen(report)} that OpenAI's cash of ${usd(report.cashAtUsdB)} would not cover: ${usd(report.exposureUsdB)} in all. ${list}.`;
}

export const counterpartiesSpec: RowChartSpec<'counterparties'> = {
  kind: 'rows',
  id: 'counterparties',
  name: 'Who holds the risk',
  title,
  subtitle: (options) =>
    options?.flows
      ? '$B over the scenario · who invests in or pays OpenAI (left), whom OpenAI pays (right)'
      : '$B over the scenario · paid to OpenAI, paid by OpenAI; exposure: owed later and not covered by cash',
  units: '$B',
  source: 'model, from the contracts and funding rounds of the events table; stakes as reported',
  columns: COUNTERPARTY_COLUMNS,
  tooltip,
  summary,
  compare: { label: 'Exposure', value: (r) => r.exposureUsdB, format: usd },
  toggle: { label: 'Circular flows' },
};
