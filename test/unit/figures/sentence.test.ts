import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine';
import { figureSentence } from '../../../src/figures/sentence';
import { defaultParams } from '../../../src/registry';

describe('copy as sentence', () => {
  it('says the figure, its basis, the record month, the scenario and its link', () => {
    const s = runScenario({ ...defaultParams(), chipSlipMonths: 24 }).summary;
    const text = figureSentence('insolvencyMonth', s, {
      scenarioName: 'Chip slips 2 years',
      link: 'https://example.org/?cs=24',
    });
    expect(text).toBe(
      // a 24-month slip leaves the month cash runs out at Aug 2028 (the attribution's why says so)
      `On the record through Nov 2026 and the scenario "Chip slips 2 years", OpenAI's cash runs out in Aug 2028, 21 months from now, without new funding (closed and committed money only) (Decoupling Dashboard, scenario "Chip slips 2 years", https://example.org/?cs=24).`,
    );
  });
  it('cash now from the defaults', () => {
    const s = runScenario(defaultParams()).summary;
    expect(figureSentence('cashNow', s, { scenarioName: null, link: 'L' })).toBe(
      `On the record through Nov 2026 and OpenAI's own plan, OpenAI held $108.4B in cash and securities at the end of Nov 2026 (Decoupling Dashboard, scenario "the defaults (OpenAI's own plan)", L).`,
    );
  });
});
