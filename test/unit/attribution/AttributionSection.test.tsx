import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { scenarioDiffers, selectScenarioDiffers } from '../../../src/store/baseline';
import { AttributionSection } from '../../../src/ui/attribution/AttributionSection';

beforeEach(() => resetStore());
afterEach(() => cleanup());

const card = () => screen.getByRole('heading', { level: 2, name: /^What moved it/ }).closest('section')!;

describe('"What moved it" while nothing differs', () => {
  it('keeps its place as the idle card: the same head, a one-input-tall plot, the note and the source', () => {
    render(<AttributionSection />);
    const c = card();
    expect(within(c).getByRole('heading', { level: 2 }).textContent).toBe('What moved it: nothing differs yet');
    expect(c.querySelector('.chart-subtitle')!.textContent).toBe(
      'Change in minimum cash ($B) against the sourced defaults, split among the inputs that differ',
    );
    // not the waterfall: the export and the slides look for data-chart="attribution"
    expect(c.getAttribute('data-chart')).toBeNull();
    // a one-input waterfall: 6 px top, two 38 px rows (the input and the total), 22 px axis
    expect((c.querySelector('.chart-plot') as HTMLElement).style.minHeight).toBe('104px');
    expect(c.querySelector('.chart-note')!.textContent).toMatch(/^Method: Shapley values over the changed inputs/);
    expect(c.querySelector('.chart-source')!.textContent).toMatch(/^Source: model: Shapley attribution/);
  });

  it('has a table (only the zero total) and an Output select that sets the output ahead of time', () => {
    render(<AttributionSection />);
    fireEvent.click(within(card()).getByRole('button', { name: 'Table' }));
    const table = within(card()).getByRole('table');
    expect(Array.from(table.querySelectorAll('tbody tr')).map((r) => r.textContent)).toEqual(['Total$0B']);
    fireEvent.change(within(card()).getByLabelText('Output'), { target: { value: 'insolvency' } });
    expect(useAppStore.getState().attributionOutput).toBe('insolvency');
    expect(card().querySelector('.chart-subtitle')!.textContent).toMatch(
      /^Change in months of cash \(months\) against/,
    );
    expect(Array.from(table.querySelectorAll('tbody tr')).map((r) => r.textContent)).toEqual(['Total0 mo']);
  });

  it('names a pinned baseline it matches', () => {
    const params = defaultParams();
    useAppStore.getState().setBaseline({ params, result: null, name: 'Plan A' });
    render(<AttributionSection />);
    expect(card().querySelector('.chart-subtitle')!.textContent).toMatch(/against the pinned baseline “Plan A”, split/);
  });
});

describe('whether the scenario differs', () => {
  it('counts any lever but the horizon, against the defaults or the pinned baseline', () => {
    const d = defaultParams();
    expect(scenarioDiffers(d, defaultParams())).toBe(false);
    expect(scenarioDiffers({ ...d, horizonMonths: d.horizonMonths + 12 }, d)).toBe(false);
    expect(scenarioDiffers({ ...d, msRevenueShare: 0.3 }, d)).toBe(true);
    const moved = { ...d, msRevenueShare: 0.3 };
    expect(selectScenarioDiffers({ params: moved, baseline: null })).toBe(true);
    expect(selectScenarioDiffers({ params: moved, baseline: { params: moved, result: null, name: 'b' } })).toBe(false);
  });
});
