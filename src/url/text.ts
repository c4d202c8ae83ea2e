/** Text helpers of the link codec: no DOM, never throw. */

/** A query parameter as text, in link order. */
export type Entry = readonly [key: string, value: string];

export const MAX_GIVEN_CHARS = 64;

/** Cuts text for messages so a pasted megabyte does not end up in the banner. */
export function truncateForMessage(text: string, max = MAX_GIVEN_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** The query part of a full URL, a `?query`, or a bare query. */
export function queryPart(input: string): string {
  let s = input.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const q = s.indexOf('?');
  if (q >= 0) return s.slice(q + 1);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('/')) return '';
  return s;
}

/** encodeURIComponent that cannot throw on lone surrogates. */
export function encode(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
      const code = c.charCodeAt(0);
      if (code <= 0xdbff) {
        const next = s.charCodeAt(i + 1);
        return next >= 0xdc00 && next <= 0xdfff ? c : '\uFFFD';
      }
      const prev = s.charCodeAt(i - 1);
      return prev >= 0xd800 && prev <= 0xdbff ? c : '\uFFFD';
    }),
  );
}

/** Splits a query into entries. URLSearchParams decodes leniently: junk like `%E0%A4%A` never throws. */
export function entriesOf(input: string): Entry[] {
  try {
    return [...new URLSearchParams(queryPart(input))];
  } catch {
    return [];
  }
}
