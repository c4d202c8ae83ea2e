import { ADDED_EVENT_KEYS, EVENTS, type EventRow, type LeverId, type Params, type ParamValues } from '../registry';
import type { MonthIndex } from '../registry/month';
import {
  PAID_BY,
  PAID_TO,
  ROLES,
  type Counterparty,
  type CounterpartyReport,
  type FlowPart,
  type Flows,
  type Role,
} from './counterpartyTypes';
import { allocateExposure, ADDED, emptyFlows, nameOf, partyOf } from './exposure';
import { eventStates } from './events';
import { fundingPlan, type Round } from './funding';
import { hardwareOf } from './hardware';
import { historyOf, NOW_T } from './record';
import { microsoftLedger } from './microsoftLedger';
import { buildSchedules, SCHEDULE_FIELDS, type Schedules } from './schedules';
import { calendarYear, START_MONTH } from './time';
import type { ScenarioResult } from './types';
import { MAX_MONTHS } from './workspace';

/**
 * Who holds the risk (docs/MODEL.md, "Counterparties and exposure"): every counterparty's flows
 * with OpenAI, computed from the scenario's events and schedules, never from a hand-kept table.
 * A counterparty is the first word of a data/events.json row's `counterparty` ("Amazon Web
 * Services" and "Amazon" are one); Microsoft's terms (revenue share, reverse share, stake, the
 * backstop) are Microsoft's. Off the hot path: a run does not compute it; the CLI and the chart ask.
 */

export * from './counterpartyTypes';
export { allocateExposure, partyOf } from './exposure';

const STARGATE_ROW = EVENTS.find((e) => e.modelledBy === 'stargate');
const CHIP_ROW = EVENTS.find((e) => e.modelledBy === 'customChip');
const NEXT_ROW = EVENTS.find((e) => e.modelledBy === 'nextRound');

function freshSchedules(): Schedules {
  const s = {} as Schedules;
  for (const f of SCHEDULE_FIELDS) s[f] = new Float64Array(MAX_MONTHS + 1);
  return s;
}

/**
 * Every counterparty's flows, per calendar year of the horizon and in total, its roles and stake,
 * and its exposure after `exposureAfter` (default: the insolvency month, else the horizon's end).
 */
