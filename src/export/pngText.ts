/*
 * A text chunk in a PNG: the chart's narrative travels inside the picture as its "Description"
 * (tEXt, the keyword the PNG spec lists for it), so a picture pasted anywhere still says what
 * it shows. tEXt is Latin-1: the few typographic characters outside it are written as their
 * plain equivalents.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PLAIN: Record<string, string> = {
  '\u2212': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2192': '->',
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u2026': '...',
  '\u2009': ' ',
  '\u00a0': ' ',
};

/** Text as Latin-1 bytes: typographic marks made plain, anything else outside Latin-1 as "?". */
export function latin1(text: string): Uint8Array {
  const plain = Array.from(text, (c) => PLAIN[c] ?? c).join('');
  const out: number[] = [];
  for (const c of plain) {
    const code = c.codePointAt(0)!;
    out.push(code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0) ? code : code === 0x0a ? 0x0a : 0x3f);
  }
  return Uint8Array.from(out);
}

/** The PNG with a tEXt chunk `keyword`: `text` right after its header chunk (IHDR). */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
  const body = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const chunk = new Uint8Array(12 + body.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
  chunk.set(body, 8);
  view.setUint32(8 + body.length, crc32(chunk.subarray(4, 8 + body.length)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd));
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/** Every tEXt chunk of a PNG, keyword to text (for tests and for reading a picture back). */
export function pngTexts(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'tEXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const zero = data.indexOf(0);
      const text = (b: Uint8Array) => String.fromCharCode(...b);
      out[text(data.subarray(0, zero))] = text(data.subarray(zero + 1));
    }
    at += 12 + length;
  }
  return out;
}
