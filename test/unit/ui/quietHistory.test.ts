// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietHistory } from '../../../src/store/quietHistory';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('quietHistory', () => {
  it('is immediate until deferring starts, then writes only the last rewrite of a burst', () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(window.history, 'replaceState');
    const q = quietHistory(window, 150);
    q.win.history.replaceState(null, '', '/?a=1');
    expect(location.search).toBe('?a=1');
    q.startDeferring();
    for (let i = 2; i <= 20; i++) q.win.history.replaceState(null, '', `/?a=${i}`);
    expect(location.search).toBe('?a=1');
    vi.advanceTimersByTime(149);
    expect(location.search).toBe('?a=1');
    vi.advanceTimersByTime(1);
    expect(location.search).toBe('?a=20');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it("a drag's rewrites, 10 ms apart, keep one timer (re-armed, never cleared); the last is written 150 ms after it", () => {
    vi.useFakeTimers();
    const q = quietHistory(window, 150);
    q.startDeferring();
    const arms = vi.spyOn(globalThis, 'setTimeout');
    const clears = vi.spyOn(globalThis, 'clearTimeout');
    // 20 rewrites at 0, 10, ..., 190 ms: the timer armed at 0 fires at 150 and re-arms for the
    // rest (twice, at 150 and 300), never cleared; the last rewrite is due at 190 + 150 = 340 ms
    for (let i = 1; i <= 20; i++) {
      q.win.history.replaceState(null, '', `/?d=${i}`);
      vi.advanceTimersByTime(10);
    }
    expect(arms).toHaveBeenCalledTimes(2);
    expect(clears).not.toHaveBeenCalled();
    vi.advanceTimersByTime(139); // 339 ms
    expect(location.search).not.toBe('?d=20');
    vi.advanceTimersByTime(2); // 341 ms
    expect(location.search).toBe('?d=20');
  });

  it('writes a waiting rewrite before a push, so the entries keep their order', () => {
    vi.useFakeTimers();
    const q = quietHistory(window, 150);
    q.startDeferring();
    const before = history.length;
    q.win.history.replaceState(null, '', '/?a=committed');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    q.win.history.pushState(null, '', '/?a=new');
    expect(replace.mock.invocationCallOrder[0]).toBeLessThan(push.mock.invocationCallOrder[0]);
    expect(location.search).toBe('?a=new');
    expect(history.length).toBe(before + 1);
    vi.advanceTimersByTime(500);
    expect(location.search).toBe('?a=new');
  });

  it('drops a waiting rewrite on Back, which belonged to the entry being left', () => {
    vi.useFakeTimers();
    const q = quietHistory(window, 150);
    q.startDeferring();
    const seen: string[] = [];
    q.win.addEventListener('popstate', () => seen.push(location.search));
    q.win.history.replaceState(null, '', '/?a=dragging');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(500);
    expect(location.search).not.toBe('?a=dragging');
    expect(seen).toHaveLength(1);
  });

  it('does not rewrite an entry with the address it already holds (a commit after a quick drag)', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/?a=committed');
    const q = quietHistory(window, 150);
    q.startDeferring();
    q.win.history.replaceState(null, '', '/?a=dragging'); // waiting, never written
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    q.win.history.replaceState(null, '', '/?a=committed'); // the commit puts the entry back…
    q.win.history.pushState(null, '', '/?a=new'); // …and pushes the new one
    expect(replace.mock.calls).toEqual([]);
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?a=new');
    history.back();
  });
});
