/**
 * `option` (engine v3) is capacity OpenAI may buy but has not: a later tranche, a letter of intent,
 * a chip phase without a purchase order. The engine exercises it by its policy (docs/MODEL.md).
 * Appended last so the status codes links already carry keep their meaning.
 */
export const EVENT_STATUSES = ['closed', 'committed', 'conditional', 'hypothetical', 'option'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
