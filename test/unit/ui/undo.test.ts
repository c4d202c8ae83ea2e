// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/model';
import { defaultParams } from '../../../src/registry';
import { resetStore, useAppStore } from '../../../src/store';
import { resetDeckStore, useDeckStore } from '../../../src/deck/store';
import { redo, resetUndo, startUndo, undo, useUndoStore } from '../../../src/store/undo';
import { PRESETS, presetParams } from '../../../src/url/presets';

let clock = 0;
let stop: (() => void) | null = null;

beforeEach(() => {
  resetStore();
  resetDeckStore();
  resetUndo();
  localStorage.clear();
  useDeckStore.getState().hydrate({ deck: { version: 1, title: 'Mine', slides: [] }, error: null });
  clock = 0;
  stop = startUndo({ app: useAppStore, now: () => clock, coalesceMs: 800 });
});
afterEach(() => {
  stop?.();
  stop = null;
});

const slide = (title: string) => ({ link: 'v=1.1&pue=1.3', title, charts: ['burn' as const], notes: '' });

/** What an undo must put back: the scenario and the deck, compared by value. */
function state() {
  const a = useAppStore.getState();
  return {
    params: a.params,
    name: a.scenarioName,
    baseline: a.baseline && { params: a.baseline.params, name: a.baseline.name },
    deck: JSON.parse(JSON.stringify(useDeckStore.getState().deck)) as Deck,
  };
}

describe('the undo stack', () => {
  it('a preset over a hand-tuned lever: one labelled step with a toast, and Undo restores the lever and the name', () => {
    useAppStore.getState().setParam('pue', 1.5);
    clock += 1000;
    const preset = PRESETS[1];
    useAppStore.getState().setParams(presetParams(preset), { name: preset.title, label: `Preset “${preset.title}”` });
    expect(useUndoStore.getState().toast?.label).toBe(`Preset “${preset.title}”`);
    expect(undo()).toBe(`Preset “${preset.title}”`);
    expect(useAppStore.getState().params.pue).toBe(1.5);
    expect(useAppStore.getState().scenarioName).toBe('Custom scenario');
    expect(redo()).toBe(`Preset “${preset.title}”`);
    expect(useAppStore.getState().scenarioName).toBe(preset.title);
  });

  it('Reset all is labelled and undoable', () => {
    useAppStore.getState().setParam('mfu', 0.2);
    useAppStore.getState().setScenarioName('Mine');
    clock += 1000;
    useAppStore.getState().resetAll();
    expect(useAppStore.getState().scenarioName).toBe('Default scenario');
    expect(useUndoStore.getState().toast?.label).toBe('Reset all levers');
    undo();
    expect(useAppStore.getState().params.mfu).toBe(0.2);
    expect(useAppStore.getState().scenarioName).toBe('Mine');
  });

  it('a drag is one step: changes of one lever within 800 ms coalesce', () => {
    for (const v of [1.25, 1.3, 1.35]) {
      useAppStore.getState().setParam('pue', v);
      clock += 100;
    }
    expect(useUndoStore.getState().past).toHaveLength(1);
    expect(useUndoStore.getState().past[0].label).toBe('Change Data-centre PUE');
    undo();
    expect(useAppStore.getState().params).toEqual(defaultParams());
  });

  it('deleting a slide and replacing the deck are labelled, and undo brings the slides back', () => {
    useDeckStore.getState().addSlide(slide('One'));
    clock += 1000;
    useDeckStore.getState().addSlide(slide('Two'));
    clock += 1000;
    const id = useDeckStore.getState().deck.slides[0].id;
    useDeckStore.getState().deleteSlide(id);
    expect(useUndoStore.getState().toast?.label).toBe('Deleted slide 1 “One”');
    clock += 1000;
    useDeckStore.getState().setDeck({ version: 1, title: 'Other', slides: [] });
    expect(useUndoStore.getState().toast?.label).toBe('Replaced the deck (1 slide)');
    undo();
    expect(useDeckStore.getState().deck.slides.map((s) => s.title)).toEqual(['Two']);
    undo();
    expect(useDeckStore.getState().deck.slides.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(JSON.parse(localStorage.getItem('decoupling.deck.v1')!).slides).toHaveLength(2);
  });

  type Act =
    | { kind: 'lever'; id: string; v: number }
    | { kind: 'preset'; i: number }
    | { kind: 'reset' }
    | { kind: 'name'; name: string }
    | { kind: 'pin' }
    | { kind: 'unpin' }
    | { kind: 'add'; title: string }
    | { kind: 'delete'; i: number }
    | { kind: 'replace' };
  const act: fc.Arbitrary<Act> = fc.oneof(
    fc.record({
      kind: fc.constant('lever' as const),
      id: fc.constantFrom('pue', 'mfu', 'electricityUsdPerKwh'),
      v: fc.double({ min: 0, max: 2, noNaN: true }),
    }),
    fc.record({ kind: fc.constant('preset' as const), i: fc.nat(PRESETS.length - 1) }),
    fc.constant({ kind: 'reset' as const }),
    fc.record({ kind: fc.constant('name' as const), name: fc.string({ minLength: 1, maxLength: 8 }) }),
    fc.constant({ kind: 'pin' as const }),
    fc.constant({ kind: 'unpin' as const }),
    fc.record({ kind: fc.constant('add' as const), title: fc.string({ maxLength: 6 }) }),
    fc.record({ kind: fc.constant('delete' as const), i: fc.nat(5) }),
    fc.constant({ kind: 'replace' as const }),
  );
  const run = (a: Act) => {
    const app = useAppStore.getState();
    const deck = useDeckStore.getState();
    if (a.kind === 'lever') app.setParam(a.id, a.v);
    else if (a.kind === 'preset')
      app.setParams(presetParams(PRESETS[a.i]), { name: PRESETS[a.i].title, label: `Preset “${PRESETS[a.i].title}”` });
    else if (a.kind === 'reset') app.resetAll();
    else if (a.kind === 'name') app.setScenarioName(a.name);
    else if (a.kind === 'pin') app.setBaseline({ params: app.params, name: app.scenarioName, result: null });
    else if (a.kind === 'unpin') app.clearBaseline();
    else if (a.kind === 'add') deck.addSlide(slide(a.title));
    else if (a.kind === 'delete') {
      const s = deck.deck.slides[a.i];
      if (s) deck.deleteSlide(s.id);
    } else deck.setDeck({ version: 1, title: 'Replaced', slides: [{ ...slide('R'), id: 'r1' }] });
  };

  it('restores exactly the state before each action, back to the start, and redo replays them (property)', () => {
    fc.assert(
      fc.property(fc.array(act, { maxLength: 25 }), (acts) => {
        resetStore();
        resetDeckStore();
        useDeckStore.getState().hydrate({ deck: { version: 1, title: 'Mine', slides: [] }, error: null });
        stop?.();
        resetUndo();
        stop = startUndo({ app: useAppStore, now: () => clock, coalesceMs: 800 });
        const history = [state()];
        for (const a of acts) {
          clock += 1000; // each action its own step
          run(a);
          const now = state();
          if (JSON.stringify(now) !== JSON.stringify(history[history.length - 1])) history.push(now);
        }
        expect(useUndoStore.getState().past).toHaveLength(history.length - 1);
        for (let i = history.length - 2; i >= 0; i--) {
          expect(undo()).not.toBeNull();
          expect(state()).toEqual(history[i]);
        }
        expect(undo()).toBeNull();
        for (let i = 1; i < history.length; i++) {
          expect(redo()).not.toBeNull();
          expect(state()).toEqual(history[i]);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
