import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultParams, isLeverId, type ParamValues } from '../../src/registry';
import { WorkerRunner } from '../../src/runner';
import { spawnRunnerWorker } from '../../src/runner/spawn';
import { RunnerContext } from '../../src/ui/common/runnerContext';
import { UncertaintyPanel } from '../../src/ui/uncertainty';

const runner = new WorkerRunner({ spawn: spawnRunnerWorker });

/** The panel alone, as the dashboard will mount it: for screenshots and browser tests. */
function Harness() {
  const [params, setParams] = useState<ParamValues>(() => {
    const p = defaultParams();
    for (const [k, v] of new URLSearchParams(location.search)) if (isLeverId(k)) p[k] = Number(v);
    return p;
  });
  return (
    <UncertaintyPanel
      params={params}
      autoRun={new URLSearchParams(location.search).has('run')}
      onApplyLever={(id, value) => setParams((p) => ({ ...p, [id]: value }))}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RunnerContext value={runner}>
      <Harness />
    </RunnerContext>
  </StrictMode>,
);
