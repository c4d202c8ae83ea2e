import { truncateForMessage } from './text';

/** A value that was refused; `given` is cut to MAX_GIVEN_CHARS for display. */
export interface Problem {
  key: string;
  given: string;
  reason: string;
}

/** A refused value, its key and text cut to a length a message can show. */
export function problem(key: string, given: string, reason: string): Problem {
  return { key: truncateForMessage(key, 32), given: truncateForMessage(given), reason };
}

/** One parameter of a link, as read. */
export type FieldParse =
  | { status: 'valid'; value: number; given: string }
  | { status: 'invalid'; given: string; reason: string }
  /** Absent, or given blank (`elec=`: then `given` and `reason` say so). */
  | { status: 'missing'; given?: string; reason?: string };
