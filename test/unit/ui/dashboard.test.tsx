import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEVER_BY_ID } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { startEngineBridge } from '../../../src/store/engineBridge';
import { inThread } from '../../../src/runner/inThread';
import { App } from '../../../src/App';
import { KpiStrip } from '../../../src/ui/kpi/KpiStrip';
import { LeverPanel } from '../../../src/ui/levers/LeverPanel';

/** The page's bridge to the engine, on the in-thread runner: the scenario is run whenever it changes. */
const runEngineInline = () => startEngineBridge(useAppStore, inThread);

// full renders with the real engine; generous when the suite runs on a busy 2-core machine
vi.setConfig({ testTimeout: 20_000 });

let stop: () => void;
beforeEach(() => {
  resetStore();
  stop = runEngineInline();
});
afterEach(() => {
  stop();
  cleanup();
  vi.unstubAllGlobals();
});

const slider = (name: string) => screen.getByRole('slider', { name });
/** Opens "All assumptions" and one group in it. */
const openGroup = (name: RegExp) => {
  fireEvent.click(screen.getByRole('button', { name: /All assumptions/ }));
  fireEvent.click(screen.getByRole('button', { name }));
};

describe('lever panel', () => {
  it("Escape closes the phone's lever sheet and focuses its handle, once a typed value was dropped", () => {
    render(<LeverPanel />);
    const handle = screen.getByRole('button', { name: 'Levers ▴' });
    fireEvent.click(handle);
    expect(handle.getAttribute('aria-expanded')).toBe('true');
    const field = screen.getByRole('textbox', { name: 'Chip slip' }) as HTMLInputElement;
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '7' } });
    // the first Escape drops what was typed and leaves the sheet open
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.value).toBe('0');
    expect(handle.getAttribute('aria-expanded')).toBe('true');
    // the second closes it
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(handle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(handle);
  });

  it('opens on the article\'s key levers, with every assumption behind a collapsed "All assumptions"', () => {
    render(<LeverPanel />);
    const key = screen.getByRole('button', { name: /Key levers/ });
    expect(key.getAttribute('aria-expanded')).toBe('true');
    for (const label of [
      'Custom chip arrival (planned)',
      'Chip slip',
      'Custom chip perf/W vs H100',
      'Stargate paid by OpenAI',
      'Revenue share to Microsoft',
      'Electricity price',
      'Next funding round',
    ]) {
      expect(screen.getByRole('slider', { name: new RegExp(`^${label.replace(/[()/]/g, '.')}`) })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: /All assumptions/ }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('slider', { name: 'Chat queries per day at start' })).toBeNull();
  });

  it('moving a slider updates the store and the runway KPI', () => {
    render(
      <>
        <LeverPanel />
        <KpiStrip />
      </>,
    );
    openGroup(/The record/);
    const before = screen.getByTestId('kpi-runway').textContent;
    fireEvent.change(slider('Revenue run-rate at start'), { target: { value: '12' } });
    expect(useAppStore.getState().params.revenueRunRateUsdB).toBe(12);
    expect(screen.getByTestId('kpi-runway').textContent).not.toBe(before);
    // the number field shows the same value at the lever's decimals
    expect(screen.getByRole('textbox', { name: 'Revenue run-rate at start' })).toHaveProperty('value', '12.0');
  });

  it('shows a reset mark only when a lever differs from its default, and resets it', () => {
    render(<LeverPanel />);
    openGroup(/The record/);
    const lever = LEVER_BY_ID.get('queriesPerDayB')!;
    expect(screen.queryByRole('button', { name: /Reset Chat queries per day/ })).toBeNull();
    fireEvent.change(slider(lever.label), { target: { value: '2.5' } });
    expect(useAppStore.getState().params.queriesPerDayB).toBe(2.5);
    fireEvent.click(screen.getByRole('button', { name: `Reset ${lever.label} to 1.0` }));
    expect(useAppStore.getState().params.queriesPerDayB).toBe(lever.default);
    expect(screen.queryByRole('button', { name: /Reset Chat queries per day/ })).toBeNull();
  });

  it('takes a typed value with every digit; refuses one out of range, naming the range', () => {
    render(<LeverPanel />);
    openGroup(/The record/);
    const field = screen.getByRole('textbox', { name: 'Chat queries per day at start' });
    const type = (text: string) => {
      fireEvent.focus(field);
      fireEvent.change(field, { target: { value: text } });
      fireEvent.keyDown(field, { key: 'Enter' });
    };
    type('2.35');
    expect(useAppStore.getState().params.queriesPerDayB).toBe(2.35);
    type('9');
    expect(useAppStore.getState().params.queriesPerDayB).toBe(2.35);
    expect(screen.getByRole('alert').textContent).toBe('outside the allowed range 0.2 to 5');
  });

  it('"The record" says it changes the record; the other levers act from the month after now', () => {
    render(<LeverPanel />);
    openGroup(/The record/);
    expect(screen.getByText(/^Changes the record: these levers move the months up to now/)).toBeTruthy();
  });

  it('refuses a Stargate share that would take the two over 100%, naming the other share', () => {
    render(<LeverPanel />);
    // a key lever: its row is open in "Key levers"
    const field = screen.getByRole('textbox', { name: 'Stargate paid by Microsoft' });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '90' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(useAppStore.getState().params.stargateMicrosoftSharePct).toBe(0);
    expect(screen.getByRole('alert').textContent).toBe(
      'Stargate paid by Microsoft can be at most 81% while Stargate paid by OpenAI is 19% (together at most 100%)',
    );
  });

  it('opens a collapsed group and counts the levers changed in it', () => {
    render(<LeverPanel />);
    fireEvent.click(screen.getByRole('button', { name: /All assumptions/ }));
    const toggle = screen.getByRole('button', { name: /^The record/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    // a month is typed as YYYY-MM and applies once it is whole
    const start = screen.getByRole('textbox', { name: LEVER_BY_ID.get('msRegime3Start')!.label });
    fireEvent.focus(start);
    fireEvent.change(start, { target: { value: '2027-0' } });
    expect(toggle.textContent).not.toContain('changed');
    fireEvent.change(start, { target: { value: '2027-03' } });
    expect(useAppStore.getState().params.msRegime3Start).toBe(2027 * 12 + 2);
    expect(toggle.textContent).toContain('1 changed');
  });
});

