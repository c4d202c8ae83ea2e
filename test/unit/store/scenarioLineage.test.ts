import { describe, expect, it } from 'vitest';
import { leversSetSince } from '../../../src/registry/lineage';
import { useAppStore } from '../../../src/store';

describe('the scenario slice makes each one-lever change with withLever', () => {
  it('a slider step and a reset are each one step back to the scenario before', () => {
    // the store is shared with other test files of the run: start from the defaults
    useAppStore.getState().resetAll();
    const before = useAppStore.getState().params;
    expect(before.pue).toBe(1.2);
    useAppStore.getState().setParam('pue', 1.35);
    const stepped = useAppStore.getState().params;
    expect(leversSetSince(before, stepped, 1)).toEqual(['pue']);
    useAppStore.getState().resetParam('pue');
    expect(leversSetSince(stepped, useAppStore.getState().params, 1)).toEqual(['pue']);
    expect(useAppStore.getState().params.pue).toBe(1.2);
  });
});
