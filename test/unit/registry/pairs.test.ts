import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultParams, pairProblem } from '../../../src/registry';
import { parseScenario } from '../../../src/url';

describe("Stargate's funder shares sum to at most 100%: refused with a message naming the other share", () => {
  it('the rule: with OpenAI at 19%, Microsoft may be 81% but not 82%', () => {
    const p = defaultParams();
    expect(p.stargateOpenAiSharePct).toBe(19);
    expect(pairProblem(p, 'stargateMicrosoftSharePct', 81)).toBeNull();
    expect(pairProblem(p, 'stargateMicrosoftSharePct', 82)).toEqual({
      max: 81,
      reason:
        'Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%)',
    });
    expect(pairProblem(p, 'electricityUsdPerKwh', 0.4)).toBeNull();
  });
  it('a link: the value is refused, named in the problems, and the default kept', () => {
    const r = parseScenario('?v=2&sgm=100');
    expect(r.params.stargateMicrosoftSharePct).toBe(0);
    expect(r.params.stargateOpenAiSharePct).toBe(19);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].key).toBe('sgm');
    expect(r.problems[0].reason).toMatch(/Stargate paid by OpenAI is 19%/);
    expect(r.fields.stargateMicrosoftSharePct).toEqual({
      status: 'invalid',
      given: '100',
      reason:
        'Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%); the default 0 is used',
    });
    expect(parseScenario('?v=2&sgo=0&sgm=100').problems).toEqual([]);
  });
  it('the CLI: exits 2 with one line naming the other share', () => {
    const r = spawnSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', '--set', 'stargateMicrosoftSharePct=90'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'simulate: stargateMicrosoftSharePct=90: Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%)',
    );
  }, 30_000);
});
