import './styles.css'; // the base sheet first: components' sheets (imported below) refine it, in dev as in the build
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { useAppStore } from './store';
import { startEngineBridge, workerNotices } from './store/engineBridge';
import { quietHistory } from './store/quietHistory';
import { recordSettled, startUrlSync } from './store/urlSync';
import { WorkerRunner } from './runner';
import { spawnRunnerWorker } from './runner/spawn';
import { RunnerContext } from './ui/common/runnerContext';
import { registerServiceWorker } from './offline/register';

declare global {
  interface Window {
    /** Test hooks for the browser tests and the UI bench. */
    __dashboard?: { killWorker: () => void; store: typeof useAppStore; restarts: () => number };
  }
}

// The link's scenario is applied before the first run, so the first result is the linked one.
// Address-bar rewrites during a drag wait for a quiet moment (see quietHistory); commits do not.
const quiet = quietHistory(window);
startUrlSync(useAppStore, {
  window: quiet.win,
  uncertainty: {
    get: () => useAppStore.getState().uncertaintySpec,
    set: (spec) => useAppStore.getState().setUncertaintySpec(spec),
    subscribe: (onChange) => useAppStore.subscribe((s) => s.uncertaintySpec, onChange),
  },
});
quiet.startDeferring();
// One model runner for the page: the scenario on screen and the pinned baseline, the waterfall,
// compare, slides, exports and the uncertainty panel all ask it.
const notices = workerNotices(useAppStore);
const runner = new WorkerRunner({ spawn: spawnRunnerWorker, onRestart: notices.onRestart, onGiveUp: notices.onGiveUp });
window.__dashboard = {
  killWorker: () => runner.scenarios.kill(),
  store: useAppStore,
  restarts: () => runner.scenarios.restarts,
};

// A link on a past record (one without `rec` included) is read once that record has loaded: the
// first run, the first paint, a Monte Carlo run or a drag are all on the record the link names.
void recordSettled().then(() => {
  startEngineBridge(useAppStore, runner, notices.notice);
  const queryClient = new QueryClient();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RunnerContext value={runner}>
          <App />
        </RunnerContext>
      </QueryClientProvider>
    </StrictMode>,
  );
});

if (import.meta.env.PROD) void registerServiceWorker();
