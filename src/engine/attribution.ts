import { GROUPS, LEVER_BY_ID, type LeverId, type ParamValues, type Params } from '../registry';
import { counterpartyReport } from './counterparties';
import { runScenario } from './index';
import type { ScenarioResult } from './types';
import { explainEffect, type Why } from './why';

/** The headline outputs a change can be split over. */
export const ATTRIBUTION_OUTPUTS = ['minCash', 'endCash', 'insolvency', 'burn', 'exposure'] as const;
export type AttributionOutput = (typeof ATTRIBUTION_OUTPUTS)[number];

export const OUTPUT_LABELS: Record<AttributionOutput, string> = {
  minCash: 'Minimum cash ($B)',
  endCash: 'Cash at the end of the horizon ($B)',
  insolvency: 'Months of cash from now (to the month cash runs out, or one past the horizon)',
  burn: 'Cumulative burn ($B)',
  exposure:
    "Counterparties' exposure: contracted payments due after the month cash runs out (or the horizon's end) that cash would not cover ($B)",
};

export interface AttributionPart {
  /** A lever id, an event or generation id (its fields together), or a lever group id. */
  id: string;
  label: string;
  value: number;
  /** The levers it stands for (one, an event's or a generation's fields, or a group's). */
  leverIds?: string[];
  /**
   * When it moves the output by less than 1% or against the sign tables' direction, or acts
   * through a lever that sits at zero: what absorbed it, in one sentence from the runs' state.
   */
  why?: Why;
}

export interface Attribution {
  output: AttributionOutput;
  /** Output of the scenario minus output of the reference. */
  total: number;
  reference: number;
  scenario: number;
  parts: AttributionPart[];
  method: string;
}

/** At most this many inputs are split exactly by Shapley values (2^n runs); above it, by lever group. */
export const MAX_SHAPLEY_INPUTS = 10;
/**
 * The same for exposure, whose every value also needs the counterparty report (~2.5 ms against a
 * run's ~0.15 ms): 2^6 reports keep the split under a quarter of a second.
 */
export const MAX_SHAPLEY_INPUTS_EXPOSURE = 6;

/**
 * One headline output of a run, as a number: insolvency as months of cash counted from now (the
 * figure "Months of cash from now"); never insolvent = one month past the horizon; exposure as the
 * counterparty report's total (the figure "Exposure" of "Who holds the risk").
 */
export function outputOf(p: Params, output: AttributionOutput): number {
  return outputOfRun(runScenario(p), output, p);
}

/** The output of a run already made of `p`. */
export function outputOfRun(r: ScenarioResult, output: AttributionOutput, p: Params): number {
  const s = r.summary;
  switch (output) {
    case 'minCash':
      return s.minCashUsdB;
    case 'endCash':
      return r.monthly.cashUsdB[r.months - 1];
    case 'insolvency':
      return (s.insolvencyMonth ?? s.endMonth + 1) - s.nowMonth;
    case 'burn':
      return s.cumulativeBurnUsdB;
    case 'exposure':
      return counterpartyReport(p, r).exposureUsdB;
  }
}

interface Input {
  id: string;
  label: string;
  leverIds: LeverId[];
}

