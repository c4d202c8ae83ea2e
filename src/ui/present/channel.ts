import type { Deck } from '../../deck/model';

/*
 * The slide show and the presenter view talk over one BroadcastChannel (same origin, any
 * window). The show owns the position; the presenter view asks for it and sends moves.
 */
export const CHANNEL_NAME = 'decoupling-deck';

export type DeckMessage =
  | { type: 'state'; deck: Deck; current: number; startedAt: number | null; showing: boolean }
  | { type: 'hello' }
  | { type: 'go'; index: number };

export interface DeckChannel {
  post: (m: DeckMessage) => void;
  close: () => void;
}

/** Opens the channel; a browser without BroadcastChannel gets a channel that does nothing. */
export function openDeckChannel(onMessage: (m: DeckMessage) => void): DeckChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const ch = new BroadcastChannel(CHANNEL_NAME);
  ch.onmessage = (e: MessageEvent) => {
    const m = e.data as DeckMessage | null;
    if (m && typeof m === 'object' && typeof m.type === 'string') onMessage(m);
  };
  return { post: (m) => ch.postMessage(m), close: () => ch.close() };
}

/** The presenter view's address: this page, same scenario, `#presenter`. */
export function presenterUrl(): string {
  return `${location.pathname}${location.search}#presenter`;
}
