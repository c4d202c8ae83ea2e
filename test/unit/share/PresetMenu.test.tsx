import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { PresetMenu } from '../../../src/ui/share';
import { PRESET_BY_ID, PRESETS } from '../../../src/url/presets';

beforeEach(resetStore);
afterEach(cleanup);

/** The popover the button controls, and its state changed the way the browser reports it (jsdom has no popover). */
function togglePopover(button: HTMLElement, newState: 'open' | 'closed'): HTMLElement {
  const popover = document.getElementById(button.getAttribute('popovertarget')!)!;
  act(() => {
    popover.dispatchEvent(Object.assign(new Event('toggle'), { newState }));
  });
  return popover;
}

describe('PresetMenu', () => {
  it('is a labelled select listing every preset, showing the baseline for the default scenario', () => {
    render(<PresetMenu />);
    const select = screen.getByLabelText('Preset') as HTMLSelectElement;
    expect(
      Array.from(select.options)
        .slice(1)
        .map((o) => o.text),
    ).toEqual(PRESETS.map((p) => p.title));
    expect(select.value).toBe('baseline');
  });

  it('choosing (arrowing through the list) only describes; Apply puts the preset on screen with its name', () => {
    render(<PresetMenu />);
    const select = screen.getByLabelText('Preset') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'bear' } });
    fireEvent.change(select, { target: { value: 'silicon-slips-18' } });
    expect(useAppStore.getState().params).toEqual(defaultParams());
    fireEvent.click(
      screen.getByRole('button', { name: `Apply the preset “${PRESET_BY_ID.get('silicon-slips-18')!.title}”` }),
    );
    expect(useAppStore.getState().params.chipSlipMonths).toBe(18);
    expect(useAppStore.getState().scenarioName).toBe(PRESET_BY_ID.get('silicon-slips-18')!.title);
    expect(select.value).toBe('silicon-slips-18');
    togglePopover(screen.getByRole('button', { name: 'About this preset' }), 'open');
    expect(screen.getByText(PRESET_BY_ID.get('silicon-slips-18')!.description)).toBeTruthy();
    expect(screen.getByText(/Sources:/).textContent).toContain('Reuters, 2025-02');
  });

  it('applying a preset replaces the whole scenario, not just its levers', () => {
    act(() => useAppStore.getState().setParam('pue', 1.5));
    render(<PresetMenu />);
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'microsoft-funds-stargate' } });
    fireEvent.click(screen.getByRole('button', { name: /^Apply/ }));
    const p = useAppStore.getState().params;
    expect(p.pue).toBe(defaultParams().pue);
    expect(p.stargateMicrosoftSharePct).toBe(100);
  });

  it('shows "Custom scenario" once a lever moves away from every preset', () => {
    render(<PresetMenu />);
    act(() => useAppStore.getState().setParam('pue', 1.5));
    expect((screen.getByLabelText('Preset') as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('option', { name: 'Custom scenario' })).toBeTruthy();
  });
});

describe('PresetMenu in a header', () => {
  // Esc, a click outside and focus going back to the button are the browser's: test/browser/dialogs.test.ts.
  it('keeps the description in a native popover behind the About button', () => {
    render(<PresetMenu />);
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'bear' } });
    const about = screen.getByRole('button', { name: 'About this preset' });
    expect(about.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(PRESET_BY_ID.get('bear')!.description)).toBeNull();
    const popover = togglePopover(about, 'open');
    expect(popover.getAttribute('popover')).toBe('auto');
    expect(about.getAttribute('aria-controls')).toBe(popover.id);
    expect(about.getAttribute('aria-expanded')).toBe('true');
    expect(within(popover).getByText(PRESET_BY_ID.get('bear')!.description)).toBeTruthy();
    togglePopover(about, 'closed');
    expect(screen.queryByText(PRESET_BY_ID.get('bear')!.description)).toBeNull();
    expect(about.getAttribute('aria-expanded')).toBe('false');
  });

  it('calls onApplied with the preset', () => {
    const applied: string[] = [];
    render(<PresetMenu onApplied={(p) => applied.push(p.id)} />);
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'bull' } });
    expect(applied).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Apply/ }));
    expect(applied).toEqual(['bull']);
    expect(screen.queryByText(/Sources:/)).toBeNull();
  });
});
