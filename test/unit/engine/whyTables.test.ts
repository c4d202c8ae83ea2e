import { describe, expect, it } from 'vitest';
import { CASH_LINES, DELIVERY, expectedSign, LINE_NAMES, SERIES_NAMES } from '../../../src/engine/whyTables';

describe('the names and directions the why sentences read', () => {
  it('every cash line with its sign on cash and the name a sentence gives it', () => {
    expect(CASH_LINES.map((l) => `${l.sign > 0 ? '+' : '−'} ${l.key}: ${l.name}`)).toEqual([
      '+ revenueUsdB: revenue',
      "+ reverseShareUsdB: Microsoft's reverse share",
      '+ resaleUsdB: resale of idle capacity',
      '− azureRentUsdB: Azure rent',
      "− otherRentUsdB: other clouds' rent",
      '− electricityUsdB: electricity',
      '− opexUsdB: staff and other opex',
      '− capexUsdB: capex paid',
      '− financingUsdB: financing payments',
      '− chipDesignUsdB: chip design',
      "− msRevShareUsdB: Microsoft's revenue share",
      "− msProfitShareUsdB: Microsoft's profit share",
      '+ fundingUsdB: funding',
      '+ backstopUsdB: backstop financing',
    ]);
    expect(Object.keys(LINE_NAMES)).toHaveLength(14);
  });

  it('the sign tables: + where raising the lever must not worsen cash, − where it must not improve it', () => {
    const plus = ['chipPerfPerWattGain', 'stargateMicrosoftSharePct', 'funding3UsdB', 'gb200.h100e', 'rubin.h100e'];
    const minus = [
      'pue',
      'serverWattsPerAccel',
      'electricityUsdPerKwh',
      'accelCapexUsd',
      'siliconCapexUsd',
      'stargateUsdBPerGw',
      'azureUsdPerGpuHour',
      'otherCloudUsdPerGpuHour',
      'chipSlipMonths',
      'msRevenueShare',
      'msRevShareCapUsdB',
      'msRevShareEndYear',
      'financingRatePct',
      'gb200.watts',
      'gb200.priceUsd',
    ];
    expect(plus.map(expectedSign)).toEqual(plus.map(() => 1));
    expect(minus.map(expectedSign)).toEqual(minus.map(() => -1));
    // not in the tables: none, a dotted event field included, and a field name alone is not a generation's
    expect(
      ['queryGrowthPct', 'aws-2025-11.usdB', 'gb200.firstMonth', 'h100e', 'watts', 'priceUsd'].map(expectedSign),
    ).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('what the capacity delivers and the non-cash series a sentence may name', () => {
    expect(DELIVERY).toEqual([
      ['idleMw', 'idle capacity'],
      ['researchH100e', 'compute for research'],
      ['trainingH100e', 'compute for training'],
      ['siliconAccel', 'custom-chip compute'],
      ['onDemandH100e', 'compute rented on demand'],
      ['whPerQueryBlended', 'Wh per query'],
      ['optionGw', 'options exercised'],
      ['fleetMw', 'power drawn'],
    ]);
    expect(SERIES_NAMES).toEqual({
      msTakeUsdB: "Microsoft's take",
      msStakePct: "Microsoft's stake",
      valuationUsdB: 'the valuation',
      msStakeValueUsdB: "the value of Microsoft's stake",
      depreciationUsdB: 'depreciation (an accounting figure, not cash)',
    });
  });
});
