import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { resetLinkStore, useLinkStore } from '../../../src/store/linkSlice';
import { SavedScenarios } from '../../../src/ui/share';
import { SavedPanel } from '../../../src/ui/share/SavedPanel';
import { SAVED_KEY } from '../../../src/url/saved';

beforeEach(() => {
  resetStore();
  resetLinkStore();
  localStorage.clear();
});
afterEach(cleanup);

function save(name: string) {
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Save current' }));
}

describe('SavedScenarios', () => {
  it('saves the scenario on screen, loads it back and deletes it', () => {
    render(<SavedPanel />);
    expect(screen.getByText('No saved scenarios yet.')).toBeTruthy();
    act(() => useAppStore.getState().setParam('pue', 1.5));
    save('High PUE');
    expect(screen.getByRole('status').textContent).toBe('Saved “High PUE”');
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!).scenarios[0]).toMatchObject({
      name: 'High PUE',
      link: expect.stringContaining('pue=1.5'),
    });

    act(() => useAppStore.getState().resetAll());
    fireEvent.click(screen.getByRole('button', { name: 'Load High PUE' }));
    expect(useAppStore.getState().params.pue).toBe(1.5);

    fireEvent.click(screen.getByRole('button', { name: 'Delete High PUE' }));
    expect(screen.getByText('No saved scenarios yet.')).toBeTruthy();
  });

  it('asks for a name', () => {
    render(<SavedPanel />);
    save('   ');
    expect(screen.getByText('Give the scenario a name.')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
  });

  it('says so when corrupt data is found, offers to clear it, and loses nothing else', () => {
    localStorage.setItem('someone.else', 'precious');
    localStorage.setItem(SAVED_KEY, '{"version":1,"scenarios":[{"name":<script>}]}');
    render(<SavedPanel />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/damaged/);
    save('x'); // refused while damaged
    expect(localStorage.getItem(SAVED_KEY)).toContain('<script>');
    fireEvent.click(within(alert).getByRole('button', { name: 'Clear saved scenarios' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem('someone.else')).toBe('precious');
    save('Fresh');
    expect(screen.getByText('Fresh')).toBeTruthy();
  });

  it('keeps working when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
    };
    render(<SavedPanel storage={blocked} />);
    expect(screen.getByRole('alert').textContent).toMatch(/does not let the page use local storage/);
    expect(screen.queryByRole('button', { name: 'Clear saved scenarios' })).toBeNull();
  });

  it('loading a scenario saved with an older engine says so in the link banner', () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify({
        version: 1,
        scenarios: [{ name: 'Old', link: 'v=1.0&pue=1.4', savedAt: '2025-01-01T00:00:00Z' }],
      }),
    );
    render(<SavedPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Load Old' }));
    expect(useAppStore.getState().params.pue).toBe(1.4);
    expect(useAppStore.getState().params.mfu).toBe(defaultParams().mfu);
    expect(useLinkStore.getState().engineNote).toMatch(/engine v0/);
  });
});

describe('SavedScenarios as a header menu', () => {
  // Opening, Esc, a click outside and focus going back to the button are the browser's: test/browser/dialogs.test.ts.
  it('is a native popover under its button, loads its panel when first opened, and reports loads by name', async () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify({ version: 1, scenarios: [{ name: 'A', link: 'v=1&pue=1.4', savedAt: '2025-01-01T00:00:00Z' }] }),
    );
    const loaded: string[] = [];
    render(<SavedScenarios onLoaded={(n) => loaded.push(n)} />);
    const button = screen.getByRole('button', { name: 'Saved ▾' });
    const popover = document.getElementById(button.getAttribute('popovertarget')!)!;
    expect(popover.getAttribute('popover')).toBe('auto');
    expect(button.getAttribute('aria-controls')).toBe(popover.id);
    // The panel (with the saved-scenario validator) is not loaded before the menu opens.
    expect(within(popover).queryByRole('button', { name: 'Load A', hidden: true })).toBeNull();
    // jsdom has no popover: the toggle event the browser sends on opening, by hand.
    act(() => {
      popover.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'open' }));
    });
    fireEvent.click(await within(popover).findByRole('button', { name: 'Load A', hidden: true }));
    expect(loaded).toEqual(['A']);
  });
});
