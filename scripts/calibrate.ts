import { defaultParams } from '../src/registry';
import { runScenario, annualLedger } from '../src/engine';
const p = defaultParams();
const r = runScenario(p);
const L = annualLedger(r.monthly, p.startingCashUsdB);
const m = r.monthly;
for (const [yi, y] of L.years.entries()) {
  const line = (k: keyof typeof L.rows) => L.rows[k][yi].toFixed(1);
  console.log(
    y,
    'rev',
    line('revenueUsdB'),
    'burn',
    line('burnUsdB'),
    'azure',
    line('azureRentUsdB'),
    'other',
    line('otherRentUsdB'),
    'elec',
    line('electricityUsdB'),
    'opex',
    line('opexUsdB'),
    'capex',
    line('capexUsdB'),
    'fin',
    line('financingUsdB'),
    'msrs',
    line('msRevShareUsdB'),
    'fund',
    line('fundingUsdB'),
    'cashEnd',
    L.endingCash[yi].toFixed(1),
  );
}
console.log(
  'cash Jun25',
  m.cashUsdB[5].toFixed(2),
  'wh0',
  m.whPerQueryGpu[0].toFixed(3),
  'accel0',
  m.demandAccel[0].toFixed(0),
  'mw0',
  m.fleetMw[0].toFixed(0),
);
console.log(JSON.stringify({ ...r.summary }, null, 0));
