import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { useAppStore } from './store';
import { startEngineBridge } from './store/engineBridge';
import { quietHistory } from './store/quietHistory';
import { startUrlSync } from './store/urlSync';
import { createEngineWorker } from './worker/createWorker';
import { registerServiceWorker } from './offline/register';
import './styles.css';

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
const bridge = startEngineBridge(useAppStore, { createWorker: createEngineWorker });
window.__dashboard = {
  killWorker: () => bridge.client.killWorker(),
  store: useAppStore,
  restarts: () => bridge.client.restarts,
};

const queryClient = new QueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);

if (import.meta.env.PROD) void registerServiceWorker();