/** A dotted lever (`aws-2025-11.usdB`, `gb200.watts`) belongs to its event or generation. */
function entityOf(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

function changedInputs(reference: Params, scenario: Params): Input[] {
  const byEntity = new Map<string, Input>();
  for (const id of Object.keys(scenario) as LeverId[]) {
    if (!LEVER_BY_ID.has(id) || Object.is(scenario[id], reference[id])) continue;
    if (id === 'horizonMonths') continue; // the horizon is the frame of the comparison, not a cause
    const entity = entityOf(id);
    const lever = LEVER_BY_ID.get(id)!;
    const label = entity === id ? lever.label : lever.label.split(':')[0];
    const input = byEntity.get(entity) ?? { id: entity, label, leverIds: [] };
    input.leverIds.push(id);
    byEntity.set(entity, input);
  }
  return [...byEntity.values()];
}

function byGroup(inputs: Input[]): Input[] {
  const groups = new Map<string, Input>();
  for (const input of inputs) {
    const group = LEVER_BY_ID.get(input.leverIds[0])!.group;
    const label = GROUPS.find((g) => g.id === group)!.label;
    const g = groups.get(group) ?? { id: group, label, leverIds: [] };
    g.leverIds.push(...input.leverIds);
    groups.set(group, g);
  }
  return [...groups.values()];
}

function factorials(n: number): number[] {
  const f = [1];
  for (let i = 1; i <= n; i++) f.push(f[i - 1] * i);
  return f;
}

/**
 * Exact Shapley values: each input's average marginal effect over every order in which the
 * changes could be made. v(S) is the output with the changes in S applied to the reference;
 * the parts sum to v(all) − v(none).
 */
function shapley(reference: Params, scenario: Params, inputs: Input[], output: AttributionOutput): number[] {
  const n = inputs.length;
  const values = new Float64Array(1 << n);
  const p: ParamValues = { ...reference };
  for (let mask = 0; mask < 1 << n; mask++) {
    for (let i = 0; i < n; i++) {
      const src = mask & (1 << i) ? scenario : reference;
      for (const id of inputs[i].leverIds) p[id] = src[id];
    }
    values[mask] = outputOf(p, output);
  }
  const f = factorials(n);
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << n; mask++) {
    let size = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) size++;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      const weight = (f[size] * f[n - size - 1]) / f[n];
      phi[i] += weight * (values[mask | (1 << i)] - values[mask]);
    }
  }
  return phi;
}

/** Each input's effect when they are applied one after another in the given order. */
function sequential(reference: Params, scenario: Params, inputs: Input[], output: AttributionOutput): number[] {
  const p: ParamValues = { ...reference };
  let previous = outputOf(p, output);
  return inputs.map((input) => {
    for (const id of input.leverIds) p[id] = scenario[id];
    const next = outputOf(p, output);
    const part = next - previous;
    previous = next;
    return part;
  });
}

/**
 * Splits the change in a headline output between a reference (the pinned baseline or the
 * defaults) and a scenario among the inputs that differ: exact Shapley values when at most
 * ten inputs changed (an event's or a generation's fields count as one), by lever group above
 * that. The parts sum to the total.
 */
export function attribute(reference: Params, scenario: Params, output: AttributionOutput = 'minCash'): Attribution {
  const ref = { ...reference, horizonMonths: scenario.horizonMonths };
  const refRun = runScenario(ref);
  const refValue = outputOfRun(refRun, output, ref);
  const most = output === 'exposure' ? MAX_SHAPLEY_INPUTS_EXPOSURE : MAX_SHAPLEY_INPUTS;
  const value = outputOf(scenario, output);
  let inputs = changedInputs(ref, scenario);
  let method = `Shapley values over the ${inputs.length} changed input${inputs.length === 1 ? '' : 's'} (2^${inputs.length} runs): each part is that change's average effect over every order of making the changes; the parts sum to the total.`;
  if (inputs.length > most) {
    const levers = inputs.length;
    inputs = byGroup(inputs);
    method = `${levers} inputs changed, more than ${most}: Shapley values over the ${inputs.length} lever groups they belong to; the parts sum to the total.`;
  }
  let phi: number[];
  if (inputs.length > most) {
    phi = sequential(ref, scenario, inputs, output);
    method = `Changes in more than ${most} lever groups: each group's part is its effect when the groups are applied one after another in the panel's order; the parts sum to the total, but the split depends on that order.`;
  } else {
    phi = inputs.length > 0 ? shapley(ref, scenario, inputs, output) : [];
  }
  const parts = inputs
    .map((input, i): AttributionPart => {
      const changed: ParamValues = { ...ref };
      for (const id of input.leverIds) changed[id] = scenario[id];
      const why = explainEffect({
        ref,
        refRun,
        changed,
        run: () => runScenario(changed),
        leverIds: input.leverIds,
        output,
        delta: phi[i],
        referenceValue: refValue,
      });
      return { id: input.id, label: input.label, value: phi[i], leverIds: input.leverIds, ...(why ? { why } : {}) };
    })
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  return { output, total: value - refValue, reference: refValue, scenario: value, parts, method };
}
