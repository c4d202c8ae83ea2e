import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReported } from '../../../src/charts/reported';

describe('parseReported', () => {
  it('reads data/reported.json into the overlays, naming each source', () => {
    const r = parseReported(JSON.parse(readFileSync('data/reported.json', 'utf8')));
    expect(r.annualBurnUsdB.map((b) => b.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(r.whPerQuery.map((w) => w.value)).toEqual([0.24, 0.3, 0.31, 0.34, 2.9]);
    expect(r.cashUsdB[0]).toMatchObject({ month: '2025-06', value: 17.5 });
    expect(r.annualBurnUsdB[0].source).toMatch(/Reuters, 20 Feb 2026/);
    expect(r.annualBurnUsdB[1].source).toMatch(/The Information/);
  });
  it('names the file and the field when the file is wrong', () => {
    expect(() => parseReported({ annual: 'x', points: [], whPerQuery: [] })).toThrow(/^data\/reported\.json: annual: /);
  });
});
