import { describe, expect, it } from 'vitest';
import { burnNarrative } from '../../../src/charts/burn/narrative';
import { costNarrative } from '../../../src/charts/cost/narrative';
import { microsoftNarrative } from '../../../src/charts/microsoft/narrative';
import { powerNarrative } from '../../../src/charts/power/narrative';
import { START_MONTH } from '../../../src/registry/month';
import { makeResult } from './fixture';

// The fixture (test/unit/charts/fixture.ts): 24 months from Jan 2025, cash 19 − i ($B), burn $1B a
// month, $10B of funding, insolvent in month 19 (Aug 2026), "now" month 6 (Jul 2025).
const sentences = (text: string) => text.split(/(?<=\.) (?=[A-Z])/);

describe('chart narratives', () => {
  it('burn: when cash runs out, its extremes, and burn that never turns', () => {
    const text = burnNarrative(makeResult());
    expect(text).toBe(
      'Cash runs out in Aug 2026, 13 months after now (Jul 2025). ' +
        'Cash is highest at $19.0B in Jan 2025 and lowest at −$4.0B in Dec 2026; the heaviest monthly burn is $1.0B (Jan 2025). ' +
        'Burn stays positive throughout: $24.0B in all, against $10.0B of funding.',
    );
    expect(sentences(text)).toHaveLength(3);
  });

  it('burn: a solvent scenario names its low and the month burn turns negative', () => {
    // cash 30 − i to month 12, then up by 1 a month; burn turns negative in month 12 (Jan 2026)
    const r = makeResult(24, {
      cashUsdB: (i) => (i <= 12 ? 30 - i : 18 + (i - 12)),
      burnUsdB: (i) => (i < 12 ? 1 : -1),
    });
    r.summary = {
      ...r.summary,
      insolvencyMonth: null,
      breakevenMonth: START_MONTH + 12,
      minCashUsdB: 18,
      minCashMonth: START_MONTH + 12,
    };
    expect(burnNarrative(r)).toBe(
      'Cash stays above zero through Dec 2026; its low is $18.0B in Jan 2026. ' +
        'Cash is highest at $30.0B in Jan 2025 and lowest at $18.0B in Jan 2026; the heaviest monthly burn is $1.0B (Jan 2025). ' +
        'Burn first turns negative, cash coming in, in Jan 2026.',
    );
  });

  it('cost: now and end, a flat all-in line, and the month custom silicon first serves', () => {
    const text = costNarrative(makeResult());
    expect(text).toBe(
      'An all-in chat query costs 1.50¢ now (Jul 2025) and 1.00¢ in Dec 2026; the physics alone (energy, depreciation, rent) 0.300¢ → 0.210¢. ' +
        'The all-in cost holds near 1.20¢ throughout. ' +
        'At the start a query costs 0.330¢ on rented GPUs, 0.330¢ on owned GPUs and 0.330¢ on custom silicon, which first serves in Jan 2026.',
    );
    const noChip = makeResult(24, { siliconAccel: () => 0, costPerQueryAllInUsd: (i) => 0.02 - i * 0.0005 });
    expect(costNarrative(noChip)).toContain('highest at 2.00¢ in Jan 2025 and lowest at 0.85¢ in Dec 2026');
    expect(costNarrative(noChip)).toContain('which serves no query within the horizon.');
  });

  it('power: from start to end, idle capacity, energy per query now and at the end', () => {
    expect(powerNarrative(makeResult())).toBe(
      'Power in use goes from 500 MW in Jan 2025 to 1.6 GW in Dec 2026. 100 MW is paid for and idle throughout. ' +
        'A query takes 0.30 Wh now and 0.22 Wh at the end (published estimates 0.24–2.9 Wh).',
    );
    // a peak before the end, idle capacity peaking in month 5 (Jun 2025) and gone at the end
    const r = makeResult(24, {
      fleetMw: (i) => (i < 10 ? 500 + 100 * i : 1400 - 10 * (i - 10)),
      idleMw: (i) => (i < 20 ? 50 * Math.min(i, 5) : 0),
    });
    expect(powerNarrative(r)).toContain('to 1.3 GW in Dec 2026, after a peak of 1.4 GW in Oct 2025.');
    expect(powerNarrative(r)).toContain(
      'Capacity paid for but idle peaks at 250 MW in Jun 2025; none is idle at the end.',
    );
  });

  it('microsoft: the take, when the revenue share stops, the stake', () => {
    expect(microsoftNarrative(makeResult())).toBe(
      "Microsoft's take is $3.0B in the first year and the same in the last, with a peak month of $0.3B in Jan 2025. " +
        'The revenue share is paid from Jan 2025 to the end. Its stake is worth $40B at the start and $63B at the end (30.0%).',
    );
    const r = makeResult(24, { msRevShareUsdB: (i) => (i <= 15 ? 0.1 : 0) });
    r.summary = { ...r.summary, msTakeFirstYearUsdB: 3, msTakeLastYearUsdB: 1.2 };
    expect(microsoftNarrative(r)).toContain(
      "Microsoft's take shrinks from $3.0B in the first year to $1.2B in the last",
    );
    expect(microsoftNarrative(r)).toContain('The revenue share is paid from Jan 2025 and ends after Apr 2026.');
  });
});
