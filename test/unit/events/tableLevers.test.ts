import { describe, expect, it } from 'vitest';
import { TABLE_LEVER_IDS, tableRows } from '../../../src/ui/events/eventRows';
import { defaultParams, LEVERS, type Params, type ParamValues } from '../../../src/registry';

/** The scenario as the events panel holds it: only the table's levers (EventsPanel's pick). */
function picked(p: Params): Params {
  return Object.fromEntries(TABLE_LEVER_IDS.map((id) => [id, p[id]])) as unknown as Params;
}

describe("the events table's levers (TABLE_LEVER_IDS)", () => {
  it('show the modelled rows of the defaults with their months: Broadcom both 2026-12, the Azure commitment 2026-01', () => {
    const rows = tableRows(picked(defaultParams()));
    const month = (id: string) => rows.find((r) => r.id === id)!.state.month;
    // 2026-12 is month index 2026 × 12 + 11 = 24323; 2026-01 is 24312
    expect(month('broadcom-phase1')).toBe(24323);
    expect(month('broadcom-options')).toBe(24323);
    expect(month('microsoft-azure-250b')).toBe(24312);
    expect(rows.some((r) => Number.isNaN(r.state.month) || Number.isNaN(r.state.usdB))).toBe(false);
  });

  it('give every row the state the whole scenario gives it, for every lever pushed to its max or min', () => {
    const base = defaultParams();
    const differ: string[] = [];
    for (const lever of LEVERS) {
      const p = { ...base } as ParamValues;
      p[lever.id] = base[lever.id] === lever.max ? lever.min : lever.max;
      if (JSON.stringify(tableRows(picked(p))) !== JSON.stringify(tableRows(p))) differ.push(lever.id);
    }
    expect(differ).toEqual([]);
  });

  it("follow a slipped chip: a 6-month slip puts Broadcom's rows in 2027-06", () => {
    const rows = tableRows(picked({ ...defaultParams(), chipSlipMonths: 6 }));
    expect(rows.find((r) => r.id === 'broadcom-phase1')!.state.month).toBe(2027 * 12 + 5);
  });
});
