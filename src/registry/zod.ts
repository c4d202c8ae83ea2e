/**
 * zod's "mini" API for the runtime validators (data files, links, saved scenarios, decks):
 * the same parsers as classic zod, tree-shakeable, for less first-load JS. zod/mini loads no
 * locale of its own, so the English messages are set here ("Too small: expected string to
 * have >=1 characters") and every validator imports z from this module, keeping the reason
 * in the errors that name the file and the field.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };

interface ErrorLike {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/**
 * The one way a validation failure is said: the first issue's path and message,
 * "slides[1].charts: a chart is listed twice"; with a file, "data/levers.json: [3].min: …"
 * ("(root)" when the file itself is wrong).
 */
export function zodErrorText(error: ErrorLike, file?: string): string {
  const issue = error.issues[0];
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  if (file !== undefined) return `${file}: ${path || '(root)'}: ${issue.message}`;
  return path ? `${path}: ${issue.message}` : issue.message;
}
