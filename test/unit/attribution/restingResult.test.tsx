import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../src/engine';
import { defaultParams } from '../../../src/registry';
import { useAppStore } from '../../../src/store';
import { useRestingResult } from '../../../src/ui/attribution/settledScenario';
import { SETTLE_MS } from '../../../src/ui/attribution/useAttribution';

function Probe() {
  const { result, moving } = useRestingResult();
  return (
    <p>
      {result
        ? `cash now ${result.summary.cashNowUsdB.toFixed(1)}, horizon ${result.months}${moving ? ', moving' : ''}`
        : 'none'}
    </p>
  );
}

describe('useRestingResult (a card below the charts redrawn when the levers rest)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    act(() => useAppStore.setState({ result: null }));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('takes the first result at once, then the last of a drag SETTLE_MS after it', () => {
    render(<Probe />);
    expect(screen.getByText('none')).toBeTruthy();
    const p = defaultParams();
    act(() => useAppStore.setState({ result: runScenario(p) }));
    expect(screen.getByText('cash now 108.4, horizon 72')).toBeTruthy();
    // a drag: three results in quick succession (horizons 60, 61, 62 months)
    for (const months of [60, 61, 62]) {
      act(() => useAppStore.setState({ result: runScenario({ ...p, horizonMonths: months }) }));
      act(() => vi.advanceTimersByTime(SETTLE_MS / 3));
    }
    expect(screen.getByText('cash now 108.4, horizon 72, moving')).toBeTruthy();
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(screen.getByText('cash now 108.4, horizon 62')).toBeTruthy();
  });
});
