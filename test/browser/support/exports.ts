/** Downloads, the Export menu and QR codes in exported pictures, for the browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export async function download(page: Page, open: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), open()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

export async function exportItem(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name }).click();
}

const JSQR = readFileSync(join(process.cwd(), 'node_modules/jsqr/dist/jsQR.js'), 'utf8');

/**
 * Draws a PNG on a canvas in the page and reads its QR code with jsQR (put in the page through
 * the DevTools protocol, as axe is, so the page's CSP does not refuse it).
 */
export async function decodeQr(page: Page, png: Buffer): Promise<{ w: number; h: number; text: string | null }> {
  if (!(await page.evaluate(() => 'jsQR' in window))) await page.evaluate(JSQR);
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    type Decoder = (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
    const code = (window as unknown as { jsQR: Decoder }).jsQR(data.data, data.width, data.height);
    return { w: img.naturalWidth, h: img.naturalHeight, text: code ? code.data : null };
  }, png.toString('base64'));
}
