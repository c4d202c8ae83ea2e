import type { GroupId } from '../../registry';

/*
 * A row the levers model (Stargate, the Azure commitment, the custom chip, the next round) asks
 * the lever panel to open that group and focus it. A DOM event keeps the two panels apart:
 * neither imports the other's state.
 */
const EVENT_NAME = 'dashboard:open-lever-group';

export function requestLeverGroup(group: GroupId): void {
  window.dispatchEvent(new CustomEvent<GroupId>(EVENT_NAME, { detail: group }));
}

/** Calls back with the group asked for; returns an unsubscribe. */
export function onLeverGroupRequest(listener: (group: GroupId) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<GroupId>).detail);
  window.addEventListener(EVENT_NAME, handler);
  return () => window.removeEventListener(EVENT_NAME, handler);
}
