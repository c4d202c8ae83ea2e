import { describe, expect, it } from 'vitest';
import { leversSetSince } from '../../../src/registry/lineage';
import { useAppStore } from '../../../src/store';

describe('the scenario slice makes each one-lever change with withLever', () => {
  it('a slider step and a reset are each one step back to the scenario before', () => {
    const before = useAppStore.getState().params;
    useAppStore.getState().setParam('pue', 1.35);
    const stepped = useAppStore.getState().params;
    expect(leversSetSince(before, stepped, 1)).toEqual(['pue']);
    useAppStore.getState().resetParam('pue');
    expect(leversSetSince(stepped, useAppStore.getState().params, 1)).toEqual(['pue']);
    expect(useAppStore.getState().params.pue).toBe(before.pue);
  });
});
