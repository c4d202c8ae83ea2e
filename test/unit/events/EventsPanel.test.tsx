import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENTS, type LeverId } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { EventsPanel } from '../../../src/ui/events/EventsPanel';
import { LeverPanel } from '../../../src/ui/levers/LeverPanel';

beforeEach(() => resetStore());
afterEach(() => cleanup());

const params = () => useAppStore.getState().params;
/** The panel, found by its role and name once per render: a role query over the whole page each time was most of this file's time. */
let found: HTMLElement | null = null;
const region = () => {
  if (!found?.isConnected) found = screen.getByRole('region', { name: 'Funding and contracts' });
  return found;
};
const row = (id: string) => {
  const tr = region().querySelector<HTMLTableRowElement>(`tbody tr[data-event="${id}"]`);
  if (!tr) throw new Error(`no row ${id}`);
  return tr;
};
const bodyIds = () => Array.from(region().querySelectorAll('tbody tr')).map((tr) => tr.getAttribute('data-event'));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The button that stands in for a typed field until it is activated: its name is the label and the value. */
const shown = (id: string, label: string) =>
  within(row(id)).getByRole('button', { name: new RegExp(`^${escape(label)}: `) });
/** A typed field's text input: opened by clicking its button, as a person would, unless it is open already. */
function open(id: string, label: string): HTMLElement {
  const already = within(row(id)).queryByRole('textbox', { name: label });
  if (already) return already;
  fireEvent.click(shown(id, label));
  return within(row(id)).getByRole('textbox', { name: label });
}
/** Opens a field, types into it and presses Enter. */
function typeIn(id: string, label: string, text: string): void {
  const field = open(id, label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
}
const SB = 'softbank-2025-12';
const SB_CASH = 'SoftBank $22.5B: cash to OpenAI';

// each test renders the whole table (~100 rows, re-rendered per change): 5 s is short on a loaded 2-core machine
describe('events panel', { timeout: 20_000 }, () => {
  it("renders every row of data/events.json, with the record's month and amount", () => {
    render(<EventsPanel />);
    expect(EVENTS).toHaveLength(30);
    expect(bodyIds()).toHaveLength(30);
    for (const e of EVENTS) expect(row(e.id)).toBeTruthy();
    const softbank = row(SB);
    expect(shown(SB, 'SoftBank $22.5B: month the cash lands').textContent).toBe('2025-12');
    expect(shown(SB, SB_CASH).textContent).toBe('22.5');
    expect(shown(SB, SB_CASH).getAttribute('aria-label')).toBe('SoftBank $22.5B: cash to OpenAI: 22.5 $B');
    expect(within(softbank).getByRole('combobox', { name: 'SoftBank $22.5B: status' })).toHaveProperty(
      'value',
      'closed',
    );
    expect(within(softbank).getByRole('checkbox', { name: 'SoftBank $22.5B: counted' })).toHaveProperty(
      'checked',
      true,
    );
    // an owned purchase shows its GW, not dollars: AMD's binding first GW, and its later tranches as an option
    const amd = row('amd-1gw');
    expect(shown('amd-1gw', 'AMD 1 GW MI450 (binding): power').textContent).toBe('1.0');
    expect(within(row('amd-options')).getByRole('combobox', { name: 'AMD +5 GW (option): status' })).toHaveProperty(
      'value',
      'option',
    );
    expect(within(amd).queryByRole('button', { name: /cash to OpenAI|signed total/ })).toBeNull();
  });

  it('a typed field is a button drawn as the field until activated: no text input in the table at rest', () => {
    render(<EventsPanel />);
    expect(region().querySelectorAll('input[type="text"]')).toHaveLength(0);
    const field = open(SB, SB_CASH);
    expect(region().querySelectorAll('input[type="text"]')).toHaveLength(1);
    expect(field).toHaveProperty('value', '22.5');
    expect(document.activeElement).toBe(field);
    // Esc drops the draft and gives the focus back to the button
    fireEvent.change(field, { target: { value: '99' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(params()['softbank-2025-12.usdB']).toBe(22.5);
    expect(region().querySelectorAll('input[type="text"]')).toHaveLength(0);
    expect(document.activeElement).toBe(shown(SB, SB_CASH));
    // Enter applies and gives the focus back too
    typeIn(SB, SB_CASH, '25');
    expect(params()['softbank-2025-12.usdB']).toBe(25);
    expect(document.activeElement).toBe(shown(SB, SB_CASH));
    // leaving a field with nothing typed closes it
    fireEvent.blur(open(SB, SB_CASH));
    expect(region().querySelectorAll('input[type="text"]')).toHaveLength(0);
  });

  it('sorts by month, earliest first, and the header button reverses it', () => {
    render(<EventsPanel />);
    const header = screen.getByRole('columnheader', { name: /Month/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    let ids = bodyIds();
    expect(ids[0]).toBe('round-2024-10');
    expect(ids[ids.length - 1]).toBe('amazon-2026-conditional');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    ids = bodyIds();
    expect(ids.slice(0, 2)).toEqual(['amazon-2026-conditional', 'ipo-hypothetical']);
    expect(ids[ids.length - 1]).toBe('round-2024-10');
    fireEvent.click(within(header).getByRole('button'));
    expect(bodyIds()[0]).toBe('round-2024-10');
  });

  it('a typed amount sets <id>.usdB exactly as typed; out of range or not a number is refused with a message', () => {
    render(<EventsPanel />);
    typeIn(SB, SB_CASH, '30');
    expect(params()['softbank-2025-12.usdB']).toBe(30);
    expect(shown(SB, SB_CASH).textContent).toBe('30.0');
    // more digits than the slider's one decimal: kept, not rounded to 22.6
    typeIn(SB, SB_CASH, '22.55');
    expect(params()['softbank-2025-12.usdB']).toBe(22.55);
    expect(shown(SB, SB_CASH).textContent).toBe('22.55');
    // refused: the message shows and the field stays open with what was typed
    typeIn(SB, SB_CASH, '12,5');
    expect(params()['softbank-2025-12.usdB']).toBe(22.55);
    expect(within(row(SB)).getByRole('alert').textContent).toBe('not a number (expected digits, like 0.12 or 1.2e-1)');
    expect(open(SB, SB_CASH).getAttribute('aria-invalid')).toBe('true');
    expect(open(SB, SB_CASH)).toHaveProperty('value', '12,5');
    typeIn(SB, SB_CASH, '501');
    expect(params()['softbank-2025-12.usdB']).toBe(22.55);
    expect(within(row(SB)).getByRole('alert').textContent).toBe('outside the allowed range 0 to 500 $B');
    typeIn(SB, SB_CASH, '12.7');
    expect(params()['softbank-2025-12.usdB']).toBe(12.7);
    expect(within(row(SB)).queryByRole('alert')).toBeNull();
    expect(shown(SB, SB_CASH).textContent).toBe('12.7');
  });

  it('moving a month sets <id>.month; the row is marked edited and its reset restores the record', () => {
    render(<EventsPanel />);
    const month = open(SB, 'SoftBank $22.5B: month the cash lands');
    fireEvent.change(month, { target: { value: '2026-06' } });
    fireEvent.blur(month);
    expect(params()['softbank-2025-12.month']).toBe(2026 * 12 + 5);
    expect(within(row('softbank-2025-12')).getByText('edited')).toBeTruthy();
    expect(region().textContent).toContain('1 row edited.');
    fireEvent.click(
      within(row('softbank-2025-12')).getByRole('button', { name: 'Reset SoftBank $22.5B to the record' }),
    );
    expect(params()['softbank-2025-12.month']).toBe(2025 * 12 + 11);
    expect(within(row('softbank-2025-12')).queryByText('edited')).toBeNull();
  });

  it('status committed switches a hypothetical row on; hypothetical switches it off; conditional names its probability', () => {
    render(<EventsPanel />);
    const status = () => within(row('ipo-hypothetical')).getByRole('combobox', { name: 'IPO (hypothetical): status' });
    expect(params()['ipo-hypothetical.on']).toBe(0);
    fireEvent.change(status(), { target: { value: 'committed' } });
    expect(params()['ipo-hypothetical.status']).toBe(1);
    expect(params()['ipo-hypothetical.on']).toBe(1);
    expect(within(row('ipo-hypothetical')).getByRole('checkbox')).toHaveProperty('checked', true);
    fireEvent.change(status(), { target: { value: 'hypothetical' } });
    expect(params()['ipo-hypothetical.status']).toBe(3);
    expect(params()['ipo-hypothetical.on']).toBe(0);

    // Amazon's $35B: conditional, off, drawn by the Monte Carlo at 60%
    const amazon = row('amazon-2026-conditional');
    expect(amazon.textContent).toContain('the Monte Carlo draws it with probability');
    const AMAZON = 'amazon-2026-conditional';
    const P = 'Amazon $35B (if IPO/milestone): probability it happens';
    expect(shown(AMAZON, P).textContent).toBe('60');
    typeIn(AMAZON, P, '45');
    expect(params()['amazon-2026-conditional.probability']).toBe(0.45);
    typeIn(AMAZON, P, '45.5');
    expect(params()['amazon-2026-conditional.probability']).toBe(0.455);
    expect(shown(AMAZON, P).textContent).toBe('45.5');
    typeIn(AMAZON, P, '101');
    expect(params()['amazon-2026-conditional.probability']).toBe(0.455);
    expect(within(row(AMAZON)).getByRole('alert').textContent).toBe('outside the allowed range 0 to 100 %');
    fireEvent.change(within(row('amazon-2026-conditional')).getByRole('combobox'), { target: { value: 'closed' } });
    expect(params()['amazon-2026-conditional.on']).toBe(1);
    expect(params()['amazon-2026-conditional.status']).toBe(0);
  });

  it('the counted checkbox switches a row off and on', () => {
    render(<EventsPanel />);
    const box = within(row('aws-2025-11')).getByRole('checkbox', { name: 'AWS $38B: counted' });
    fireEvent.click(box);
    expect(params()['aws-2025-11.on']).toBe(0);
    fireEvent.click(box);
    expect(params()['aws-2025-11.on']).toBe(1);
  });

  it('Add a row uses the free added slots in order; Remove clears the slot; four at most', () => {
    render(<EventsPanel />);
    const add = screen.getByRole('button', { name: 'Add a row' });
    fireEvent.click(add);
    expect(params()['added-1.on']).toBe(1);
    expect(bodyIds()).toHaveLength(31);
    fireEvent.click(add);
    expect(params()['added-2.on']).toBe(1);
    // an added row is a funding row of $10B in 2027-01 until edited; make the first a contract
    const first = row('added-1');
    fireEvent.change(within(first).getByRole('combobox', { name: 'Added row 1: funding (0) or contract (1)' }), {
      target: { value: '1' },
    });
    expect(params()['added-1.kind']).toBe(1);
    typeIn('added-1', 'Added row 1: amount', '40');
    expect(params()['added-1.usdB']).toBe(40);
    fireEvent.click(within(row('added-1')).getByRole('button', { name: 'Remove Added row 1' }));
    expect(params()['added-1.on']).toBe(0);
    expect(params()['added-1.kind']).toBe(0);
    expect(params()['added-1.usdB']).toBe(10);
    expect(params()['added-2.on']).toBe(1);
    expect(bodyIds()).toHaveLength(31);
    // the freed first slot is used again, then slots 3 and 4; then the button is disabled
    fireEvent.click(add);
    fireEvent.click(add);
    fireEvent.click(add);
    expect([1, 2, 3, 4].map((n) => params()[`added-${n}.on` as LeverId])).toEqual([1, 1, 1, 1]);
    expect(add).toHaveProperty('disabled', true);
    expect(bodyIds()).toHaveLength(34);
  });

  it('rows the levers model are read-only: no inputs, the modelling levers named and one step away', () => {
    render(
      <>
        <LeverPanel />
        <EventsPanel />
      </>,
    );
    const modelled = EVENTS.filter((e) => e.modelledBy).map((e) => e.id);
    expect(modelled).toEqual([
      'oracle-abilene',
      'microsoft-azure-250b',
      'broadcom-phase1',
      'broadcom-options',
      'oracle-stargate-300b',
      'next-round-hypothetical',
    ]);
    for (const id of modelled) {
      expect(row(id).querySelectorAll('input, select')).toHaveLength(0);
    }
    expect(row('oracle-abilene').textContent).toContain('modelled by the Stargate levers');
    // the Stargate group sits under the collapsed "All assumptions"
    expect(screen.queryByRole('button', { name: /^Stargate & compute contracts/ })).toBeNull();
    fireEvent.click(
      within(row('oracle-abilene')).getByRole('button', { name: 'open levers that model Abilene 1.2 GW' }),
    );
    expect(screen.getByRole('button', { name: /^All assumptions/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /^Stargate & compute contracts/ }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(screen.getByRole('slider', { name: 'Stargate size' })).toBeTruthy();
  });

  it('the lever panel no longer lists the events group', () => {
    render(<LeverPanel />);
    fireEvent.click(screen.getByRole('button', { name: /^All assumptions/ }));
    expect(screen.getByRole('button', { name: /^Funding\d/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Funding and contracts/ })).toBeNull();
  });

  it('follows the store: an undo or a link that changes a row shows at once', () => {
    render(<EventsPanel />);
    act(() => useAppStore.getState().setParam('softbank-2025-12.usdB', 17.5));
    expect(shown(SB, SB_CASH).textContent).toBe('17.5');
  });
});
