import { describe, expect, it } from 'vitest';
import reported from '../../../data/reported.json';
import { isReferenceView, parsePresetTargets, referenceMarks } from '../../../src/charts/burn/referenceView';

describe('reference views', () => {
  const targets = parsePresetTargets(reported.presetTargets);

  it("OpenAI's plan: its yearly burn 25/57/85/51 for 2026–2029 and cash in for 2030", () => {
    const marks = referenceMarks('openai-plan-2026q1', targets);
    expect(marks.map((m) => [m.kind, m.year, m.valueUsdB])).toEqual([
      ['yearBurn', 2026, 25],
      ['yearBurn', 2027, 57],
      ['yearBurn', 2028, 85],
      ['yearBurn', 2029, 51],
      ['yearBurn', 2030, -39],
    ]);
    expect(marks[1].label).toBe('OpenAI plan 2027: $57B burn');
    expect(marks[4].label).toBe('OpenAI plan 2030: $39B cash in');
    expect(marks[0].source).toBe('The Information (via The Decoder), 2026-02');
  });

  it('HSBC: the ~$207B it says OpenAI must raise by 2030, as cash of −$207B', () => {
    expect(referenceMarks('hsbc-2025-11', targets)).toEqual([
      expect.objectContaining({
        kind: 'fundingGap',
        year: 2030,
        valueUsdB: -207,
        label: 'HSBC: $207B to raise by 2030',
      }),
    ]);
  });

  it('names the views; a broken targets block is refused naming the file', () => {
    expect(isReferenceView('hsbc-2025-11')).toBe(true);
    expect(isReferenceView('bull')).toBe(false);
    expect(isReferenceView(null)).toBe(false);
    expect(() => parsePresetTargets({ 'hsbc-2025-11': [{ metric: 'x' }] })).toThrow(
      /^data\/reported\.json: presetTargets: hsbc-2025-11\[0\]\.year: /,
    );
  });
});
