import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckRecords, readSlideLink } from '../../../src/deck/records';
import { resultForLink } from '../../../src/deck/results';
import { exampleDeck } from '../../../src/deck/example';
import { defaultParams } from '../../../src/registry';

// servingOverhead: 12.5 in release 2026-11, 8.5 in 2026-12 (data/CHANGELOG.md)
describe('a slide runs on the record its link names, as the page does', () => {
  beforeAll(() => loadDeckRecords());

  it('a link without rec is read on 2026-11; rec=2026-12 on today’s defaults', () => {
    expect(readSlideLink('v=2.2&slip=18').params).toMatchObject({ servingOverhead: 12.5, chipSlipMonths: 18 });
    expect(readSlideLink('https://example.org/?v=2.3&rec=2026-11&slip=18').params).toMatchObject({
      servingOverhead: 12.5,
      chipSlipMonths: 18,
    });
    expect(readSlideLink('v=2.3&rec=2026-12&slip=18').params).toMatchObject({
      servingOverhead: 8.5,
      chipSlipMonths: 18,
    });
    // an empty link is today's defaults, as a bare address is
    expect(readSlideLink('').params).toEqual(defaultParams());
  });

  it('the slide’s run: no rec and rec=2026-11 give the same figures, rec=2026-12 others', () => {
    const none = resultForLink('v=2.2&slip=18').summary;
    const old = resultForLink('v=2.3&rec=2026-11&slip=18').summary;
    const now = resultForLink('v=2.3&rec=2026-12&slip=18').summary;
    expect(none.minCashUsdB).toBe(old.minCashUsdB);
    expect(none.insolvencyMonth).toBe(old.insolvencyMonth);
    expect(now.minCashUsdB).not.toBe(old.minCashUsdB);
  });

  it('the shipped example deck is made on today’s record: every link says rec=2026-12', () => {
    const links = exampleDeck().slides.map((s) => s.link);
    expect(links.length).toBe(5);
    expect(links.filter((l) => !l.includes('&rec=2026-12'))).toEqual([]);
  });
});
