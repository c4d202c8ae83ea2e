// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulate, spawnSimulate } from '../../support/cli';

describe('simulate CLI', () => {
  it('prints JSON with version, params, monthly, annual and summary', async () => {
    // the real command: a Node process running src/cli/simulate.ts under tsx
    const r = spawnSimulate('--set', 'electricityUsdPerKwh=0.12', '--set', 'chipArrival=2027-06');
    expect(r.code).toBe(0);
    // the in-process runner the other tests use prints the same
    expect(await simulate('--set', 'electricityUsdPerKwh=0.12', '--set', 'chipArrival=2027-06')).toEqual(r);
    const json = JSON.parse(r.out);
    expect(json.version).toBeGreaterThan(0);
    expect(json.params.electricityUsdPerKwh).toBe(0.12);
    expect(json.params.chipArrival).toBe('2027-06');
    expect(json.monthly).toHaveLength(72);
    expect(json.monthly[0].month).toBe('2025-01');
    expect(json.annual.map((a: { year: number | string }) => a.year)).toEqual([
      2025,
      2026,
      2027,
      2028,
      2029,
      2030,
      'total',
    ]);
    expect(json.summary.whPerQuery.gpu).toBeCloseTo(0.3008, 4);
    expect(json.summary.costPerQueryUsd.owned.energy).toBeCloseTo((0.30080889787664306 / 1000) * 0.12, 12);
    expect(json.summary.costPerQueryUsd.rented.rent).toBeGreaterThan(0);
    expect(json.summary.costPerQueryUsd.silicon.depreciation).toBeGreaterThan(0);
    expect(json.summary.insolvencyMonth === null || /^\d{4}-\d{2}$/.test(json.summary.insolvencyMonth)).toBe(true);
    expect('breakevenMonth' in json.summary && 'runwayMonths' in json.summary).toBe(true);
  }, 60_000);

  it('engine v3: compute split by what it served, options with what was exercised, the record fixed', async () => {
    const json = JSON.parse((await simulate()).out);
    expect(json.version).toBe(3);
    for (const a of json.annual) {
      // exact decimals: training + inference = compute, in every year and the total
      expect(a.trainingComputeUsdB + a.inferenceComputeUsdB).toBeCloseTo(a.computeUsdB, 6);
      expect(a.computeUsdB).toBeGreaterThan(0);
      expect('electricityUsdB' in a && 'burnUsdB' in a && 'endingCashUsdB' in a).toBe(true);
    }
    const options = json.events.filter((e: { status: string }) => e.status === 'option');
    expect(options.map((e: { id: string }) => e.id).sort()).toEqual([
      'amd-options',
      'broadcom-options',
      'nvidia-10gw-loi',
    ]);
    for (const o of options) expect(o.exercisedGw).toBeGreaterThanOrEqual(0);
    expect(options.find((e: { id: string }) => e.id === 'nvidia-10gw-loi')).toMatchObject({
      on: false,
      exercisedGw: 0,
    });
    expect(json.summary.nowMonth).toBe('2026-11');
    const dear = JSON.parse((await simulate('--set', 'electricityUsdPerKwh=0.4', '--set', 'chipSlipMonths=48')).out);
    expect(dear.summary.cashNowUsdB).toBe(json.summary.cashNowUsdB);
    expect(dear.summary.minCashUsdB).toBeLessThan(json.summary.minCashUsdB - 2);
  }, 30_000);

  it('reads a link and prints CSV with a month column', async () => {
    const r = await simulate('https://example.org/?v=1.1&elec=0.12&chip=2027-06', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0].startsWith('month,queriesPerDayB,')).toBe(true);
    expect(lines).toHaveLength(73);
    expect(lines[1].startsWith('2025-01,')).toBe(true);
  }, 30_000);

  it('prints the link of a scenario', async () => {
    const r = await simulate('--set', 'chipArrival=2027-06', '--set', 'electricityUsdPerKwh=0.12', '--format', 'link');
    expect(r.out.trim()).toMatch(/^\?v=\d+\.\d+&rec=2026-12&elec=0\.12&chip=2027-06$/);
    expect((await simulate('--format', 'link')).out.trim()).toMatch(/^\?v=\d+\.\d+&rec=2026-12$/);
  }, 30_000);

  it('exits 2 with one line naming an unknown id, an out-of-range value or a bad link', async () => {
    // the real command exits 2 …
    const unknown = spawnSimulate('--set', 'warpDrive=1');
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    expect(unknown.err).toContain('warpDrive');
    // … and the in-process runner reads the same status and line
    expect(await simulate('--set', 'warpDrive=1')).toEqual(unknown);
    const range = await simulate('--set', 'mfu=3');
    expect(range.code).toBe(2);
    expect(range.err).toMatch(/mfu="3": outside/);
    const link = await simulate('?v=1.1&elec=abc');
    expect(link.code).toBe(2);
    expect(link.err).toMatch(/elec="abc"/);
    // the page would open that link on the default; the line says the CLI refuses it
    expect(link.err).toMatch(/\nsimulate: invalid link, refused/);
    // a key the codec does not know (a typo) is refused too, not run as the default scenario
    const typo = await simulate('?v=2.3&rec=2026-12&elce=0.12');
    expect(typo).toEqual({
      code: 2,
      out: '',
      err: "simulate: invalid link, refused: keys not known here: elce (docs/MODEL.md lists each lever's key)\n",
    });
  }, 60_000);
});

