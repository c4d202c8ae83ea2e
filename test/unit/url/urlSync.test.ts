// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGINE_VERSION } from '../../../src/engine/types';
import { defaultParams } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { resetLinkStore, useLinkStore } from '../../../src/store/linkSlice';
import { resetRecordStore, useRecordStore } from '../../../src/store/record';
import { commitHistory, commitHistoryStep, recordSettled, shareUrl, startUrlSync } from '../../../src/store/urlSync';
import { updateToCurrentRecord } from '../../../src/store/recordUpdate';
import { LINK_VERSION } from '../../../src/url/codec';

// every link this build writes names its record release after the version
const V = `v=${LINK_VERSION}.${ENGINE_VERSION}&rec=2026-12`;
let stop: (() => void) | null = null;

function open(search: string): void {
  window.history.replaceState(null, '', `/app/${search}`);
}

/** jsdom fires popstate after history.back() asynchronously. */
async function back(): Promise<void> {
  const done = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
  window.history.back();
  await done;
}

beforeEach(() => {
  resetStore();
  resetLinkStore();
  resetRecordStore();
  // a new entry drops the forward entries an earlier test's Back left (a push after them would
  // drop them too, and history.length would not grow by one), whatever order the tests run in
  window.history.pushState(null, '', '/app/');
  open('');
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('startUrlSync', () => {
  it('applies the link, reports its problems and unknown keys, and rewrites it canonically without them', async () => {
    // no rec=: made on the 2026-11 record, which loads before the link is rewritten
    open('?v=1.1&pue=abc&elec=0.120&foo=bar');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    await vi.waitFor(() => expect(useRecordStore.getState().loading).toBe(false), { timeout: 10_000 });
    expect(useAppStore.getState().params.electricityUsdPerKwh).toBe(0.12);
    expect(useAppStore.getState().params.pue).toBe(defaultParams().pue);
    const report = useLinkStore.getState();
    expect(report.problems).toMatchObject([{ key: 'pue', given: 'abc' }]);
    expect(report.unknown).toEqual([['foo', 'bar']]);
    expect(window.location.search).toBe(`?v=${LINK_VERSION}.${ENGINE_VERSION}&rec=2026-11&elec=0.12`);
    expect(window.location.pathname).toBe('/app/');
  });

  it("opens a link without rec on 2026-11's defaults; Update carries its own choices to 2026-12", async () => {
    open('?v=2.2&slip=18');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    await vi.waitFor(() => expect(useRecordStore.getState().release?.id).toBe('2026-11'), { timeout: 10_000 });
    // servingOverhead was 12.5 in 2026-11 and is 8.5 in 2026-12 (data/CHANGELOG.md)
    expect(useAppStore.getState().params.servingOverhead).toBe(12.5);
    expect(useAppStore.getState().params.chipSlipMonths).toBe(18);
    expect(window.location.search).toBe(`?v=${LINK_VERSION}.${ENGINE_VERSION}&rec=2026-11&slip=18`);
    updateToCurrentRecord(useAppStore);
    expect(useAppStore.getState().params.servingOverhead).toBe(8.5);
    expect(useAppStore.getState().params.chipSlipMonths).toBe(18);
    expect(useRecordStore.getState()).toMatchObject({ id: '2026-12', release: null, updated: { from: '2026-11' } });
    expect(window.location.search).toBe(`?${V}&slip=18`);
  });

  it('applies a link without rec only once 2026-11 has loaded: no scenario read on the current defaults comes first', async () => {
    open('?v=2.2&slip=18');
    const seen: number[][] = [];
    const unsubscribe = useAppStore.subscribe((s) => seen.push([s.params.servingOverhead, s.params.chipSlipMonths]));
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    // held: the store still has the page's initial scenario, and recordSettled waits
    expect(useRecordStore.getState().loading).toBe(true);
    expect(useAppStore.getState().params.chipSlipMonths).toBe(defaultParams().chipSlipMonths);
    let settled = false;
    const held = recordSettled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await held;
    unsubscribe();
    // servingOverhead was 12.5 in 2026-11 (8.5 in 2026-12): the one scenario applied is 2026-11's with the slip
    expect(seen).toEqual([[12.5, 18]]);
    // Back to it after a change applies at once: the release is kept
    useAppStore.getState().setParams({ ...useAppStore.getState().params, chipSlipMonths: 6 });
    commitHistory();
    await back();
    expect(useAppStore.getState().params).toMatchObject({ servingOverhead: 12.5, chipSlipMonths: 18 });
    expect(useRecordStore.getState()).toMatchObject({ loading: false, release: { id: '2026-11' } });
    // forward again, so no later entry is left for the next test
    const done = new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
    window.history.forward();
    await done;
    expect(useAppStore.getState().params.chipSlipMonths).toBe(6);
  });

  it('recordSettled resolves at once on the current record', async () => {
    open(`?${V}&slip=18`);
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    expect(useAppStore.getState().params.chipSlipMonths).toBe(18);
    await expect(recordSettled()).resolves.toBeUndefined();
  });

  it('opens a link with its name and its baseline, and writes both back', () => {
    open(`?${V}&slip=18&name=Chip%20slips&base=Dear%20power&b.elec=0.1`);
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    const s = useAppStore.getState();
    expect(s.scenarioName).toBe('Chip slips');
    expect(s.baseline).toMatchObject({ name: 'Dear power', result: null });
    expect(s.baseline?.params.electricityUsdPerKwh).toBe(0.1);
    expect(shareUrl()).toBe(
      `${window.location.origin}/app/?${V}&slip=18&name=Chip%20slips&base=Dear%20power&b.elec=0.1`,
    );
    useAppStore.getState().setScenarioName('Slip');
    useAppStore.getState().clearBaseline();
    expect(window.location.search).toBe(`?${V}&slip=18&name=Slip`);
  });

  it('names a link without a name from its levers: "Default scenario" only for the defaults', () => {
    open(`?${V}&slip=18`);
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    expect(useAppStore.getState().scenarioName).toBe('Custom scenario');
    useAppStore.getState().setParams(defaultParams());
    expect(useAppStore.getState().scenarioName).toBe('Default scenario');
  });

  it('keeps a value between slider steps exactly in the store and the address bar', () => {
    open('?v=1.1&mfu=0.09535&rec=2026-12');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    expect(useAppStore.getState().params.mfu).toBe(0.09535);
    expect(window.location.search).toBe(`?${V}&mfu=0.09535`);
  });

  it('leaves a bare address alone until something changes', () => {
    const spy = vi.spyOn(window.history, 'replaceState');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    expect(spy).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
  });

  it('replaces the URL only when the link text changes', () => {
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    const spy = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    useAppStore.getState().setParam('pue', 1.3);
    useAppStore.getState().setParam('pue', 1.3001); // snaps to the same value: no write
    useAppStore.getState().setParam('pue', 1.4);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe(`?${V}&pue=1.4`);
  });

  it('does not pass unknown keys of the opened link on, in the address bar or in Copy link', () => {
    open('?v=1.1&theme=dark&%3Cscript%3E=1&rec=2026-12');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    useAppStore.getState().setParam('pue', 1.3);
    expect(window.location.search).toBe(`?${V}&pue=1.3`);
    expect(shareUrl()).toBe(`${window.location.origin}/app/?${V}&pue=1.3`);
    expect(useLinkStore.getState().unknown).toEqual([
      ['theme', 'dark'],
      ['<script>', '1'],
    ]);
  });

  it('commitHistory pushes one entry per finished change, so Back steps to the scenario before the drag', async () => {
    open(`?${V}&pue=1.3`);
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    const length = window.history.length;
    for (const v of [1.31, 1.35, 1.42, 1.5]) useAppStore.getState().setParam('pue', v); // a drag
    commitHistory();
    commitHistory(); // nothing new: no second entry
    expect(window.history.length).toBe(length + 1);
    expect(window.location.search).toBe(`?${V}&pue=1.5`);
    await back();
    expect(window.location.search).toBe(`?${V}&pue=1.3`);
    expect(useAppStore.getState().params.pue).toBe(1.3);
  });

  it('arrow-key steps in quick succession are one entry; a step after a pause starts another', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    const at = (ms: number) => vi.setSystemTime(new Date(Date.parse('2026-12-01T10:00:00Z') + ms));
    open(`?${V}&pue=1.3`);
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    const push = vi.spyOn(window.history, 'pushState');
    commitHistoryStep(); // a key that moved nothing (Tab arriving): no entry and no run
    at(100);
    useAppStore.getState().setParam('pue', 1.31);
    commitHistoryStep(); // the run's first step: an entry at once
    expect(push).toHaveBeenCalledTimes(1);
    at(400);
    useAppStore.getState().setParam('pue', 1.32);
    commitHistoryStep();
    at(1100); // 700 ms after the last step: still the run
    useAppStore.getState().setParam('pue', 1.33);
    commitHistoryStep();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe(`?${V}&pue=1.33`);
    at(2000); // 900 ms later: a new run
    useAppStore.getState().setParam('pue', 1.34);
    commitHistoryStep();
    expect(push).toHaveBeenCalledTimes(2);
    await back();
    expect(useAppStore.getState().params.pue).toBe(1.33);
    await back();
    expect(useAppStore.getState().params.pue).toBe(1.3);
  });

  it('applies the scenario of the entry Back lands on without writing history', async () => {
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    useAppStore.getState().setParam('mfu', 0.2);
    commitHistory();
    useAppStore.getState().setParam('mfu', 0.3);
    commitHistory();
    const replace = vi.spyOn(window.history, 'replaceState');
    await back();
    expect(useAppStore.getState().params.mfu).toBe(0.2);
    await back();
    expect(useAppStore.getState().params.mfu).toBe(defaultParams().mfu);
    expect(replace).not.toHaveBeenCalled();
  });

  it('commits on its own after a pause when the UI does not', () => {
    vi.useFakeTimers();
    stop = startUrlSync(useAppStore, { autoCommitMs: 500 });
    const push = vi.spyOn(window.history, 'pushState');
    useAppStore.getState().setParam('pue', 1.3);
    vi.advanceTimersByTime(300);
    useAppStore.getState().setParam('pue', 1.4);
    vi.advanceTimersByTime(300);
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('a run of changes keeps one commit timer, re-armed for what is left, and commits a pause after the last', () => {
    vi.useFakeTimers();
    stop = startUrlSync(useAppStore, { autoCommitMs: 500 });
    const push = vi.spyOn(window.history, 'pushState');
    const arms = vi.spyOn(globalThis, 'setTimeout');
    // a change every 50 ms from 0 to 950 ms
    for (let i = 0; i < 20; i++) {
      useAppStore.getState().setParam('pue', 1.21 + i / 100);
      vi.advanceTimersByTime(50);
    }
    // armed at 0; at 500 ms the last change was at 450, so re-armed to 950; then to 1400; then to 1450
    vi.advanceTimersByTime(1449 - 1000);
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(push).toHaveBeenCalledTimes(1);
    expect(arms).toHaveBeenCalledTimes(4);
  });

  it('stops listening when unsubscribed', () => {
    const unsubscribe = startUrlSync(useAppStore, { autoCommitMs: 0 });
    unsubscribe();
    useAppStore.getState().setParam('pue', 1.3);
    expect(window.location.search).toBe('');
  });

  it('shareUrl gives the full link with v even for the default scenario', () => {
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    expect(shareUrl()).toBe(`${window.location.origin}/app/?${V}`);
    useAppStore.getState().setParam('pue', 1.3);
    expect(shareUrl()).toBe(`${window.location.origin}/app/?${V}&pue=1.3`);
  });
});

describe('startUrlSync with the Monte Carlo seed and N', () => {
  it("keeps the link's seed and n when nothing binds them", () => {
    open('?v=1.1&seed=7&n=500&rec=2026-12');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    useAppStore.getState().setParam('pue', 1.3);
    expect(window.location.search).toBe(`?${V}&pue=1.3&seed=7&n=500`);
    expect(useLinkStore.getState().unknown).toEqual([]);
  });

  it('reads into and writes from a binding', () => {
    let spec = { seed: 1, samples: 2000 };
    const listeners = new Set<() => void>();
    const binding = {
      get: () => spec,
      set: (s: typeof spec) => {
        spec = s;
        listeners.forEach((l) => l());
      },
      subscribe: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    };
    open('?v=1.1&seed=7&rec=2026-12');
    stop = startUrlSync(useAppStore, { autoCommitMs: 0, uncertainty: binding });
    expect(spec).toEqual({ seed: 7, samples: 2000 });
    binding.set({ seed: 9, samples: 4000 });
    expect(window.location.search).toBe(`?${V}&seed=9&n=4000`);
    expect(shareUrl()).toMatch(/&seed=9&n=4000$/);
  });
});

describe('startUrlSync and hash changes', () => {
  it('does not re-apply the scenario when only the hash changed', () => {
    open(`?${V}&pue=1.3`);
    stop = startUrlSync(useAppStore, { autoCommitMs: 0 });
    const params = useAppStore.getState().params;
    window.history.pushState(null, '', `/app/?${V}&pue=1.3#charts`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAppStore.getState().params).toBe(params);
  });
});
