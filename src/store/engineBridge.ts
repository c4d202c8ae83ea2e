import type { ParamValues } from '../registry';
import type { AppStore } from './index';
import { EngineClient } from '../worker/engineClient';
import type { WorkerLike } from '../worker/protocol';

export interface BridgeOptions {
  createWorker: () => WorkerLike;
  timeoutMs?: number;
  /** How long a notice about the worker stays up. */
  noticeMs?: number;
}

/**
 * A baseline that arrives without its run (from a link, or restored by an undo after its run
 * was dropped) is run on a second worker, started only when first needed, so the main one
 * keeps following the sliders.
 */
function startBaselineRuns(store: AppStore, opts: BridgeOptions): () => void {
  let client: EngineClient | null = null;
  let asked: ParamValues | null = null;
  // Which baseline each run was for: a run that returns after the baseline changed is ignored.
  const forSeq = new Map<number, ParamValues>();
  const unsubscribe = store.subscribe(
    (s) => s.baseline,
    (baseline) => {
      if (!baseline || baseline.result || baseline.params === asked) return;
      asked = baseline.params;
      client ??= new EngineClient({
        createWorker: opts.createWorker,
        timeoutMs: opts.timeoutMs,
        onResult: (result, seq) => {
          const params = forSeq.get(seq);
          forSeq.delete(seq);
          if (params) store.getState().setBaselineResult(params, result);
        },
        onRestart: () => {},
        onRunError: (message) =>
          store.getState().setEngineNotice(`The pinned baseline could not be calculated (${message}).`),
      });
      forSeq.set(client.request(baseline.params), baseline.params);
    },
    { fireImmediately: true },
  );
  return () => {
    unsubscribe();
    client?.dispose();
  };
}

/**
 * Subscribes to the scenario's params and asks the worker for a run on every change; results
 * land in the result slice. Returns the client (for the test hook) and a stop function.
 */
export function startEngineBridge(store: AppStore, opts: BridgeOptions): { client: EngineClient; stop: () => void } {
  let noticeTimer: ReturnType<typeof setTimeout> | null = null;
  const notice = (text: string) => {
    store.getState().setEngineNotice(text);
    if (noticeTimer) clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => store.getState().setEngineNotice(null), opts.noticeMs ?? 8000);
  };
  const client = new EngineClient({
    createWorker: opts.createWorker,
    timeoutMs: opts.timeoutMs,
    onResult: (result, seq, ms, engineMs) => store.getState().setResult(result, seq, ms, engineMs),
    onRestart: (reason) => notice(`${reason}; restarted it and re-ran your scenario.`),
    onRunError: (message) => notice(`This scenario could not be calculated (${message}); showing the last result.`),
    onGiveUp: (reason) =>
      store
        .getState()
        .setEngineNotice(`${reason} again and again; the charts show the last result. Reload the page to try again.`),
  });
  const unsubscribe = store.subscribe(
    (s) => s.params,
    (params) => client.request(params),
    { fireImmediately: true },
  );
  const stopBaseline = startBaselineRuns(store, opts);
  return {
    client,
    stop: () => {
      unsubscribe();
      stopBaseline();
      if (noticeTimer) clearTimeout(noticeTimer);
      client.dispose();
    },
  };
}