describe('simulate preset:<id>', () => {
  it('runs a preset on the current record, as the page applies it, and names the presets when the id is wrong', async () => {
    const r = await simulate('preset:bear', '--format', 'link');
    expect(r).toEqual({
      code: 0,
      out: '?v=2.3&rec=2026-12&rgd=95&rgf=30&azh=3&slip=24&ppw=1.3&pb=50&pbs=2027-01\n',
      err: '',
    });
    const bad = await simulate('preset:nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^simulate: no preset "nope"; the presets are baseline, openai-plan-2026q1, /);
  }, 30_000);
});

describe('simulate --explain', () => {
  it('splits the change in minimum cash for a link with three changed levers into parts that sum to the total', async () => {
    const r = await simulate('?v=2&slip=18&elec=0.12&sgo=40', '--explain', '--format', 'json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out).attribution;
    expect(a.output).toBe('minCash');
    expect(a.against).toBe('the defaults of record 2026-11');
    expect(a.parts.map((p: { id: string }) => p.id).sort()).toEqual([
      'chipSlipMonths',
      'electricityUsdPerKwh',
      'stargateOpenAiSharePct',
    ]);
    const sum = a.parts.reduce((s: number, p: { value: number }) => s + p.value, 0);
    expect(Math.abs(sum - a.total)).toBeLessThanOrEqual(1e-9 * Math.abs(a.total));
  }, 60_000);
  it('explains against another link and another output, and refuses a bad one', async () => {
    const r = await simulate('?v=2&slip=18', '--explain', '--against', '?v=2&slip=6', '--output', 'burn');
    const a = JSON.parse(r.out).attribution;
    expect(a.output).toBe('burn');
    expect(a.parts).toHaveLength(1);
    expect(a.parts[0].value).toBeCloseTo(a.total, 9);
    const bad = await simulate('--explain', '--output', 'vibes');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--output takes minCash, endCash, insolvency, burn/);
  }, 60_000);
});

describe('simulate keeps what a link carries', () => {
  it('keeps the name, the pinned baseline and each value as typed', async () => {
    expect((await simulate('?v=2&name=My%20plan&slip=3&base=Plan&b.slip=1', '--format', 'link')).out.trim()).toBe(
      '?v=2.3&rec=2026-11&slip=3&name=My%20plan&base=Plan&b.slip=1',
    );
    expect((await simulate('--set', 'mfu=0.09535', '--format', 'link')).out.trim()).toBe(
      '?v=2.3&rec=2026-12&mfu=0.09535',
    );
    expect(JSON.parse((await simulate('--set', 'mfu=0.09535')).out).params.mfu).toBe(0.09535);
  }, 60_000);
  it('sets an event field and says which fields an event has', async () => {
    const moved = JSON.parse((await simulate('--set', 'softbank-2025-12.month=2026-06', '--set', 'amd-1gw.on=0')).out);
    const row = moved.events.find((e: { id: string }) => e.id === 'softbank-2025-12');
    expect(row).toMatchObject({ kind: 'funding', month: '2026-06', usdB: 22.5, status: 'closed', on: true });
    expect(moved.events.find((e: { id: string }) => e.id === 'amd-1gw').on).toBe(false);
    const bad = await simulate('--set', 'amd-1gw.size=2');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/event "amd-1gw" has no field "size"; its fields are on, month, status, gw/);
  }, 60_000);
});

