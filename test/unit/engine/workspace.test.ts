/**
 * The workspace's layout, by hand: how long each array is, that the arrays are separate views of
 * one buffer each, and that a template is copied, not shared.
 */
import { describe, expect, it } from 'vitest';
import { createWorkingArea, createWorkspace, MAX_MONTHS } from '../../../src/engine/workspace';
import { SCHEDULE_FIELDS } from '../../../src/engine/schedules';
import { SERIES } from '../../../src/engine/types';

describe('workspace', () => {
  it('the longest horizon is the horizon lever’s maximum, 120 months', () => {
    expect(MAX_MONTHS).toBe(120);
  });

  it('working arrays: 19 scratch arrays and one per schedule field, each 121 slots, one after another', () => {
    const w = createWorkingArea();
    const scratch = Object.values(w.scratch);
    const schedules = Object.values(w.schedules);
    expect(scratch).toHaveLength(19);
    expect(schedules).toHaveLength(SCHEDULE_FIELDS.length);
    expect(w.workBuffer.length).toBe((19 + SCHEDULE_FIELDS.length) * 121);
    for (const a of [...scratch, ...schedules]) {
      expect(a.length).toBe(121);
      expect(a.buffer).toBe(w.workBuffer.buffer);
    }
    // each array starts where the one before ends: 8 bytes × 121 slots apart
    [...scratch, ...schedules].forEach((a, i) => expect(a.byteOffset).toBe(i * 121 * 8));
    expect(w.scratch.queries.byteOffset).toBe(0);
    expect(w.scratch.optSiliconDepr.byteOffset).toBe(18 * 121 * 8);
    // the schedules' part of the buffer starts after the 19 scratch arrays and runs to its end
    expect(w.schedulesBuffer.byteOffset).toBe(19 * 121 * 8);
    expect(w.schedulesBuffer.length).toBe(SCHEDULE_FIELDS.length * 121);
    w.schedules[SCHEDULE_FIELDS[0]][0] = 7;
    expect(w.schedulesBuffer[0]).toBe(7);
    expect(w.scratch.optSiliconDepr[120]).toBe(0);
  });

  it('output series: one array of `months` per series, in one buffer of their own, zeroed', () => {
    const ws = createWorkspace(5);
    expect(ws.months).toBe(5);
    expect(ws.buffer.length).toBe(SERIES.length * 5);
    const series = Object.values(ws.series);
    expect(series).toHaveLength(SERIES.length);
    series.forEach((a, i) => {
      expect(a.length).toBe(5);
      expect(a.byteOffset).toBe(i * 5 * 8);
      expect(a.buffer).toBe(ws.buffer.buffer);
    });
    expect(ws.buffer.every((v) => v === 0)).toBe(true);
    expect(ws.workBuffer.length).toBe((19 + SCHEDULE_FIELDS.length) * 121);
  });

  it('a template is copied in, and a given working area is shared, not rebuilt', () => {
    const template = Float64Array.from({ length: SERIES.length * 3 }, (_, i) => i + 1);
    const working = createWorkingArea();
    const ws = createWorkspace(3, working, template);
    expect(Array.from(ws.buffer)).toEqual(Array.from(template));
    // the second series starts at the template's fourth value
    expect(Array.from(ws.series[SERIES[1]])).toEqual([4, 5, 6]);
    ws.buffer[0] = -1;
    expect(template[0]).toBe(1);
    expect(ws.workBuffer).toBe(working.workBuffer);
    expect(ws.scratch).toBe(working.scratch);
    expect(ws.schedules).toBe(working.schedules);
    expect(ws.schedulesBuffer).toBe(working.schedulesBuffer);
  });
});
