import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { UncertaintyPanel } from '../../../src/ui/uncertainty';

const params = { ...defaultParams(), horizonMonths: 48 };

afterEach(cleanup);

// No runner is provided: the in-thread runner answers, in the protocol the page's workers speak.
describe('UncertaintyPanel', () => {
  it('runs the Monte Carlo on demand and shows titled fan, probability and histogram charts', async () => {
    render(<UncertaintyPanel params={params} spec={{ seed: 1, samples: 200 }} />);
    expect(screen.getByText(/Run the Monte Carlo/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByText(/200 samples in/)).toBeTruthy(), { timeout: 20000 });
    expect(screen.getByRole('heading', { name: /chance cash runs out by/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Median cash/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Most likely year to run out|No sample runs out/ })).toBeTruthy();
    // The burn toggle swaps the fan chart's series and title.
    fireEvent.click(screen.getByRole('button', { name: 'Burn' }));
    expect(screen.getByRole('heading', { name: /^Median burn peaks/ })).toBeTruthy();
    // The probability chart's table lists each year end.
    const card = screen.getByRole('heading', { name: /chance cash runs out by/ }).closest('section')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Table' }));
    expect(within(card).getByRole('table')).toBeTruthy();
    expect(within(card).getByText('Dec 2025')).toBeTruthy();
  }, 30000);

  it('refuses a sample count out of range and says why', () => {
    const onSpec = vi.fn();
    render(<UncertaintyPanel params={params} onSpecChange={onSpec} />);
    const n = screen.getByRole('spinbutton', { name: 'Samples' });
    fireEvent.change(n, { target: { value: '50000' } });
    expect(screen.getByText(/Samples: outside 100–20000/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Run' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(n, { target: { value: '5000' } });
    expect(onSpec).toHaveBeenLastCalledWith({ seed: 1, samples: 5000 });
  });

  it('cancels a run and keeps what had arrived', async () => {
    render(<UncertaintyPanel params={params} spec={{ seed: 2, samples: 20000 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(screen.getByText(/% — /)).toBeTruthy(), { timeout: 20000 });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByText(/Cancelled after/)).toBeTruthy());
  }, 30000);

  it('draws the tornado and answers a goal-seek question', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const onApply = vi.fn();
      const { container } = render(<UncertaintyPanel params={params} onApplyLever={onApply} />);
      await act(async () => {
        vi.advanceTimersByTime(300);
      });
      expect(screen.getByRole('heading', { name: /matters most/ })).toBeTruthy();
      fireEvent.change(screen.getByRole('combobox', { name: 'Lever' }), { target: { value: 'revenueGrowthNextPct' } });
      fireEvent.click(screen.getByRole('button', { name: 'Find value' }));
      // the runner answers after this task, as a worker would
      const answer = await waitFor(
        () => {
          const p = container.querySelector('.mc-answer p');
          if (!p) throw new Error('no answer yet'); // waitFor retries only while the callback throws
          return p;
        },
        { timeout: 15_000 },
      );
      // the defaults break even in 2030, so some revenue growth in 2027 reaches the goal year: a value and a Use button
      expect(answer.textContent).toMatch(/^Revenue growth in 2027 at (least|most) \d+ %\/yr.*breakeven/);
      fireEvent.click(screen.getByRole('button', { name: /^Use / }));
      expect(onApply).toHaveBeenCalledWith('revenueGrowthNextPct', expect.any(Number));
    } finally {
      vi.useRealTimers();
    }
  });

  it('edits a range: a valid edit becomes an override, a bad one says why, Reset removes it', () => {
    const onOverrides = vi.fn();
    const { rerender } = render(<UncertaintyPanel params={params} overrides={{}} onOverridesChange={onOverrides} />);
    const low = screen.getByRole('textbox', { name: /Load factor \(hours serving\): low/ });
    fireEvent.change(low, { target: { value: '0.45' } });
    fireEvent.blur(low);
    expect(onOverrides).toHaveBeenLastCalledWith({ loadFactor: { low: 0.45, high: 0.8, dist: 'uniform' } });
    fireEvent.change(low, { target: { value: '0.9' } });
    fireEvent.blur(low);
    expect(screen.getByRole('alert').textContent).toMatch(/low must not exceed high/);
    rerender(
      <UncertaintyPanel
        params={params}
        overrides={{ loadFactor: { low: 0.45, high: 0.8, dist: 'uniform' } }}
        onOverridesChange={onOverrides}
      />,
    );
    expect(screen.getByText(/1 edited/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onOverrides).toHaveBeenLastCalledWith({});
  });
});
