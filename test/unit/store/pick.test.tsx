import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { pickFrom, usePick } from '../../../src/store/pick';

describe('pickFrom: the last selection while its fields hold', () => {
  it('keeps the object while every field is the same value, and gives a new one when one changed', () => {
    const pick = pickFrom((s: { a: number; b: number; c: number }) => ({ a: s.a, b: s.b }));
    const first = pick({ a: 1, b: 2, c: 3 });
    expect(first).toEqual({ a: 1, b: 2 });
    expect(pick({ a: 1, b: 2, c: 99 })).toBe(first);
    const moved = pick({ a: 1, b: 5, c: 99 });
    expect(moved).not.toBe(first);
    expect(moved).toEqual({ a: 1, b: 5 });
  });
});

describe('usePick with a zustand store', () => {
  const setup = () => {
    const useStore = create<{ a: number; b: number; other: number }>(() => ({ a: 1, b: 2, other: 0 }));
    const renders: { a: number; b: number }[] = [];
    const selectors = new Set<unknown>();
    function Probe() {
      const pick = usePick((s: { a: number; b: number }) => ({ a: s.a, b: s.b }));
      selectors.add(pick);
      const picked = useStore(pick);
      renders.push(picked);
      return (
        <p>
          {picked.a}/{picked.b}
        </p>
      );
    }
    const view = render(<Probe />);
    return { useStore, renders, selectors, view };
  };

  it('renders again for a picked field, not for another one', () => {
    const { useStore, renders, view } = setup();
    expect(renders).toHaveLength(1);
    act(() => useStore.setState({ other: 7 }));
    expect(renders).toHaveLength(1);
    act(() => useStore.setState({ b: 3 }));
    expect(renders).toHaveLength(2);
    expect(view.container.textContent).toBe('1/3');
  });

  it('hands the store hook one selector for the life of the component', () => {
    const { useStore, selectors } = setup();
    act(() => useStore.setState({ a: 4 }));
    act(() => useStore.setState({ b: 9 }));
    expect(selectors.size).toBe(1);
  });
});
