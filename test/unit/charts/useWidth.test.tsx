import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { useWidth } from '../../../src/charts/common/useWidth';

/** jsdom has no layout: the box is what getBoundingClientRect is told to say. */
let boxWidth = 700.4;
const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');

/** jsdom has no ResizeObserver: one that the test fires by hand. */
const observers: FakeObserver[] = [];
class FakeObserver {
  disconnected = false;
  constructor(readonly fire: () => void) {
    observers.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  observers.length = 0;
  rect.mockClear();
});

function Probe({ show, tick }: { show: boolean; tick: number }) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  return (
    <div>
      <span data-testid="w">{width}</span>
      {show && <div ref={ref} data-tick={tick} />}
    </div>
  );
}

it('measures an element attached after the first render, once, and not again on each render', () => {
  vi.stubGlobal('ResizeObserver', FakeObserver);
  rect.mockImplementation(() => ({ width: boxWidth, height: 30 }) as DOMRect);
  const view = render(<Probe show={false} tick={0} />);
  expect(screen.getByTestId('w').textContent).toBe('560');
  expect(rect).toHaveBeenCalledTimes(0);
  view.rerender(<Probe show tick={1} />);
  expect(screen.getByTestId('w').textContent).toBe('700');
  expect(rect).toHaveBeenCalledTimes(1);
  // a slider step re-renders the card: no layout is forced
  view.rerender(<Probe show tick={2} />);
  view.rerender(<Probe show tick={3} />);
  expect(rect).toHaveBeenCalledTimes(1);
  // the column grows: the observer says so, and the width follows
  boxWidth = 820;
  act(() => observers[0].fire());
  expect(screen.getByTestId('w').textContent).toBe('820');
  view.rerender(<Probe show={false} tick={4} />);
  expect(observers[0].disconnected).toBe(true);
  expect(screen.getByTestId('w').textContent).toBe('820');
});

it('keeps the fallback where the box has no width yet', () => {
  rect.mockImplementation(() => ({ width: 0, height: 0 }) as DOMRect);
  render(<Probe show tick={1} />);
  expect(screen.getByTestId('w').textContent).toBe('560');
});
