import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/export/deckTypes';
import { baselineDifference, deckDomains } from '../../../src/ui/present/deckScale';
import { CHART_SPECS } from '../../../src/ui/present/chartSpecs';
import { resultForLink } from '../../../src/ui/present/slideResult';

const deck = (freeAxes?: boolean): Deck => ({
  version: 1, title: 'Scale', freeAxes,
  slides: [
    { id: 'a', link: 'v=1', title: 'Baseline', charts: ['burn'], notes: '' },
    { id: 'b', link: 'v=1&f3=150', title: 'Worse', charts: ['burn', 'cost'], notes: '' },
    { id: 'c', link: 'v=1&f3=150', title: 'Raise', charts: ['cost'], notes: '' },
  ],
});

describe('one scale per chart across a deck', () => {
  it('gives every slide of a chart the union of their own y domains', () => {
    const size = { width: 480, height: 300 };
    const own = (link: string) => CHART_SPECS.burn.layout(resultForLink(link), size).panels.find((p) => p.id === 'cash')!.y as { domain(): [number, number] };
    const [a0, a1] = own('v=1').domain();
    const [b0, b1] = own('v=1&f3=150').domain();
    expect([a0, a1]).not.toEqual([b0, b1]); // on their own, the two slides would show different axes
    const domains = deckDomains(deck());
    expect(domains.burn?.cash).toEqual([-150, 200]); // −150…50 and 0…200, read off each slide alone
    expect(domains.burn?.cash).toEqual([Math.min(a0, b0), Math.max(a1, b1)]);
    // both slides, laid out with it, show the same cash axis
    const axis = (link: string) => (CHART_SPECS.burn.layout(resultForLink(link), size, null, { yDomains: domains.burn }).panels[0].y as { domain(): [number, number] }).domain();
    expect(axis('v=1')).toEqual(axis('v=1&f3=150'));
    expect(Object.keys(domains).sort()).toEqual(['burn', 'cost']);
  });

  it('a deck that frees its axes lets each slide fit itself', () => {
    expect(deckDomains(deck(true))).toEqual({});
  });

  it('says a slide\'s difference from its baseline in words', () => {
    const s = { ...resultForLink('v=1').summary, insolvencyMonth: 24339 };
    const b = { ...s, insolvencyMonth: 24333 };
    expect(baselineDifference('burn', s, b, 'Plan')).toBe('6 months later than “Plan”');
    expect(baselineDifference('burn', b, s, 'Plan')).toBe('6 months earlier than “Plan”');
  });
});