describe('simulate CLI: who holds the risk', () => {
  it('gives one added contract its exposure by hand: $24B over 24 months from 2028-01, owed after 2028-08', async () => {
    // Ramp over the whole term: month j pays 24 × ((j + 1) / 24) / 12.5 = (j + 1) / 12.5 ($B), where
    // 12.5 = Σ_{j<24} (j + 1) / 24. After Aug 2028 (j = 7) months j = 8..23 remain: (9 + … + 24) / 12.5
    // = 264 / 12.5 = 21.12. Cash at Aug 2028 is below zero in this scenario, so none of it is covered.
    const r = await simulate(
      ...['--set', 'added-1.on=1', '--set', 'added-1.kind=1', '--set', 'added-1.usdB=24'],
      ...['--set', 'added-1.month=2028-01', '--set', 'added-1.termMonths=24', '--exposure-after', '2028-08'],
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.exposure.after).toBe('2028-08');
    expect(json.exposure.basis).toBe('chosen');
    expect(json.exposure.cashAtUsdB).toBeLessThan(0);
    const added = json.counterparties.find((c: { id: string }) => c.id === 'added');
    expect(added.exposureUsdB).toBeCloseTo(21.12, 9);
    expect(added.owedAfterUsdB).toBeCloseTo(21.12, 9);
    expect(added.paidByOpenAiUsdB).toBeCloseTo(24, 9);
    expect(added.roles).toEqual(['cloud']);
    // Per year: 2028 pays months j = 0..11, (1 + … + 12) / 12.5 = 6.24; 2029 the rest, 17.76.
    const year = (y: number) => added.years.find((r: { year: number }) => r.year === y);
    expect(year(2028).contractsUsdB).toBeCloseTo(6.24, 9);
    expect(year(2029).contractsUsdB).toBeCloseTo(17.76, 9);
  }, 30_000);

  it('gives counterparties, exposure and the losses by default; Microsoft at the $38B cap', async () => {
    const json = JSON.parse((await simulate()).out);
    expect(json.exposure.basis).toBe('insolvency');
    expect(json.exposure.after).toBe(json.summary.insolvencyMonth);
    const ms = json.counterparties.find((c: { id: string }) => c.id === 'microsoft');
    for (const key of [
      'id',
      'name',
      'roles',
      'paidByOpenAiUsdB',
      'paidToOpenAiUsdB',
      'stakePct',
      'exposureUsdB',
      'years',
    ])
      expect(ms).toHaveProperty(key);
    expect(ms.revShareUsdB).toBeCloseTo(38, 6);
    expect(json.microsoft.revShareCapUsdB).toBe(38);
    expect(json.monthly[0]).toHaveProperty('operatingLossUsdB');
    expect(json.monthly[0]).toHaveProperty('netLossUsdB');
    const y2025 = json.annual.find((a: { year: number }) => a.year === 2025);
    expect(y2025.nonCashUsdB).toBeCloseTo(41.55, 6);
    expect(y2025.netLossUsdB).toBeGreaterThan(y2025.operatingLossUsdB);
  }, 30_000);

  it('refuses a bad --exposure-after with one line', async () => {
    const bad = await simulate('--exposure-after', '2027-13');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('simulate: --exposure-after takes a month as YYYY-MM, got "2027-13"\n');
    const outside = await simulate('--exposure-after', '2024-12');
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/outside the scenario's horizon \(2025-01 to 2030-12\)/);
  }, 30_000);
});
