import type { ScenarioResult, Summary } from '../../engine/types';
import { LEVERS, type ParamValues } from '../../registry';
import { formatLeverValue, leverText } from '../../registry/value';
import { fmtCents, fmtDelta, fmtMonth, fmtMonthShift, fmtMonths, fmtUsdB, fmtWh } from '../../format';
import { FIGURES, figureText } from '../../figures';

/** A scenario in the comparison: its name, its levers and its run. */
export interface Compared {
  name: string;
  params: ParamValues;
  result: ScenarioResult;
}

interface Headline {
  label: string;
  value: (s: Summary) => string;
  delta: (s: Summary, base: Summary) => string | null;
}

const money = (v: number) => fmtUsdB(v);

/** The headline outputs compared, each with a delta against the scenario on screen. */
export const HEADLINES: Headline[] = [
  {
    label: FIGURES.runwayAtTodaysBurn.name,
    value: (s) => figureText('runwayAtTodaysBurn', s),
    delta: (s, b) =>
      s.runwayMonths !== null && b.runwayMonths !== null
        ? fmtDelta(s.runwayMonths - b.runwayMonths, fmtMonths, 0.05)
        : s.runwayMonths === b.runwayMonths
          ? null
          : 'changed',
  },
  {
    label: FIGURES.insolvencyMonth.name,
    value: (s) => figureText('insolvencyMonth', s),
    delta: (s, b) => fmtMonthShift(b.insolvencyMonth, s.insolvencyMonth),
  },
  {
    label: 'Breakeven',
    value: (s) => (s.breakevenMonth === null ? `Not by ${fmtMonth(s.endMonth)}` : fmtMonth(s.breakevenMonth)),
    delta: (s, b) => fmtMonthShift(b.breakevenMonth, s.breakevenMonth),
  },
  {
    label: FIGURES.minCash.name,
    value: (s) => `${figureText('minCash', s)} (${fmtMonth(s.minCashMonth)})`,
    delta: (s, b) => fmtDelta(s.minCashUsdB - b.minCashUsdB, money, 0.05),
  },
  {
    label: `${FIGURES.costAllInEnd.name}, end`,
    value: (s) => figureText('costAllInEnd', s),
    delta: (s, b) => fmtDelta(s.costPerQueryAllIn.end - b.costPerQueryAllIn.end, fmtCents, 1e-8),
  },
  {
    label: `${FIGURES.whPerQueryEnd.name}, end`,
    value: (s) => figureText('whPerQueryEnd', s),
    delta: (s, b) => fmtDelta(s.whPerQueryEnd - b.whPerQueryEnd, fmtWh, 1e-5),
  },
  {
    label: "Microsoft's take, last year",
    value: (s) => fmtUsdB(s.msTakeLastYearUsdB),
    delta: (s, b) => fmtDelta(s.msTakeLastYearUsdB - b.msTakeLastYearUsdB, money, 0.05),
  },
  {
    label: 'Cumulative burn',
    value: (s) => fmtUsdB(s.cumulativeBurnUsdB),
    delta: (s, b) => fmtDelta(s.cumulativeBurnUsdB - b.cumulativeBurnUsdB, money, 0.05),
  },
  {
    label: 'Funding raised',
    value: (s) => fmtUsdB(s.cumulativeFundingUsdB),
    delta: (s, b) => fmtDelta(s.cumulativeFundingUsdB - b.cumulativeFundingUsdB, money, 0.05),
  },
];

/** Lever ids whose values (at their decimals) are not the same in every compared scenario. */
export function differingLevers(params: Readonly<Record<string, number>>[]) {
  return LEVERS.filter((l) => new Set(params.map((p) => formatLeverValue(l, p[l.id] ?? l.default))).size > 1);
}

export function CompareTables({ compared }: { compared: Compared[] }) {
  const base = compared[0].result.summary;
  const levers = differingLevers(compared.map((c) => c.params));
  return (
    // Scrolls sideways on a phone: focusable so the keyboard can scroll it too.
    <div className="compare-tables" role="region" aria-label="Levers and outputs compared" tabIndex={0}>
      <table className="compare-table" data-testid="compare-headlines">
        <caption>Headline outputs (Δ against scenario 1)</caption>
        <thead>
          <tr>
            <th scope="col">Output</th>
            {compared.map((c, i) => (
              <th key={i} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HEADLINES.map((h) => (
            <tr key={h.label}>
              <th scope="row">{h.label}</th>
              {compared.map((c, i) => {
                const d = i === 0 ? null : h.delta(c.result.summary, base);
                return (
                  <td key={i}>
                    {h.value(c.result.summary)}
                    {d && <span className="compare-delta"> ({d})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="compare-table" data-testid="compare-levers">
        <caption>
          {levers.length === 0 ? 'Every lever is the same in these scenarios' : `Levers that differ (${levers.length})`}
        </caption>
        {levers.length > 0 && (
          <>
            <thead>
              <tr>
                <th scope="col">Lever</th>
                {compared.map((c, i) => (
                  <th key={i} scope="col">
                    {c.name}
                  </th>
                ))}
                <th scope="col">Default</th>
              </tr>
            </thead>
            <tbody>
              {levers.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.label}</th>
                  {compared.map((c, i) => (
                    <td key={i}>{leverText(l, c.params[l.id] ?? l.default)}</td>
                  ))}
                  <td className="compare-default">{leverText(l, l.default)}</td>
                </tr>
              ))}
            </tbody>
          </>
        )}
      </table>
    </div>
  );
}
