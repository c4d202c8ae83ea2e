import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode, useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { Lane, type JobKind, type LaneListener } from '../../../src/runner';
import { InThreadRunner, PageThread } from '../../../src/runner/inThread';
import type { Posted, Thread } from '../../../src/runner/thread';
import type { Job } from '../../../src/runner/protocol';
import { RunnerContext } from '../../../src/ui/common/runnerContext';
import { useAnalysisLane } from '../../../src/ui/common/runner';

/** The engine's own answers, each a task later, as a worker's come (the page's thread answers at once). */
class LaterThread implements Thread {
  private readonly page = new PageThread();
  post(seq: number, job: Job, posted: Posted): void {
    setTimeout(() => this.page.post(seq, job, posted), 0);
  }
  dispose(): void {}
}
class LaterRunner extends InThreadRunner {
  lane<K extends JobKind>(listener: LaneListener<K>): Lane<K> {
    return new Lane<K>(new LaterThread(), listener);
  }
}

/** A card that asks one run of the analysis lane and shows the cash now it answers. */
function Probe() {
  const [cash, setCash] = useState<string>('waiting');
  const [error, setError] = useState<string>('');
  const lane = useAnalysisLane<'run'>({
    onAnswer: (result) => setCash(result.summary.cashNowUsdB.toFixed(2)),
    onError: setError,
  });
  useEffect(() => {
    lane.ask({ kind: 'run', params: defaultParams() });
  }, [lane]);
  return (
    <p>
      cash now {cash}
      {error}
    </p>
  );
}

describe("useAnalysisLane (a card's lane on the analysis worker)", () => {
  afterEach(cleanup);

  it('answers under StrictMode, whose second run of the effects must get an open lane', async () => {
    render(
      <StrictMode>
        <RunnerContext.Provider value={new LaterRunner()}>
          <Probe />
        </RunnerContext.Provider>
      </StrictMode>,
    );
    // The defaults' cash at the end of Nov 2026 (the record): $108.39B.
    expect(await screen.findByText('cash now 108.39')).toBeTruthy();
  });

  it('answers without StrictMode too, and says nothing once the card is gone', async () => {
    const { unmount } = render(
      <RunnerContext.Provider value={new LaterRunner()}>
        <Probe />
      </RunnerContext.Provider>,
    );
    expect(await screen.findByText('cash now 108.39')).toBeTruthy();
    unmount();
    expect(screen.queryByText(/cash now/)).toBeNull();
  });
});
