// @vitest-environment node
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../support/cli';

interface Part {
  id: string;
  value: number;
}

describe('simulate on a record release', () => {
  it('--record 2026-11 --format link gives a link with rec=2026-11 that reproduces the same JSON', async () => {
    const link = await simulate('--record', '2026-11', '--set', 'chipSlipMonths=18', '--format', 'link');
    expect(link.code).toBe(0);
    expect(link.out.trim()).toBe('?v=2.3&rec=2026-11&slip=18');
    // the release's defaults, and the caveat of running it on today's engine
    expect(link.err).toContain('note: Record 2026-11 on the current engine: 17 levers added since');
    const direct = JSON.parse((await simulate('--record', '2026-11', '--set', 'chipSlipMonths=18')).out);
    const viaLink = JSON.parse((await simulate(link.out.trim())).out);
    expect(viaLink).toEqual(direct);
    expect(direct.record).toBe('2026-11');
    expect(direct.params.servingOverhead).toBe(12.5); // 2026-11's default (8.5 in 2026-12)
    const current = JSON.parse((await simulate('?v=2.3&rec=2026-12&slip=18')).out);
    expect(current.params.servingOverhead).toBe(8.5);
    expect(current.summary.minCashUsdB).not.toBe(direct.summary.minCashUsdB);
    // a link without rec was made on 2026-11
    expect(JSON.parse((await simulate('?v=2.2&slip=18')).out)).toEqual(direct);
  }, 90_000);

  it('an unknown release exits 2 naming the releases there are', async () => {
    const r = await simulate('--record', '2026-10');
    expect(r.code).toBe(2);
    expect(r.err).toBe('simulate: no record release "2026-10"; the releases are 2026-11, 2026-12\n');
    const link = await simulate('?v=2.3&rec=1999-01');
    expect(link.code).toBe(2);
    expect(link.err).toContain('rec="1999-01": no record release "1999-01" in this build');
  }, 30_000);

  it('--explain --against a 2026-11 link splits the change across releases by the defaults that changed', async () => {
    const r = await simulate('?v=2.3&rec=2026-12&slip=18', '--explain', '--against', '?v=2.2&slip=18');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out).attribution;
    expect(a.againstRecord).toBe('2026-11');
    const ids = a.parts.map((p: Part) => p.id).sort();
    // one input per changed default or event (data/CHANGELOG.md, release 2026-12): 8 levers, NVIDIA's LOI
    // and the AWS expansion's start month
    expect(ids).toEqual(
      [
        'aws-2026-expansion',
        'computePerQueryGrowthPct',
        'costGrowthDecayPct',
        'msRevShareCapUsdB',
        'nvidia-10gw-loi',
        'revenueGrowthDecayPct',
        'servingOverhead',
        'siliconCapexUsd',
        'trainingGrowthPct',
        'trainingKH100e',
      ].sort(),
    );
    const sum = a.parts.reduce((s: number, p: Part) => s + p.value, 0);
    expect(sum).toBeCloseTo(a.total, 6);
    expect(a.total).toBeCloseTo(a.scenario - a.reference, 9);
  }, 120_000);

  it('--explain --against preset:hsbc-2025-11 splits the gap to the view over its three levers', async () => {
    const r = await simulate('--explain', '--against', 'preset:hsbc-2025-11');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out).attribution;
    expect(a.against).toBe('HSBC (Nov 2025)');
    // data/presets.json: rgn=100&rgf=53&rdec=8
    expect(a.parts.map((p: Part) => p.id).sort()).toEqual([
      'rentDeclinePctPerYear',
      'revenueGrowthFloorPct',
      'revenueGrowthNextPct',
    ]);
    expect(a.parts.reduce((s: number, p: Part) => s + p.value, 0)).toBeCloseTo(a.total, 6);
    const bad = await simulate('--explain', '--against', 'preset:hsbc');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^simulate: no preset "hsbc"; the presets are baseline, openai-plan-2026q1, hsbc-2025-11, /,
    );
  }, 90_000);

  it('--format zip --output writes the data package of the link, on its record', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sim-')), 'p.zip');
    const r = await simulate('?v=2.2&slip=18', '--format', 'zip', '--output', file);
    expect(r.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'annual.csv',
      'events.csv',
      'figures.csv',
      'levers.csv',
      'monthly.csv',
      'scenario.json',
    ]);
    const readme = strFromU8(files['README.md']);
    expect(readme).toContain('- Link: ?v=2.3&rec=2026-11&slip=18');
    expect(readme).toContain('- Record release: 2026-11');
    expect(readme).toContain('Decoupling Dashboard, record 2026-11, engine v3.');
    expect(strFromU8(files['levers.csv'])).toContain('\nchipSlipMonths,');
    const missing = await simulate('--format', 'zip');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--format zip writes a file: give it with --output <file.zip>');
  }, 60_000);
});
