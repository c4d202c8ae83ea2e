import { describe, expect, it } from 'vitest';
import { isLast, stepBack, stepForward } from '../../../src/deck/steps';
import type { Deck } from '../../../src/deck/model';

const deck: Deck = {
  version: 1,
  title: 't',
  slides: [
    { id: 'a', link: 'v=1', title: 'A', charts: ['burn'], notes: '' },
    { id: 'b', link: 'v=1', title: 'B', charts: ['burn', 'power', 'cost'], notes: '' },
    { id: 'c', link: 'v=1', title: 'C', charts: ['cost'], notes: '' },
  ],
};

describe('show steps', () => {
  it("walks a slide's charts before the next slide, and back onto the last chart", () => {
    const seen = [];
    let p = { current: 0, step: 0 };
    while (!isLast(deck, p)) {
      p = stepForward(deck, p);
      seen.push(`${p.current}.${p.step}`);
    }
    expect(seen).toEqual(['1.0', '1.1', '1.2', '2.0']);
    expect(stepForward(deck, p)).toEqual(p);
    expect(stepBack(deck, { current: 2, step: 0 })).toEqual({ current: 1, step: 2 });
    expect(stepBack(deck, { current: 1, step: 1 })).toEqual({ current: 1, step: 0 });
    expect(stepBack(deck, { current: 0, step: 0 })).toEqual({ current: 0, step: 0 });
  });
});
