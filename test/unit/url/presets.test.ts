import { describe, expect, it } from 'vitest';
import presetsJson from '../../../data/presets.json';
import { ENGINE_VERSION } from '../../../src/engine/types';
import { defaultParams } from '../../../src/registry';
import { parseScenario, serializeScenario } from '../../../src/url/codec';
import { checkPresetsFile } from '../../../src/registry/dataSchemas';
import { buildPresets, PRESET_BY_ID, PRESETS, presetParams } from '../../../src/url/presets';

describe('presets', () => {
  it('has the article baseline and the scenarios the issue names', () => {
    for (const id of [
      'baseline',
      'microsoft-funds-stargate',
      'openai-investors-fund-stargate',
      'silicon-slips-18',
      'planb-aggressive',
      'bull',
      'bear',
    ]) {
      expect(PRESET_BY_ID.has(id), id).toBe(true);
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s parses with no problems, no unknown keys and no engine note',
    (_id, p) => {
      const r = parseScenario(p.link);
      expect(r.problems).toEqual([]);
      expect(r.unknown).toEqual([]);
      expect(r.engineNote).toBeNull();
    },
  );

  it.each(PRESETS.map((p) => [p.id, p] as const))("%s round-trips through the store's link unchanged", (_id, p) => {
    const params = presetParams(p);
    expect(parseScenario(serializeScenario(params, ENGINE_VERSION)).params).toEqual(params);
  });

  it('sets the levers each title promises', () => {
    expect(presetParams(PRESET_BY_ID.get('baseline')!)).toEqual(defaultParams());
    const ms = presetParams(PRESET_BY_ID.get('microsoft-funds-stargate')!);
    expect([ms.stargateMicrosoftSharePct, ms.stargateOpenAiSharePct]).toEqual([100, 0]);
    const oa = presetParams(PRESET_BY_ID.get('openai-investors-fund-stargate')!);
    expect([oa.stargateMicrosoftSharePct, oa.stargateOpenAiSharePct, oa.stargateCapexUsdB]).toEqual([0, 40, 500]);
    expect(presetParams(PRESET_BY_ID.get('silicon-slips-18')!).chipSlipMonths).toBe(18);
    expect(presetParams(PRESET_BY_ID.get('planb-aggressive')!).planBShiftPct).toBeGreaterThan(
      defaultParams().planBShiftPct,
    );
  });

  it('names the file, the field and the reason when the data is wrong', () => {
    const good = presetsJson[0];
    const parsePresets = (json: unknown) => buildPresets(checkPresetsFile(json));
    expect(() => parsePresets([{ ...good, title: 3 }])).toThrow(/data\/presets\.json: \[0\]\.title: /);
    expect(() => parsePresets([good, good])).toThrow('data/presets.json: [1] (baseline).id: duplicate id');
    expect(() => parsePresets([{ ...good, sources: ['nope'] }])).toThrow(
      /\.sources: no source "nope" in data\/sources\.json/,
    );
    expect(() => parsePresets([{ ...good, link: 'v=1&elec=9' }])).toThrow(/\.link: elec=9: outside the allowed range/);
    expect(() => parsePresets([{ ...good, link: 'v=1&zap=1' }])).toThrow(/\.link: unknown key "zap"/);
    expect(() => parsePresets({})).toThrow(/data\/presets\.json: \(root\): /);
  });
});
