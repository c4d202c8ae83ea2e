/**
 * Runs before the app (its own module script in index.html, ahead of main.tsx) so that the
 * page keeps to its Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval').
 *
 * zod 4 (the validators use zod/mini, which shares zod's core and its config) compiles object
 * parsers with `new Function` unless told not to; under our CSP that
 * attempt is refused and reported as a CSP violation on the first parse (the data files
 * and links are parsed at startup). `jitless` makes zod interpret instead: same results,
 * no eval. Module scripts run in document order and share the zod chunk, so this setting
 * is in place before any module of the app parses anything.
 */
import { config } from 'zod/mini';

config({ jitless: true });
