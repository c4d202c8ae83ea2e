import { describe, expect, it } from 'vitest';
import { burnLayout } from '../../../src/charts/burn/burnLayout';
import type { ReferenceDraw } from '../../../src/charts/common/layoutTypes';
import { makeResult } from './fixture';

// the fixture runs 24 months from START_MONTH (Jul 2025): cash 19 → −4, burn $1B a month
const size = { width: 600, height: 240 };
const view: ReferenceDraw = {
  name: 'Test view, 2025',
  marks: [
    { kind: 'fundingGap', year: 2025, valueUsdB: -30, label: 'Test: $30B to raise by 2025', source: 'A source' },
    { kind: 'yearBurn', year: 2026, valueUsdB: 24, label: 'Test 2026: $24B burn', source: 'A source' },
    // ends after the horizon (Jun 2027): not drawn
    { kind: 'yearBurn', year: 2027, valueUsdB: 60, label: 'Test 2027: $60B burn', source: 'A source' },
  ],
};

describe('an outside view on the burn chart', () => {
  const result = makeResult(24);
  const plain = burnLayout({ result, ...size });
  const layout = burnLayout({ result, reference: view, ...size });
  const [cash, burn] = layout.panels;
  const r1 = (v: number) => Math.round(v * 10) / 10;

  it('draws its funding gap as cash at the end of the year, the cash axis reaching it', () => {
    const gap = cash.points.find((p) => p.label === 'Test: $30B to raise by 2025')!;
    expect(gap).toEqual({
      x: r1(layout.x(2025 * 12 + 11)),
      y: r1(cash.y(-30)),
      label: 'Test: $30B to raise by 2025',
      title: 'Test: $30B to raise by 2025, as cash of −$30.0B at the end of 2025 — A source',
      color: 'ink',
    });
    // the fixture's cash bottoms at −4: the axis is stretched to show −30 inside the panel
    expect(cash.y(-30)).toBeLessThanOrEqual(cash.bottom);
    expect(plain.panels[0].y(-30)).toBeGreaterThan(plain.panels[0].bottom);
  });

  it("draws each year's burn ÷ 12 in the horizon as a dashed step across its year, named once", () => {
    const step = burn.lines.find((l) => l.id === 'view-burn')!;
    // $24B in 2026 is $2B a month, from Jan 2026 to Jan 2027; 2027 ends after the horizon
    expect(step.d).toBe(`M${r1(layout.x(2026 * 12))},${r1(burn.y(2))}H${r1(layout.x(2027 * 12))}`);
    expect(step).toMatchObject({ color: 'ink', dashed: true });
    expect(burn.texts.map((t) => t.text)).toEqual(['– – Test view, 2025']);
    expect(burn.texts[0].title).toBe('Test 2026: $24B burn — A source');
  });

  it('draws nothing without a view', () => {
    expect(plain.panels[1].lines.map((l) => l.id)).not.toContain('view-burn');
    expect(plain.panels[0].points.filter((p) => p.color === 'ink')).toEqual([]);
  });
});
