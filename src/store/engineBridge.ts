import type { ParamValues } from '../registry';
import type { ModelRunner, WorkerRunnerOptions } from '../runner';
import type { AppStore } from './index';

/**
 * What the page says about the scenarios' worker: a restart (the latest scenario is asked
 * again), and giving up. Handed to the runner when the page makes it.
 */
export function workerNotices(
  store: AppStore,
  noticeMs = 8000,
): Required<Pick<WorkerRunnerOptions, 'onRestart' | 'onGiveUp'>> & { notice: (text: string) => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const notice = (text: string) => {
    store.getState().setEngineNotice(text);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => store.getState().setEngineNotice(null), noticeMs);
  };
  return {
    notice,
    onRestart: (reason) => notice(`${reason}; restarted it and re-ran your scenario.`),
    onGiveUp: (reason) =>
      store
        .getState()
        .setEngineNotice(`${reason} again and again; the charts show the last result. Reload the page to try again.`),
  };
}

/**
 * Asks the runner for the scenario on screen on every change of its levers, and for the pinned
 * baseline when one arrives without its run (from a link, or restored by an undo after its run
 * was dropped): two named scenarios of one runner, each latest-wins. The screen's run comes
 * drawn: the charts' layouts for the page's view are computed beside the result, off the
 * page's thread. Results land in the store.
 */
export function startEngineBridge(
  store: AppStore,
  runner: ModelRunner,
  notice: (text: string) => void = (text) => store.getState().setEngineNotice(text),
): () => void {
  let gaveUp = false;
  // The store's resultSeq counts the screen's own questions, one per change of its levers (the
  // runner's sequence numbers are shared by every lane: a waterfall asked between two steps
  // would make a step look like two).
  let screenAsks = 0;
  const askNumber = new WeakMap<object, number>();
  const screen = runner.lane<'draw'>({
    onAnswer: ({ result, layouts }, _seq, { job, ms, engineMs }) =>
      store
        .getState()
        .setResult(result, askNumber.get(job) ?? 0, ms, engineMs, { layouts, view: job.view, baseline: job.baseline }),
    onError: (message) => {
      // after the worker gave up, its notice stays: every later scenario fails the same way
      if (message.endsWith('the calculation stopped')) gaveUp = true;
      if (!gaveUp) notice(`This scenario could not be calculated (${message}); showing the last result.`);
    },
  });
  // The run is for the baseline it was asked for (the same params object): one that returns
  // after the baseline changed is ignored by setBaselineResult.
  const baseline = runner.lane<'run'>({
    onAnswer: (result, _seq, { job }) => store.getState().setBaselineResult(job.params as ParamValues, result),
    onError: (message) => store.getState().setEngineNotice(`The pinned baseline could not be calculated (${message}).`),
  });
  const stopScreen = store.subscribe(
    (s) => s.params,
    (params) => {
      const { chartView, baseline: pinned } = store.getState();
      const job = {
        kind: 'draw',
        params,
        scenario: 'screen',
        view: chartView,
        baseline: pinned?.params ?? null,
      } as const;
      askNumber.set(job, ++screenAsks);
      screen.ask(job);
    },
    { fireImmediately: true },
  );
  let asked: ParamValues | null = null;
  const stopBaseline = store.subscribe(
    (s) => s.baseline,
    (b) => {
      if (!b || b.result || b.params === asked) return;
      asked = b.params;
      baseline.ask({ kind: 'run', params: b.params, scenario: 'baseline' });
    },
    { fireImmediately: true },
  );
  return () => {
    stopScreen();
    stopBaseline();
    screen.dispose();
    baseline.dispose();
  };
}
