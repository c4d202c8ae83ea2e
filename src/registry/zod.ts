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
