// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import release2026_11 from '../../../data/releases/2026-11.json';
import { runScenario } from '../../../src/engine';
import {
  dataPackageFiles,
  dataPackageName,
  dataPackageZip,
  PACKAGE_FILES,
  type DataPackageInput,
} from '../../../src/export/dataPackage';
import type { ParamValues } from '../../../src/registry';
import { buildRelease } from '../../../src/registry/releases';

const LINK = 'https://example.org/dashboard/?v=2.3&elec=0.12&rec=2026-11';
let input: DataPackageInput;
let unzipped: Record<string, string>;

beforeAll(() => {
  const record = buildRelease(release2026_11, '2026-11');
  const params: ParamValues = { ...record.params, electricityUsdPerKwh: 0.12 };
  input = {
    params,
    result: runScenario(params),
    link: LINK,
    scenarioName: 'Dear power',
    record: { id: record.id, defaults: record.params, info: record.info },
    engineVersion: 3,
    citation: '“Cash runs out”, scenario “Dear power”. Decoupling Dashboard. ' + LINK,
    date: '2026-12-07',
  };
  const files = unzipSync(dataPackageZip(input));
  unzipped = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
});

describe('data package (ZIP)', () => {
  it('holds the seven files, read back with fflate, the same text the builder gives', () => {
    expect(Object.keys(unzipped).sort()).toEqual([
      'README.md',
      'annual.csv',
      'events.csv',
      'figures.csv',
      'levers.csv',
      'monthly.csv',
      'scenario.json',
    ]);
    const files = dataPackageFiles(input);
    for (const name of PACKAGE_FILES) expect(unzipped[name]).toBe(files[name]);
    expect(dataPackageName(input)).toBe('decoupling-2026-11-2026-12-07.zip');
  });

  it('is a zip the system unzip reads: six files, no errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkg-'));
    const file = join(dir, 'p.zip');
    writeFileSync(file, dataPackageZip(input));
    const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test.status).toBe(0);
    expect(test.stdout).toContain('No errors detected');
    const readme = spawnSync('unzip', ['-p', file, 'README.md'], { encoding: 'utf8' });
    expect(readme.stdout).toBe(unzipped['README.md']);
  });

  it('README names the link, the record release, the engine, the citation, the licence and the low-confidence levers', () => {
    const readme = unzipped['README.md'];
    expect(readme).toContain(`- Link: ${LINK}`);
    expect(readme).toContain('- Record release: 2026-11');
    expect(readme).toContain('- Engine version: 3');
    expect(readme).toContain('Scenario: **Dear power**');
    expect(readme).toContain('## Citation\n\n“Cash runs out”, scenario “Dear power”.');
    expect(readme).toContain('CC BY 4.0');
    // caveats: servingOverhead is low in 2026-11 (calibration), at its 2026-11 default 12.5
    expect(readme).toContain(
      '- Serving overhead vs chat queries (`servingOverhead`): 12.5 ×; source: this dashboard, Calibrated so the default scenario',
    );
    // electricity is high (EIA): not a caveat
    expect(readme).not.toContain('`electricityUsdPerKwh`');
    for (const f of ['monthly.csv', 'annual.csv', 'events.csv', 'levers.csv', 'scenario.json'])
      expect(readme).toContain(`\`${f}\``);
  });

  it('levers.csv: value, default of the release, unit, source, as-of and confidence per lever', () => {
    const lines = unzipped['levers.csv'].trim().split('\n');
    expect(lines[0]).toBe('id,label,group,value,default,unit,source_id,source,as_of,confidence');
    expect(lines).toContain(
      'electricityUsdPerKwh,Electricity price,fleet,0.12,0.081,$/kWh,eia-industrial,"U.S. Energy Information Administration, Average price of electricity to industrial customers, 2023 (8.06 ¢/kWh)",2024-10,high',
    );
    const so = lines.find((l) => l.startsWith('servingOverhead,'))!;
    expect(so).toMatch(/^servingOverhead,Serving overhead vs chat queries,record,12\.5,12\.5,×,calibration,/);
    expect(so.endsWith(',2026-11,low')).toBe(true);
  });

  it('monthly, annual and events hold the run: 72 months, six years and a total, the AMD contract', () => {
    const monthly = unzipped['monthly.csv'].trim().split('\n');
    expect(monthly).toHaveLength(73);
    expect(monthly[1].startsWith('2025-01,')).toBe(true);
    expect(monthly[72].startsWith('2030-12,')).toBe(true);
    const annual = unzipped['annual.csv'].trim().split('\n');
    expect(annual.map((l) => l.split(',')[0])).toEqual([
      'year',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      'total',
    ]);
    const events = unzipped['events.csv'].trim().split('\n');
    expect(events[0]).toBe(
      'id,kind,counterparty,month,usdB,gw,status,counted,probability,exercisedGw,modelledBy,source_id',
    );
    expect(events.find((l) => l.startsWith('amd-1gw,'))).toMatch(
      /^amd-1gw,contract,AMD[^,]*,2026-07,0,1,committed,yes,/,
    );
    const json = JSON.parse(unzipped['scenario.json']);
    expect(json.record).toBe('2026-11');
    expect(json.link).toBe(LINK);
    expect(json.params.electricityUsdPerKwh).toBe(0.12);
    expect(json.params.servingOverhead).toBe(12.5);
  });

  it('one input gives the same bytes', () => {
    expect(dataPackageZip(input)).toEqual(dataPackageZip(input));
  });
});
