// @vitest-environment node
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { latin1, pngTexts, withPngText } from '../../../src/export/pngText';

// A 1×1 transparent PNG (67 bytes), as any encoder writes it.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('PNG Description chunk', () => {
  it('adds tEXt "Description" after IHDR, with a CRC zlib agrees with', () => {
    const out = withPngText(PNG, 'Description', 'Cash runs out in Aug 2028.');
    expect(out.length).toBe(PNG.length + 12 + 'Description'.length + 1 + 'Cash runs out in Aug 2028.'.length);
    // chunk starts at 33: length, "tEXt", keyword NUL text, CRC over type and data
    const view = new DataView(out.buffer);
    const length = view.getUint32(33);
    expect(length).toBe(11 + 1 + 26);
    expect(Buffer.from(out.subarray(37, 41)).toString('latin1')).toBe('tEXt');
    expect(view.getUint32(41 + length)).toBe(crc32(out.subarray(37, 41 + length)));
    expect(pngTexts(out)).toEqual({ Description: 'Cash runs out in Aug 2028.' });
    // the rest of the picture is untouched
    expect(Buffer.from(out.subarray(33 + 12 + length)).equals(Buffer.from(PNG.subarray(33)))).toBe(true);
  });

  it('writes typographic marks as plain Latin-1', () => {
    expect(Buffer.from(latin1('−$83.5B → 1.2¢ “x” – ok')).toString('latin1')).toBe('-$83.5B -> 1.2¢ "x" - ok');
    expect(pngTexts(withPngText(PNG, 'Description', 'low of −$83.5B'))).toEqual({ Description: 'low of -$83.5B' });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array(40), 'Description', 'x')).toThrow('not a PNG');
  });
});
