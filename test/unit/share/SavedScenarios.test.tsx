import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { resetLinkStore, useLinkStore } from '../../../src/store/linkSlice';
import { SavedScenarios } from '../../../src/ui/share';
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
    render(<SavedScenarios />);
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
    render(<SavedScenarios />);
    save('   ');
    expect(screen.getByText('Give the scenario a name.')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(localStorage.getItem(SAVED_KEY)).toBeNull();
  });

  it('says so when corrupt data is found, offers to clear it, and loses nothing else', () => {
    localStorage.setItem('someone.else', 'precious');
    localStorage.setItem(SAVED_KEY, '{"version":1,"scenarios":[{"name":<script>}]}');
    render(<SavedScenarios />);
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
    render(<SavedScenarios storage={blocked} />);
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
    render(<SavedScenarios />);
    fireEvent.click(screen.getByRole('button', { name: 'Load Old' }));
    expect(useAppStore.getState().params.pue).toBe(1.4);
    expect(useAppStore.getState().params.mfu).toBe(defaultParams().mfu);
    expect(useLinkStore.getState().engineNote).toMatch(/engine v0/);
  });
});

describe('SavedScenarios as a header menu', () => {
  it('is a disclosure that Esc closes, and reports loads by name', () => {
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify({ version: 1, scenarios: [{ name: 'A', link: 'v=1&pue=1.4', savedAt: '2025-01-01T00:00:00Z' }] }),
    );
    const loaded: string[] = [];
    const { container } = render(<SavedScenarios onLoaded={(n) => loaded.push(n)} />);
    const details = container.querySelector('details')!;
    fireEvent.click(screen.getByText('Saved ▾'));
    details.open = true;
    fireEvent.click(screen.getByRole('button', { name: 'Load A' }));
    expect(loaded).toEqual(['A']);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Load A' }), { key: 'Escape' });
    expect(details.open).toBe(false);
  });
});
