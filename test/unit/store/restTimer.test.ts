import { afterEach, describe, expect, it, vi } from 'vitest';
import { restTimer } from '../../../src/store/restTimer';

afterEach(() => vi.useRealTimers());

describe('restTimer: one call once a run of pokes has rested', () => {
  it('calls once, ms after the last poke, with one timer re-armed for what is left', () => {
    vi.useFakeTimers();
    const arms = vi.spyOn(globalThis, 'setTimeout');
    const rested = vi.fn();
    const t = restTimer(500, rested);
    t.poke(); // 0 ms: armed for 500
    vi.advanceTimersByTime(100);
    t.poke(); // 100 ms: due at 600
    vi.advanceTimersByTime(100);
    t.poke(); // 200 ms: due at 700; the timer fires at 500 and re-arms for 200
    vi.advanceTimersByTime(499); // 699 ms
    expect(rested).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2); // 701 ms
    expect(rested).toHaveBeenCalledTimes(1);
    expect(arms).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(rested).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the waiting call; a later poke waits its own ms', () => {
    vi.useFakeTimers();
    const rested = vi.fn();
    const t = restTimer(500, rested);
    t.poke();
    vi.advanceTimersByTime(300);
    t.cancel();
    vi.advanceTimersByTime(1000); // 1300 ms
    expect(rested).not.toHaveBeenCalled();
    t.poke(); // due at 1800
    vi.advanceTimersByTime(499);
    expect(rested).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(rested).toHaveBeenCalledTimes(1);
  });

  it('dispose leaves no timer behind', () => {
    vi.useFakeTimers();
    const rested = vi.fn();
    const t = restTimer(500, rested);
    t.poke();
    expect(vi.getTimerCount()).toBe(1);
    t.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(rested).not.toHaveBeenCalled();
  });
});