export function counterpartyReport(p: Params, r: ScenarioResult, exposureAfter?: MonthIndex): CounterpartyReport {
  const m = r.monthly;
  const months = r.months;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const names = new Map<string, string[]>();
  const idOf = (id: string, name?: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
      names.set(id, []);
    }
    if (name && !names.get(id)!.includes(name)) names.get(id)!.push(name);
    return i;
  };
  idOf('microsoft');
  // Per counterparty, per month (to the longest horizon): payments due, what was bought, and in
  // the horizon the flows by part.
  const due: Float64Array[] = [];
  const bought: Float64Array[] = [];
  const flows: Array<Record<FlowPart, Float64Array>> = [];
  const arraysFor = (i: number) => {
    while (due.length <= i) {
      due.push(new Float64Array(MAX_MONTHS));
      bought.push(new Float64Array(MAX_MONTHS));
      const f = {} as Record<FlowPart, Float64Array>;
      for (const k of [...PAID_BY, ...PAID_TO]) f[k] = new Float64Array(months);
      flows.push(f);
    }
  };
  arraysFor(0);
  const rowParty = (row: EventRow | 'added' | 'next'): number => {
    if (row === 'added') return idOf(ADDED);
    const e = row === 'next' ? NEXT_ROW! : row;
    return idOf(partyOf(e.counterparty), e.counterparty);
  };
  // What each source of binding capacity is owed: the schedules with it, less the schedules without
  // it (builds add up source by source), in the record's build and the projection's, as a run adds them.
  const rec = historyOf(p).rec;
  // Switching a row off changes no hardware generation: each phase's hardware is worked out once.
  const hwRec = hardwareOf(rec);
  const hw = hardwareOf(p);
  const build = (q: Params, r0: Params): { pay: Float64Array; buy: Float64Array; azure: Float64Array } => {
    const sum = {
      pay: new Float64Array(MAX_MONTHS),
      buy: new Float64Array(MAX_MONTHS),
      azure: new Float64Array(MAX_MONTHS),
    };
    const a = buildSchedules(r0, hwRec, MAX_MONTHS, freshSchedules(), { record: true, now: NOW_T });
    const b = buildSchedules(q, hw, MAX_MONTHS, freshSchedules(), { record: false, now: NOW_T, rec: r0, base: a });
    // Up to now the record's build; after it the projection's, which starts from the record's.
    for (let t = 0; t < MAX_MONTHS; t++) {
      const x = t <= NOW_T ? a : b;
      sum.pay[t] = x.payOther[t];
      sum.buy[t] = x.capex[t];
      sum.azure[t] = x.payAzure[t];
    }
    return sum;
  };
  const all = build(p, rec);
  // One copy of each phase's scenario, a source switched off for its build and back on after it.
  const q = { ...p } as ParamValues;
  const r0 = { ...rec } as ParamValues;
  const without = (ids: readonly LeverId[], value = 0) => {
    const keep = ids.map((id) => [q[id], r0[id]] as const);
    for (const id of ids) q[id] = r0[id] = value;
    const w = build(q, r0);
    ids.forEach((id, k) => ([q[id], r0[id]] = keep[k]));
    return w;
  };
  const take = (i: number, w: ReturnType<typeof build>, what: 'pay' | 'buy', into?: Float64Array) => {
    arraysFor(i);
    const target = into ?? (what === 'pay' ? due : bought)[i];
    for (let t = 0; t < MAX_MONTHS; t++) target[t] += all[what][t] - w[what][t];
  };
  const ownedStargate = new Float64Array(MAX_MONTHS);
  const byParty = new Map<number, EventRow[]>();
  for (const e of EVENTS) {
    if (e.kind !== 'contract' || e.modelledBy) continue;
    const i = rowParty(e);
    byParty.set(i, [...(byParty.get(i) ?? []), e]);
  }
  for (const [i, rows] of byParty) {
    const w = without(rows.map((e) => e.keys.on));
    take(i, w, 'pay');
    take(i, w, 'buy');
  }
  const stargate = without(['stargateCapexUsdB']);
  take(rowParty(STARGATE_ROW!), stargate, 'pay');
  take(0, stargate, 'buy', ownedStargate);
  take(rowParty(CHIP_ROW!), without(['siliconBindingGw']), 'buy');
  take(idOf(ADDED), without(ADDED_EVENT_KEYS.map((k) => k.on)), 'pay');
  due[0].set(all.azure.subarray(0, MAX_MONTHS));

  // Purchases: binding ones from the schedules, options as the run exercised them.
  for (let i = 0; i < ids.length; i++) for (let t = 0; t < months; t++) flows[i].purchasesUsdB[t] = bought[i][t];
  for (const b of r.bought ?? []) {
    const row = EVENTS.find((e) => e.id === b.id);
    if (!row || b.t >= months) continue;
    const i = rowParty(row);
    arraysFor(i);
    flows[i].purchasesUsdB[b.t] += b.usdB;
  }
  // Take-or-pay paid: everyone's as due; Microsoft's as paid under the commitment (max of due and used).
  const ms = flows[0];
  for (let i = 1; i < ids.length; i++) for (let t = 0; t < months; t++) flows[i].contractsUsdB[t] = due[i][t];
  let otherOnDemand = 0;
  for (let t = 0; t < months; t++) {
    ms.contractsUsdB[t] = m.azureContractUsdB[t];
    ms.rentUsdB[t] = m.azureRentUsdB[t] - m.azureContractUsdB[t];
    ms.revShareUsdB[t] = m.msRevShareUsdB[t] + m.msProfitShareUsdB[t];
    ms.reverseShareUsdB[t] = m.reverseShareUsdB[t];
    ms.backstopUsdB[t] = m.backstopUsdB[t];
    otherOnDemand += m.onDemandUsdB[t] - ms.rentUsdB[t];
  }
  // Equity: the rounds as the record and the projection land them; NVIDIA's per-GW investment is the rest of funding.
  const rounds: Round[] = [
    ...fundingPlan(rec, MAX_MONTHS).rounds.filter((x) => x.t <= NOW_T),
    ...fundingPlan(p, months, NOW_T + 1).rounds,
  ];
  const roundsAt = new Float64Array(months);
  for (const x of rounds) {
    if (x.t >= months) continue;
    const i = rowParty(x.row);
    arraysFor(i);
    flows[i].equityUsdB[x.t] += x.usdB;
    roundsAt[x.t] += x.usdB;
  }
  const nvidia = idOf('nvidia', 'NVIDIA');
  arraysFor(nvidia);
  for (let t = 0; t < months; t++) {
    const perGw = m.fundingUsdB[t] - roundsAt[t];
    if (Math.abs(perGw) > 1e-9) flows[nvidia].equityUsdB[t] += perGw;
  }

  // Roles and stakes from the rows switched on; Microsoft's from its terms.
  const roles = ids.map(() => new Set<Role>());
  const rowsOf = ids.map(() => [] as string[]);
  const stakes = new Map<number, number>();
  const end = START_MONTH + months - 1;
  for (const st of eventStates(p, r.options)) {
    if (!st.on) continue;
    const e = EVENTS.find((x) => x.id === st.id);
    const i = e ? rowParty(e) : idOf(ADDED);
    arraysFor(i);
    rowsOf[i] = [...(rowsOf[i] ?? []), st.id];
    roles[i] ??= new Set();
    if (st.kind === 'funding') roles[i].add('investor');
    else if (e?.form === 'owned') roles[i].add('supplier');
    else roles[i].add('cloud');
    if (e?.modelledBy === 'stargate') roles[i].add('partner');
    if (e?.stakePct !== undefined && st.month <= end) stakes.set(i, e.stakePct);
  }
  const last = months - 1;
  if (m.msStakePct[last] > 0) roles[0].add('investor');
  if (p.msRevenueShare > 0) roles[0].add('revenue share');
  if (p.planBShiftPct > 0) roles[0].add('rival');
  if (p.stargateMicrosoftSharePct > 0) roles[0].add('partner');
  stakes.set(0, m.msStakePct[last]);

  // Exposure: contracted payments due after the month (Microsoft's commitment as signed), less what cash covers.
  const basis: CounterpartyReport['exposureBasis'] =
    exposureAfter !== undefined ? 'chosen' : r.summary.insolvencyMonth !== null ? 'insolvency' : 'horizon end';
  const after = exposureAfter ?? r.summary.insolvencyMonth ?? end;
  const at = Math.min(last, Math.max(0, after - START_MONTH));
  const owedDue = ids.map((_, i) => {
    const d = new Float64Array(MAX_MONTHS);
    for (let t = 0; t < MAX_MONTHS; t++) d[t] = due[i][t] + bought[i][t];
    return d;
  });
  const cashAt = m.cashUsdB[at];
  const exposure = allocateExposure(owedDue, after - START_MONTH, cashAt);

  const years: number[] = [];
  for (let t = 0; t < months; t++) if (!years.includes(calendarYear(t))) years.push(calendarYear(t));
  const yearOf = Array.from({ length: months }, (_, t) => years.indexOf(calendarYear(t)));
  const total = <F extends Flows>(f: F): F => {
    f.paidByOpenAiUsdB = PAID_BY.reduce((a, k) => a + f[k], 0);
    f.paidToOpenAiUsdB = PAID_TO.reduce((a, k) => a + f[k], 0);
    return f;
  };
  const valuation = m.valuationUsdB[last];
  const list: Counterparty[] = ids.map((id, i) => {
    const sum = emptyFlows();
    const byYear = years.map((year) => ({ year, ...emptyFlows() }));
    for (const k of [...PAID_BY, ...PAID_TO]) {
      const a = flows[i][k];
      const perYear = new Float64Array(years.length);
      for (let t = 0; t < months; t++) perYear[yearOf[t]] += a[t];
      sum[k] = perYear.reduce((x, v) => x + v, 0);
      byYear.forEach((y, yi) => (y[k] = perYear[yi]));
    }
    let owed = 0;
    for (let t = after - START_MONTH + 1; t < MAX_MONTHS; t++) owed += owedDue[i][t] ?? 0;
    const stakePct = stakes.get(i) ?? null;
    return {
      id,
      name: nameOf(id, names.get(id) ?? []),
      roles: ROLES.filter((role) => roles[i]?.has(role)),
      rows: rowsOf[i] ?? [],
      ...total(sum),
      stakePct,
      stakeValueUsdB: stakePct === null ? null : (stakePct / 100) * valuation,
      owedAfterUsdB: owed,
      exposureUsdB: exposure[i],
      years: byYear.map(total),
    };
  });
  const counterparties = list
    .filter((c) => c.paidByOpenAiUsdB !== 0 || c.paidToOpenAiUsdB !== 0 || c.owedAfterUsdB > 0 || c.stakePct)
    .sort((a, b) => b.exposureUsdB - a.exposureUsdB || b.paidByOpenAiUsdB - a.paidByOpenAiUsdB);

  const sumOf = (a: Float64Array) => a.reduce((x, v) => x + v, 0);
  let ownedStargateIn = 0;
  for (let t = 0; t < months; t++) ownedStargateIn += ownedStargate[t];
  return {
    exposureAfter: after,
    exposureBasis: basis,
    cashAtUsdB: cashAt,
    owedAfterUsdB: counterparties.reduce((a, c) => a + c.owedAfterUsdB, 0),
    exposureUsdB: counterparties.reduce((a, c) => a + c.exposureUsdB, 0),
    counterparties,
    unattributed: {
      onDemandOtherUsdB: otherOnDemand,
      electricityUsdB: sumOf(m.electricityUsdB),
      capexPaidUsdB: sumOf(m.capexUsdB),
      financingUsdB: sumOf(m.financingUsdB),
      ownedStargateUsdB: ownedStargateIn,
    },
    microsoft: microsoftLedger(p, r, years),
  };
}
