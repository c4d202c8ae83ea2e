import { describe, expect, it } from 'vitest';
import { waterfallLayout, waterfallMarks } from '../../../src/charts/attribution/waterfallLayout';
import { fmtChange, waterfallTitle } from '../../../src/charts/attribution/words';

// Width 216 leaves a plot from x = 8 to x = 208 (8 px each side): 200 px for the domain.
const px = (b: { x0: number; x1: number }) => [Math.round(b.x0 * 100) / 100, Math.round(b.x1 * 100) / 100];

describe('waterfallLayout', () => {
  it('runs each bar from the total so far to the total after it, then the total from 0', () => {
    // +40 then −10: domain [0, 40], 5 px per $B
    const l = waterfallLayout({
      attribution: {
        output: 'minCash',
        total: 30,
        parts: [
          { id: 'slip', label: 'Chip slip', value: 40 },
          { id: 'elec', label: 'Electricity', value: -10 },
        ],
      },
      width: 216,
    });
    expect(l.bars.map((b) => b.id)).toEqual(['slip', 'elec', 'total']);
    expect(px(l.bars[0])).toEqual([8, 208]); // 0 → 40
    expect(px(l.bars[1])).toEqual([158, 208]); // 40 → 30
    expect(px(l.bars[2])).toEqual([8, 158]); // 0 → 30
    expect(l.bars.map((b) => b.color)).toEqual(['up', 'down', 'total']);
    expect(l.bars.map((b) => b.text)).toEqual(['Chip slip +$40.0B', 'Electricity −$10.0B', 'Total +$30.0B']);
    expect(l.zeroX).toBe(8);
    expect(l.xTicks.map((t) => t.label)).toEqual(['0', '$10', '$20', '$30', '$40']);
    // rows of 38 px from y = 6: the label line (16 px) then the bar (16 px)
    expect(l.bars.map((b) => b.y)).toEqual([22, 60, 98]);
    expect(l.bars[0].height).toBe(16);
    expect(l.connectors[0]).toEqual({ x: 208, y1: 38, y2: 60 });
  });

  it('draws a fall below zero leftwards from the zero line', () => {
    // −25 then +5: domain [−25, 0], 8 px per month
    const l = waterfallLayout({
      attribution: {
        output: 'insolvency',
        total: -20,
        parts: [
          { id: 'a', label: 'A', value: -25 },
          { id: 'b', label: 'B', value: 5 },
        ],
      },
      width: 216,
    });
    expect(px(l.bars[0])).toEqual([8, 208]); // 0 → −25
    expect(px(l.bars[1])).toEqual([8, 48]); // −25 → −20
    expect(px(l.bars[2])).toEqual([48, 208]); // 0 → −20
    expect(l.zeroX).toBe(208);
    expect(l.xTicks.map((t) => t.label)).toEqual(['−25', '−20', '−15', '−10', '−5', '0 mo']);
    expect(l.xTicks[0].pos).toBe(8);
    expect(l.unit).toBe('months');
    expect(l.bars[2].text).toBe('Total −20.0 mo');
  });

  it('states the largest part as the finding', () => {
    const a = {
      output: 'minCash' as const,
      total: 95,
      reference: 0,
      scenario: 95,
      method: '',
      parts: [
        { id: 'slip', label: 'Chip slip', value: 101.2 },
        { id: 'x', label: 'Electricity', value: -6.2 },
      ],
    };
    expect(waterfallTitle(a)).toBe('Chip slip moved minimum cash most: +$101B');
    expect(fmtChange('burn', -3.24)).toBe('−$3.2B');
    expect(fmtChange('minCash', -0.0042)).toBe('−$0.004B');
    expect(fmtChange('minCash', -2.8e-14)).toBe('$0B');
    expect(fmtChange('insolvency', 4)).toBe('+4.0 mo');
  });

  // issue 23, part 6: small totals and large ones, by hand (width 216: the plot runs x = 8 → 208)
  const one = (total: number) =>
    waterfallLayout({
      attribution: { output: 'minCash', total, parts: [{ id: 'a', label: 'A', value: total }] },
      width: 216,
    });
  it('draws a −$1M total as a sliver against a $1B axis, with distinct ticks', () => {
    const l = one(-0.001);
    // the span is widened to $1B away from zero: domain [−1, 0], 200 px per $B
    expect(l.x.domain()).toEqual([-1, 0]);
    expect(px(l.bars[1])).toEqual([207.8, 208]); // 0 → −0.001: 0.2 px, not the full 200
    expect(l.xTicks.map((t) => t.label)).toEqual(['−$1.0', '−$0.8', '−$0.6', '−$0.4', '−$0.2', '0']);
    expect(l.bars[1].text).toBe('Total −$0.001B');
    expect(waterfallMarks(l).panels[0].rows[1].width).toBe(1); // drawn one pixel wide, still visible
  });
  it('gives ticks of $0.5 steps their decimal: $1.5 is not rounded to $2', () => {
    const l = one(2.5);
    expect(l.x.domain()).toEqual([0, 2.5]);
    expect(l.xTicks.map((t) => t.label)).toEqual(['0', '$0.5', '$1.0', '$1.5', '$2.0', '$2.5']);
  });
  it('writes an axis that reaches $1.2T in trillions, each tick distinct', () => {
    const l = one(1200);
    expect(l.xTicks.map((t) => t.label)).toEqual(['0', '$0.2T', '$0.4T', '$0.6T', '$0.8T', '$1.0T', '$1.2T']);
    expect(px(l.bars[1])).toEqual([8, 208]);
  });
  it('a small change on both sides of zero: a $1B span centred on the data', () => {
    // +0.03 then −0.05: extent [−0.02, 0.03], widened by 0.95 to [−0.495, 0.505], nice → [−0.6, 0.6]
    const l = waterfallLayout({
      attribution: {
        output: 'minCash',
        total: -0.02,
        parts: [
          { id: 'a', label: 'A', value: 0.03 },
          { id: 'b', label: 'B', value: -0.05 },
        ],
      },
      width: 256, // 240 px (x = 8 → 248) over $1.2B: 200 px per $B, zero at x = 128
    });
    expect(l.x.domain()).toEqual([-0.6, 0.6]);
    expect(l.zeroX).toBe(128);
    expect(px(l.bars[0])).toEqual([128, 134]); // 0 → +0.03
    expect(l.xTicks.map((t) => t.label)).toEqual(['−$0.6', '−$0.4', '−$0.2', '0', '$0.2', '$0.4', '$0.6']);
  });
});
