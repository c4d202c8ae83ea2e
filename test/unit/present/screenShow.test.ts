import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useAppStore } from '../../../src/store';
import { screenShowDeck } from '../../../src/ui/present/slideFromScreen';

beforeEach(resetStore);

describe('Present with no deck', () => {
  it('shows the five charts ("Who holds the risk" last), and the waterfall after them only when a pinned baseline differs', () => {
    const s = useAppStore.getState;
    s().setParam('chipSlipMonths', 18);
    // against the defaults, with no baseline pinned: the five charts
    expect(screenShowDeck().slides[0].charts).toEqual(['burn', 'cost', 'power', 'microsoft', 'counterparties']);
    s().setBaseline({ params: { ...s().params }, result: null, name: 'Late chip' });
    // pinned, and nothing differs from it yet
    expect(screenShowDeck().slides[0].charts).toEqual(['burn', 'cost', 'power', 'microsoft', 'counterparties']);
    s().setParam('pue', 1.4);
    s().setAttributionOutput('burn');
    const slide = screenShowDeck().slides[0];
    expect(slide.charts).toEqual(['burn', 'cost', 'power', 'microsoft', 'counterparties', 'attribution']);
    expect(slide.waterfallOutput).toBe('burn');
    expect(slide.baseline).toMatch(/slip=18.*name=Late/);
    expect(slide.link).toMatch(/pue=1\.4/);
  });
});
