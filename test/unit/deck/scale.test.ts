import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/model';
import { deckDomains } from '../../../src/deck/scale';
import { burnSpec } from '../../../src/charts/burn/spec';
import { CHART_SPECS } from '../../../src/charts/specs';
import { resultForLink } from '../../../src/deck/results';

// links name their record: one without rec reads 2026-11's defaults once another test has loaded it
const deck = (freeAxes?: boolean): Deck => ({
  version: 1,
  title: 'Scale',
  freeAxes,
  slides: [
    { id: 'a', link: 'v=2&rec=2026-12', title: 'Baseline', charts: ['burn'], notes: '' },
    { id: 'b', link: 'v=2&rec=2026-12&f3=200&f3m=2027-01', title: 'Worse', charts: ['burn', 'cost'], notes: '' },
    { id: 'c', link: 'v=2&rec=2026-12&f3=200&f3m=2027-01', title: 'Raise', charts: ['cost'], notes: '' },
  ],
});

describe('one scale per chart across a deck', () => {
  it('gives every slide of a chart the union of their own y domains', () => {
    const size = { width: 480, height: 300 };
    const own = (link: string) =>
      CHART_SPECS.burn.layout({ result: resultForLink(link), ...size }).panels.find((p) => p.id === 'cash')!.y as {
        domain(): [number, number];
      };
    const [a0, a1] = own('v=2&rec=2026-12').domain();
    const [b0, b1] = own('v=2&rec=2026-12&f3=200&f3m=2027-01').domain();
    expect([a0, a1]).not.toEqual([b0, b1]); // on their own, the two slides would show different axes
    const domains = deckDomains(deck());
    expect(domains.burn?.cash).toEqual([-100, 300]); // −100…150 and 0…300, read off each slide alone
    expect(domains.burn?.cash).toEqual([Math.min(a0, b0), Math.max(a1, b1)]);
    // both slides, laid out with it, show the same cash axis
    const axis = (link: string) =>
      (
        CHART_SPECS.burn.layout({ result: resultForLink(link), ...size, yDomains: domains.burn }).panels[0].y as {
          domain(): [number, number];
        }
      ).domain();
    expect(axis('v=2&rec=2026-12')).toEqual(axis('v=2&rec=2026-12&f3=200&f3m=2027-01'));
    expect(Object.keys(domains).sort()).toEqual(['burn', 'cost']);
  });

  it('a deck that frees its axes lets each slide fit itself', () => {
    expect(deckDomains(deck(true))).toEqual({});
  });

  it("says a slide's difference from its baseline in words", () => {
    const s = { ...resultForLink('v=2&rec=2026-12').summary, insolvencyMonth: 24339 };
    const b = { ...s, insolvencyMonth: 24333 };
    expect(burnSpec.difference(s, b, 'Plan')).toBe('6 months later than “Plan”');
    expect(burnSpec.difference(b, s, 'Plan')).toBe('6 months earlier than “Plan”');
  });
});