describe('baseline', () => {
  it('pinning a baseline shows deltas on the KPI tiles', () => {
    render(<KpiStrip />);
    act(() => useAppStore.getState().pinBaseline());
    expect(screen.getByTestId('kpi-runway').textContent).toContain('no change');
    act(() => useAppStore.getState().setParam('startingCashUsdB', 20));
    const delta = screen.getByTestId('kpi-runway').querySelector('.kpi-delta')!;
    expect(delta.textContent).toMatch(/^\+\d+(\.\d)? mo vs baseline$/);
  });
});

describe('App', () => {
  it('draws four charts with titles in words and says so when reported.json is missing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    );
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles.some((t) => /^Cash runs out in|^Solvent through/.test(t ?? ''))).toBe(true);
    expect(document.querySelectorAll('[data-chart]')).toHaveLength(4);
    await waitFor(() => expect(screen.getByTestId('data-notice').textContent).toMatch(/data\/reported\.json/));
    // the charts are still there without the overlay
    expect(document.querySelectorAll('[data-chart] path.line').length).toBeGreaterThan(4);
  });

  it('the Table toggle shows the data as an HTML table', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 200 })),
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>,
    );
    const burn = document.querySelector('[data-chart="burn"]') as HTMLElement;
    fireEvent.click(within(burn).getByRole('button', { name: 'Table' }));
    const table = within(burn).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Burn, $B' })).toBeTruthy();
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(5);
  });
});
