import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECK_KEY } from '../../../src/deck/model';
import { resetStore, useAppStore } from '../../../src/store';
import { resetDeckStore, useDeckStore } from '../../../src/deck/store';
import { DeckEditor } from '../../../src/ui/present/DeckEditor';
import { hydrateDeck } from '../../../src/deck/saved';
import { runScenario } from '../../../src/engine';
import { fmtMonth } from '../../../src/format';
import { parseScenario, queryPart } from '../../../src/url/codec';

beforeEach(() => {
  localStorage.clear();
  resetStore();
  resetDeckStore();
});
afterEach(cleanup);

const slides = () => screen.queryAllByTestId('deck-slide');
const titles = () => slides().map((li) => (within(li).getByLabelText(/^Scenario name/) as HTMLInputElement).value);
const saved = () => JSON.parse(localStorage.getItem(DECK_KEY)!);

function addScenario(name: string, pue?: number) {
  act(() => {
    useAppStore.getState().setScenarioName(name);
    if (pue !== undefined) useAppStore.getState().setParam('pue', pue);
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add the scenario on screen as a slide' }));
}

describe('DeckEditor', () => {
  it('adds the scenario on screen as a slide with its link, and saves the deck', () => {
    hydrateDeck();
    render(<DeckEditor />);
    expect(screen.getByText(/No slides yet/)).toBeTruthy();
    addScenario('High PUE', 1.5);
    expect(titles()).toEqual(['High PUE']);
    expect(within(slides()[0]).getByText(/pue=1\.5/)).toBeTruthy();
    expect(saved().slides[0]).toMatchObject({
      title: 'High PUE',
      link: expect.stringContaining('pue=1.5'),
      charts: ['burn'],
      notes: '',
    });
  });

  it('reorders with buttons, edits title, charts and notes, and deletes', () => {
    hydrateDeck();
    render(<DeckEditor />);
    addScenario('First');
    addScenario('Second');
    addScenario('Third');
    fireEvent.click(screen.getByRole('button', { name: 'Move Third up' }));
    expect(titles()).toEqual(['First', 'Third', 'Second']);
    expect((screen.getByRole('button', { name: 'Move First up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move First down' }));
    expect(titles()).toEqual(['Third', 'First', 'Second']);

    const first = slides()[1];
    fireEvent.change(within(first).getByLabelText(/^Scenario name/), { target: { value: 'First, renamed' } });
    fireEvent.click(within(first).getByLabelText('Power per inference'));
    fireEvent.change(within(first).getByLabelText('Speaker notes'), { target: { value: 'Say this.' } });
    expect(saved().slides[1]).toMatchObject({ title: 'First, renamed', charts: ['burn', 'power'], notes: 'Say this.' });
    // The last chart of a slide cannot be unticked.
    fireEvent.click(within(first).getByLabelText('Burn & cash'));
    expect((within(first).getByLabelText('Power per inference') as HTMLInputElement).disabled).toBe(true);

    act(() => useAppStore.getState().setParam('pue', 1.4));
    fireEvent.click(
      screen.getByRole('button', { name: 'Replace the scenario of First, renamed with the one on screen' }),
    );
    expect(saved().slides[1].link).toMatch(/pue=1\.4/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Third' }));
    expect(titles()).toEqual(['First, renamed', 'Second']);
    expect(saved().slides.map((s: { title: string }) => s.title)).toEqual(['First, renamed', 'Second']);
  });

  it('lists the note placeholders and shows the notes filled from the slide, an unknown name flagged', () => {
    hydrateDeck();
    render(<DeckEditor />);
    addScenario('High PUE', 1.5);
    const row = slides()[0];
    const notes = within(row).getByLabelText('Speaker notes');
    expect(notes.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(notes.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toMatch(/\{insolvencyMonth\}, \{runwayMonths\}, \{costPerQueryAllIn\}/);
    fireEvent.change(notes, { target: { value: 'Out of cash in {insolvencyMonth}; {runway} is a typo.' } });
    const result = runScenario(parseScenario(queryPart(saved().slides[0].link)).params);
    const reads = within(row).getByText('Reads:').parentElement!;
    expect(reads.textContent).toBe(
      `Reads: Out of cash in ${fmtMonth(result.summary.insolvencyMonth)}; {runway} (unknown placeholder) is a typo.`,
    );
    expect(within(reads).getByTitle(/^Unknown placeholder \{runway\}/).tagName).toBe('MARK');
    expect(saved().slides[0].notes).toBe('Out of cash in {insolvencyMonth}; {runway} is a typo.');
  });

  it('loads the example deck, asking before it replaces slides', () => {
    hydrateDeck();
    render(<DeckEditor />);
    addScenario('Mine');
    fireEvent.click(screen.getByRole('button', { name: 'Load example deck' }));
    expect(titles()).toEqual(['Mine']);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Replace the deck' })).getByRole('button', { name: 'Replace' }),
    );
    expect(slides()).toHaveLength(5);
    expect((screen.getByLabelText('Deck title') as HTMLInputElement).value).toBe(
      'The Great Decoupling in five scenarios',
    );
  });

  it('shows a clear message for a corrupt saved deck and replaces it on the next edit', () => {
    localStorage.setItem(DECK_KEY, '{"version":1,"title":"x","slides":[{"id":"a"}]}');
    hydrateDeck();
    render(<DeckEditor />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Part of the deck saved in this browser could not be read \(slides\[0\]\.link: not a scenario link; slide left out\)/,
    );
    addScenario('Fresh');
    expect(saved().slides).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('imports a deck file, refuses one that is not a deck with the reason, and opens one with a bad field with that field named', async () => {
    hydrateDeck();
    render(<DeckEditor />);
    const input = screen.getByLabelText('Deck file to import') as HTMLInputElement;
    const notDeck = new File(['{"version":2,"title":"t","slides":[]}'], 'other.deck.json', {
      type: 'application/json',
    });
    fireEvent.change(input, { target: { files: [notDeck] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^other\.deck\.json is not a deck this page can open: version/,
      ),
    );
    expect(slides()).toHaveLength(0);
    const bad = new File(
      ['{"version":1,"title":"t","slides":[{"id":"a","link":"v=1","title":"A","charts":["pie"],"notes":""}]}'],
      'bad.deck.json',
      { type: 'application/json' },
    );
    fireEvent.change(input, { target: { files: [bad] } });
    await waitFor(() => expect(titles()).toEqual(['A']));
    expect(screen.getByRole('status').textContent).toContain(
      'Not used from the file: slides[0].charts: ["pie"] is not a list of charts; showing burn.',
    );

    const good = new File(
      [
        JSON.stringify({
          version: 1,
          title: 'Imported',
          slides: [{ id: 'x', link: 'v=1&slip=18', title: 'Slip', charts: ['power'], notes: 'n' }],
        }),
      ],
      'good.deck.json',
    );
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => expect(titles()).toEqual(['Slip']));
    expect(screen.getByRole('status').textContent).toMatch(/Opened “Imported” \(1 slides\) from good\.deck\.json/);
    expect(saved().title).toBe('Imported');
  });

  // Esc itself (the browser's cancel → close), the focus trap and focus going back: test/browser/dialogs.test.ts.
  it('starts the show from a slide, and the dialog closing closes the editor', () => {
    hydrateDeck();
    act(() => useDeckStore.getState().openEditor());
    render(<DeckEditor />);
    addScenario('One');
    addScenario('Two');
    fireEvent.click(screen.getByRole('button', { name: 'Present from Two' }));
    expect(useDeckStore.getState()).toMatchObject({ mode: 'show', current: 1 });
    act(() => useDeckStore.getState().openEditor());
    const dialog = screen.getByRole('dialog', { name: 'Briefing deck' }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    act(() => {
      dialog.open = false; // what the browser does on Esc, then it fires `close`
      dialog.dispatchEvent(new Event('close'));
    });
    expect(useDeckStore.getState().mode).toBe('closed');
  });
});

describe('AddSlideButton', () => {
  it('appends the scenario on screen to the saved deck without opening it', async () => {
    const { AddSlideButton } = await import('../../../src/ui/present/PresentButton');
    localStorage.setItem(
      DECK_KEY,
      JSON.stringify({
        version: 1,
        title: 'Kept',
        slides: [{ id: 'a', link: 'v=1', title: 'First', charts: ['burn'], notes: '' }],
      }),
    );
    render(<AddSlideButton />);
    act(() => {
      useAppStore.getState().setScenarioName('Second');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add as slide' }));
    // the briefing chunk loads on the click: ~1.5 s cold on a loaded machine
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Slide 2 added'), { timeout: 8000 });
    expect(saved()).toMatchObject({ title: 'Kept', slides: [{ title: 'First' }, { title: 'Second' }] });
    expect(useDeckStore.getState().mode).toBe('closed');
  });
});
