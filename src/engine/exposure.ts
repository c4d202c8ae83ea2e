import type { Flows } from './counterpartyTypes';

/** The id of the counterparty of rows a person added in the scenario. */
export const ADDED = 'added';

/** A counterparty's id: the first word of its name, lowercased ("Microsoft Azure" → microsoft). */
export function partyOf(counterparty: string): string {
  return counterparty
    .split(/\s+/)[0]
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

/** Its display name: the shortest of its rows' names, without a parenthesis. */
export function nameOf(id: string, names: string[]): string {
  if (id === 'microsoft') return 'Microsoft';
  if (id === ADDED) return 'Added in this scenario';
  const bare = names.map((n) => n.replace(/\s*\(.*\)\s*/g, ' ').trim());
  return bare.sort((a, b) => a.length - b.length)[0] ?? id;
}

export function emptyFlows(): Flows {
  return {
    contractsUsdB: 0,
    rentUsdB: 0,
    revShareUsdB: 0,
    purchasesUsdB: 0,
    equityUsdB: 0,
    reverseShareUsdB: 0,
    backstopUsdB: 0,
    paidByOpenAiUsdB: 0,
    paidToOpenAiUsdB: 0,
  };
}

/**
 * Split `due[p][t]` (what each counterparty is owed in month t, for t after `after`) into what
 * `cash` covers, paying the earliest due first and a month's dues pro rata, and what it does not:
 * each counterparty's exposure. The total is max(0, Σ due − max(0, cash)).
 */
export function allocateExposure(due: readonly Float64Array[], after: number, cash: number): number[] {
  const out = due.map(() => 0);
  let left = Math.max(0, cash);
  const end = due.reduce((n, d) => Math.max(n, d.length), 0);
  for (let t = Math.max(0, after + 1); t < end; t++) {
    let total = 0;
    for (const d of due) total += d[t] ?? 0;
    if (!(total > 0)) continue;
    const covered = Math.min(total, left);
    left -= covered;
    const unpaid = 1 - covered / total;
    for (let i = 0; i < due.length; i++) out[i] += (due[i][t] ?? 0) * unpaid;
  }
  return out;
}
