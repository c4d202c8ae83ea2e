import { EVENTS, type Params } from '../registry';
import { START_MONTH } from './time';
import type { EngineEvent } from './types';

function money(usdB: number): string {
  return `$${Number(usdB.toFixed(1))}B`;
}

/** The dated things a viewer should see on the time axis, clipped to the horizon. */
export function scenarioEvents(p: Params): EngineEvent[] {
  const end = START_MONTH + Math.round(p.horizonMonths) - 1;
  const events: EngineEvent[] = [];
  for (const e of EVENTS) {
    if (e.modelledBy || p[`${e.id}.on`] < 0.5) continue;
    const month = p[`${e.id}.month`];
    if (e.kind === 'funding') {
      const usdB = p[`${e.id}.usdB`];
      if (usdB > 0) events.push({ kind: 'funding', id: e.id, label: `${e.counterparty.split(' ')[0]} +${money(usdB)}`, month, amountUsdB: usdB });
    } else {
      const size = e.form === 'owned' ? `${Number(p[`${e.id}.gw`].toFixed(1))} GW` : money(p[`${e.id}.usdB`]);
      events.push({ kind: 'contract', id: e.id, label: `${e.counterparty.split(' ')[0]} ${size}`, month, endMonth: e.termMonths ? month + e.termMonths - 1 : undefined });
    }
  }
  if (p.funding3UsdB > 0) events.push({ kind: 'funding', id: 'funding3', label: `Next round +${money(p.funding3UsdB)}`, month: p.funding3Month, amountUsdB: p.funding3UsdB });
  if (p.stargateCapexUsdB > 0) {
    events.push({ kind: 'stargate', label: `Stargate ${money(p.stargateCapexUsdB)}`, month: p.stargateStart, endMonth: p.stargateStart + Math.round(p.stargateBuildMonths) - 1 });
  }
  if (p.siliconGw > 0) {
    const actual = p.chipArrival + p.chipSlipMonths;
    events.push({
      kind: 'chip', label: p.chipSlipMonths > 0 ? `Chip (slipped ${p.chipSlipMonths} mo)` : 'Custom chip',
      month: actual, plannedMonth: p.chipSlipMonths > 0 ? p.chipArrival : undefined,
      endMonth: actual + Math.round(p.chipRampMonths) - 1,
    });
  }
  events.push({ kind: 'regime', label: 'Recap (regime 2)', month: p.msRegime2Start });
  events.push({ kind: 'regime', label: 'Any cloud (regime 3)', month: p.msRegime3Start });
  if (p.azureCommitmentUsdB > 0) {
    events.push({ kind: 'contract', label: `Azure ${money(p.azureCommitmentUsdB)}`, month: p.azureCommitmentStart, endMonth: p.azureCommitmentStart + Math.round(p.azureCommitmentYears * 12) - 1 });
  }
  if (p.planBShiftPct > 0) events.push({ kind: 'planb', label: 'Plan B', month: p.planBStart, endMonth: p.planBStart + Math.round(p.planBRampMonths) - 1 });
  return events
    .filter((e) => e.month <= end && (e.endMonth ?? e.month) >= START_MONTH)
    .sort((a, b) => a.month - b.month);
}
