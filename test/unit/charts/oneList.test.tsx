/**
 * Adding a chart is one folder and one line (issue 26): this test adds a fake spec to the one
 * list in src/charts/specs.ts, the way a new chart's line would, and finds it in the grid,
 * compare, the slides, the exports, the print handout and the embed with nothing else touched.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/charts/specs', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/charts/specs')>();
  const power = real.CHART_SPECS.power;
  const fake = {
    ...power,
    id: 'fake',
    name: 'Fake chart',
    title: () => 'A fake finding',
    summary: () => 'A fake finding, said.',
    compare: { ...power.compare, label: 'Fake metric' },
  };
  const list = [...real.CHART_SPEC_LIST, fake]; // the one line a new chart adds
  return { ...real, CHART_SPEC_LIST: list, ...real.indexCharts(list) };
});

const { CHART_IDS } = await import('../../../src/charts/specs');
const { runScenario } = await import('../../../src/engine');
const { defaultParams } = await import('../../../src/registry');
const { resetStore, useAppStore } = await import('../../../src/store');
const { resetDeckStore, useDeckStore } = await import('../../../src/deck/store');
const { validateDeck } = await import('../../../src/deck/codec');
const { ChartsGrid } = await import('../../../src/ui/ChartsGrid');
const { ComparePanel } = await import('../../../src/ui/compare/ComparePanel');
const { SlideView } = await import('../../../src/ui/present/SlideView');
const { screenShowDeck } = await import('../../../src/ui/present/slideFromScreen');
const { ExportPopover } = await import('../../../src/ui/export/ExportPopover');
const { PrintHandout } = await import('../../../src/ui/export/PrintHandout');
const { parseEmbed } = await import('../../../src/embed/parse');

const withQuery = (node: ReactNode) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    {node}
  </QueryClientProvider>
);

beforeEach(() => {
  localStorage.clear();
  resetStore();
  resetDeckStore();
  vi.stubGlobal('fetch', () => new Promise(() => {})); // reported figures never arrive: charts draw without them
  act(() => useAppStore.getState().setResult(runScenario(defaultParams()), 1, 0));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a chart added to the one list', () => {
  it('is a chart id', () => {
    expect(CHART_IDS).toEqual(['burn', 'cost', 'power', 'microsoft', 'fake']);
  });

  it('is drawn in the grid, with its title, picture and source', () => {
    const { container } = render(withQuery(<ChartsGrid />));
    const card = container.querySelector<HTMLElement>('section[data-chart="fake"]')!;
    expect(within(card).getByRole('heading', { name: 'A fake finding' })).toBeTruthy();
    expect(card.querySelectorAll('svg path').length).toBeGreaterThan(0);
  });

  it('is overlaid in compare', () => {
    render(<ComparePanel />);
    const figure = document.querySelector('[data-compare-chart="fake"]')!;
    expect(figure.textContent).toContain('Fake chart');
    expect(figure.textContent).toContain('Fake metric');
  });

  it('is a step of the on-screen show, a chart a deck file may name, and a slide of its own', () => {
    const deck = screenShowDeck();
    expect(deck.slides[0].charts).toContain('fake');
    const read = validateDeck({
      version: 1,
      title: 'D',
      slides: [{ id: 's1', link: 'v=2', title: 'S', charts: ['fake'], notes: '' }],
    });
    expect(read.ok && read.deck.slides[0].charts).toEqual(['fake']);
    render(
      <SlideView
        slide={deck.slides[0]}
        index={0}
        total={1}
        chartStep={(deck.slides[0].charts as string[]).indexOf('fake')}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A fake finding');
    expect(document.querySelector('svg[data-chart="fake"]')).toBeTruthy();
  });

  it('is offered by the export menu, as PNG and SVG, and printed in the handout', () => {
    render(withQuery(<ExportPopover id="x" hasResult onDone={() => {}} />));
    expect(screen.getByRole('button', { name: 'Fake chart as PNG' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fake chart as SVG' })).toBeTruthy();
    cleanup();
    act(() => useDeckStore.getState().setHandoutOpen(true));
    render(withQuery(<PrintHandout />));
    expect(document.querySelector('[data-chart-print="fake"]')?.textContent).toContain('A fake finding');
  });

  it('can be embedded', () => {
    expect(parseEmbed('?chart=fake&v=2')).toMatchObject({ ok: true, chart: 'fake' });
  });
});
