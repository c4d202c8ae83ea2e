import { z } from '../registry/zod';
import { localStore, type StorageLike } from '../storage/local';

/*
 * Named scenarios saved in this browser. Each is stored as its link (query string), so a
 * saved scenario goes through the same parser and migrations as a shared link and survives
 * lever changes. Only SAVED_KEY is ever read, written or removed: other keys are never touched.
 * Nothing here throws: storage that is missing, full, blocked, corrupt or written by something
 * else comes back as a typed error with a sentence for the page.
 */

export const SAVED_KEY = 'decoupling.saved.v1';
export const MAX_SAVED = 50;
export const MAX_NAME_CHARS = 80;

export interface SavedScenario {
  name: string;
  /** Query string without "?", as written by serializeScenario. */
  link: string;
  /** ISO timestamp. */
  savedAt: string;
}

export type SavedErrorKind = 'corrupt' | 'foreign' | 'unavailable' | 'full' | 'invalid-name';

export interface SavedError {
  kind: SavedErrorKind;
  message: string;
  /** True when clearing SAVED_KEY would fix it (the page offers a Clear button). */
  canClear: boolean;
}

export type SavedResult = { ok: true; scenarios: SavedScenario[] } | { ok: false; error: SavedError };

const savedFileSchema = z.object({
  version: z.literal(1),
  scenarios: z
    .array(
      z.object({
        name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_CHARS)),
        link: z.string().check(z.maxLength(8000)),
        savedAt: z.string(),
      }),
    )
    .check(z.maxLength(MAX_SAVED)),
});

const UNAVAILABLE: SavedError = {
  kind: 'unavailable',
  message:
    'This browser does not let the page use local storage, so scenarios cannot be saved here. Copy the link instead.',
  canClear: false,
};

export function readSaved(storage: StorageLike | null = localStore()): SavedResult {
  // Stryker disable next-line ConditionalExpression: without it, null.getItem throws into the catch below, which returns the same
  if (!storage) return { ok: false, error: UNAVAILABLE };
  let text: string | null;
  try {
    text = storage.getItem(SAVED_KEY);
  } catch {
    return { ok: false, error: UNAVAILABLE };
  }
  if (text === null) return { ok: true, scenarios: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: {
        kind: 'corrupt',
        message:
          'The saved scenarios in this browser are damaged (not readable JSON). Clear them to save again; nothing else is affected.',
        canClear: true,
      },
    };
  }
  const parsed = savedFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        kind: 'foreign',
        message:
          'The saved scenarios in this browser are in a format this page does not recognise. Clear them to save again; nothing else is affected.',
        canClear: true,
      },
    };
  }
  return { ok: true, scenarios: parsed.data.scenarios };
}

function write(storage: StorageLike | null, scenarios: SavedScenario[]): SavedResult {
  // Stryker disable next-line ConditionalExpression,ObjectLiteral,BooleanLiteral: unreachable, both callers return readSaved's 'unavailable' for no storage first
  if (!storage) return { ok: false, error: UNAVAILABLE };
  try {
    storage.setItem(SAVED_KEY, JSON.stringify({ version: 1, scenarios }));
    return { ok: true, scenarios };
  } catch {
    return {
      ok: false,
      error: {
        kind: 'full',
        message:
          'The browser refused to store the scenario (storage full or blocked). Delete a saved scenario or copy the link instead.',
        canClear: false,
      },
    };
  }
}

/** A trimmed name, or an error sentence. */
export function checkName(name: string): { ok: true; name: string } | { ok: false; error: SavedError } {
  const trimmed = name.trim();
  if (trimmed === '')
    return { ok: false, error: { kind: 'invalid-name', message: 'Give the scenario a name.', canClear: false } };
  if (Array.from(trimmed).length > MAX_NAME_CHARS) {
    return {
      ok: false,
      error: { kind: 'invalid-name', message: `Names are at most ${MAX_NAME_CHARS} characters.`, canClear: false },
    };
  }
  return { ok: true, name: trimmed };
}

/**
 * Saves (or replaces, by name) a scenario. Refuses to overwrite damaged storage: the person
 * is asked to clear it first, so nothing is discarded without their say.
 */
export function saveScenario(
  name: string,
  link: string,
  storage: StorageLike | null = localStore(),
  now: Date = new Date(),
): SavedResult {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  const current = readSaved(storage);
  if (!current.ok) return current;
  const others = current.scenarios.filter((s) => s.name !== checked.name);
  if (others.length >= MAX_SAVED) {
    return {
      ok: false,
      error: {
        kind: 'full',
        message: `At most ${MAX_SAVED} scenarios can be saved; delete one first.`,
        canClear: false,
      },
    };
  }
  return write(storage, [...others, { name: checked.name, link, savedAt: now.toISOString() }]);
}

export function deleteSaved(name: string, storage: StorageLike | null = localStore()): SavedResult {
  const current = readSaved(storage);
  if (!current.ok) return current;
  return write(
    storage,
    current.scenarios.filter((s) => s.name !== name),
  );
}

/** Removes only this page's saved scenarios. Returns false when storage is unavailable. */
export function clearSaved(storage: StorageLike | null = localStore()): boolean {
  // Stryker disable next-line ConditionalExpression: without it, null.removeItem throws into the catch below, which returns false too
  if (!storage) return false;
  try {
    storage.removeItem(SAVED_KEY);
    return true;
  } catch {
    return false;
  }
}
