import exampleJson from '../../data/decks/great-decoupling.json';
import { validateDeck, type Deck } from './codec';

/** "The Great Decoupling in five scenarios": the shipped example deck, built on the presets. */
export function exampleDeck(): Deck {
  const read = validateDeck(exampleJson);
  if (!read.ok) throw new Error(`data/decks/great-decoupling.json: ${read.error}`);
  return read.deck;
}
