import type { Params } from '../registry';
import { chipActualArrival } from './capacity';
import { START_MONTH } from './time';
import type { EngineEvent } from './types';

/** The dated things a viewer should see on the time axis, clipped to the horizon. */
export function scenarioEvents(p: Params): EngineEvent[] {
  const end = START_MONTH + Math.round(p.horizonMonths) - 1;
  const events: EngineEvent[] = [];
  for (const i of [1, 2, 3] as const) {
    const amount = p[`funding${i}UsdB`];
    if (amount > 0) events.push({ kind: 'funding', label: `+$${amount}B`, month: p[`funding${i}Month`], amountUsdB: amount });
  }
  if (p.stargateCapexUsdB > 0) {
    events.push({ kind: 'stargate', label: `Stargate $${p.stargateCapexUsdB}B`, month: p.stargateStart, endMonth: p.stargateStart + Math.round(p.stargateBuildMonths) - 1 });
  }
  if (p.siliconGw > 0) {
    const actual = chipActualArrival(p);
    events.push({
      kind: 'chip', label: p.chipSlipMonths > 0 ? `Chip (slipped ${p.chipSlipMonths} mo)` : 'Custom chip',
      month: actual, plannedMonth: p.chipSlipMonths > 0 ? p.chipArrival : undefined,
      endMonth: actual + Math.round(p.chipRampMonths) - 1,
    });
  }
  events.push({ kind: 'regime', label: 'Recap (regime 2)', month: p.msRegime2Start });
  events.push({ kind: 'regime', label: 'Any cloud (regime 3)', month: p.msRegime3Start });
  if (p.oracleUsdB > 0) {
    events.push({ kind: 'contract', label: `Oracle $${p.oracleUsdB}B`, month: p.oracleStart, endMonth: p.oracleStart + Math.round(p.oracleYears * 12) - 1 });
  }
  if (p.gpuDealsGw > 0) events.push({ kind: 'contract', label: `NVIDIA/AMD ${p.gpuDealsGw} GW`, month: p.gpuDealsStart });
  if (p.planBShiftPct > 0) events.push({ kind: 'planb', label: 'Plan B', month: p.planBStart, endMonth: p.planBStart + Math.round(p.planBRampMonths) - 1 });
  return events
    .filter((e) => e.month <= end && (e.endMonth ?? e.month) >= START_MONTH)
    .sort((a, b) => a.month - b.month);
}
