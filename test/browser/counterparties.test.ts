import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeQr, download, exportItem } from './support/exports';
import {
  formatViolations,
  newAppPage,
  openApp,
  RESULTS_DIR,
  runAxe,
  screenshot,
  setupBrowser,
  VIEWPORTS,
  type Page,
} from './support';

/**
 * "Who holds the risk" (issue #25): the fifth chart loads on demand and draws its rows on the
 * default and on two presets, at desktop and phone widths; its table and tooltip carry the
 * CLI's figures; the embed ?chart=counterparties draws it. The card's screenshots are kept in
 * test-results/ to be looked at.
 */
const b = setupBrowser();
const CARD = '[data-chart="counterparties"]';
const ROWS = `${CARD} svg.cp-rows`;
// the bull and bear presets' links (data/presets.json)
const BULL = 'v=2&rec=2026-12&qgf=35&rgd=75&rgf=75&azh=1.8&och=1.6&ocs=60&ppw=2.2&pb=5';
const BEAR = 'v=2&rec=2026-12&rgd=95&rgf=30&azh=3&slip=24&ppw=1.3&pb=50&pbs=2027-01';

async function cardShot(page: Page, name: string) {
  mkdirSync('test-results', { recursive: true });
  const card = page.locator(CARD);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `test-results/${name}.png`, animations: 'disabled' });
}

describe('Who holds the risk', () => {
  it('draws a row per counterparty on the default, with its table and tooltip (CLI figures), axe 0', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2.3&rec=2026-12', { waitFor: ROWS });
      const rows = page.locator(`${ROWS} [data-counterparty]`);
      expect(await rows.count()).toBeGreaterThanOrEqual(8);
      // hand-checked against `npx tsx src/cli/simulate.ts --format json` on the default:
      // Oracle is paid $231.6B and holds $310.9B of exposure after cash runs out in Aug 2028
      const oracle = page.locator(`${ROWS} [data-counterparty="oracle"]`);
      await expect.poll(() => oracle.textContent()).toContain('$232B');
      await expect.poll(() => oracle.textContent()).toContain('$311B');
      await expect.poll(() => page.locator(`${CARD} .chart-title`).textContent()).toContain('Aug 2028');
      await page.locator(`${CARD} button`, { hasText: 'Table' }).click();
      const row = page.locator(`${CARD} table tr[data-counterparty="oracle"]`);
      expect(await row.locator('td').allTextContents()).toEqual([
        'cloud, partner',
        '$0.0B',
        '$231.6B',
        '—',
        '$310.9B',
        '$310.9B',
      ]);
      const ms = page.locator(`${CARD} table tr[data-counterparty="microsoft"] td`);
      expect(await ms.allTextContents()).toEqual([
        'investor, cloud, revenue share, rival',
        '$1.5B',
        '$251.9B',
        '22.5%',
        '$179.3B',
        '$179.3B',
      ]);
      // the tooltip: the keyboard picks the first row (Oracle), then Microsoft
      const surface = page.getByRole('slider', { name: /counterparty under the pointer/ });
      await surface.focus();
      const tip = page.locator(`${CARD} .cp-tooltip`);
      await expect.poll(() => tip.textContent()).toContain('Oracle');
      await expect.poll(() => tip.textContent()).toContain('Exposure (not covered by cash)$310.9B');
      await surface.press('ArrowDown');
      await expect.poll(() => tip.textContent()).toContain('Microsoft');
      await expect.poll(() => tip.textContent()).toContain('Paid by OpenAI$251.9B');
      await cardShot(page, 'counterparties-default-1280');
      const axe = await runAxe(page, {}, CARD);
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      // the circular flows
      await page.getByRole('checkbox', { name: 'Circular flows' }).check();
      await page.locator(`${CARD} svg.cp-flows path.cp-link`).first().waitFor();
      expect(await page.locator(`${CARD} svg.cp-flows path.cp-link`).count()).toBeGreaterThanOrEqual(10);
      await cardShot(page, 'counterparties-flows-1280');
      const axe2 = await runAxe(page, {}, CARD);
      expect(axe2.violations, formatViolations(axe2.violations)).toEqual([]);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('draws on the bull and bear presets, and at 390 px', async () => {
    const app = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    try {
      const { page } = app;
      for (const [name, link] of [
        ['bull', BULL],
        ['bear', BEAR],
      ]) {
        await openApp(page, `?${link}`, { waitFor: ROWS });
        expect(await page.locator(`${ROWS} [data-counterparty]`).count()).toBeGreaterThanOrEqual(8);
        const box = await page.locator(ROWS).boundingBox();
        expect(box!.width).toBeLessThanOrEqual(390);
        await cardShot(page, `counterparties-${name}-390`);
      }
      await page.getByRole('checkbox', { name: 'Circular flows' }).check();
      await page.locator(`${CARD} svg.cp-flows path.cp-link`).first().waitFor();
      await cardShot(page, 'counterparties-flows-390');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('embeds: embed.html?chart=counterparties draws the rows with the title, axe 0', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '/embed.html?chart=counterparties&v=2.3&rec=2026-12', { waitFor: 'main.embed svg.cp-rows' });
      expect(await page.locator('main.embed h1').textContent()).toContain('Oracle holds $311B');
      expect(await page.locator('main.embed [data-counterparty="oracle"]').textContent()).toContain('$311B');
      await page.screenshot({ path: 'test-results/counterparties-embed-1280.png' });
      const axe = await runAxe(page);
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('is a slide of the one-click show, and exports as a 1920×1080 PNG with its QR code and as CSV', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2.3&rec=2026-12', { waitFor: ROWS });
      await page.getByRole('button', { name: 'Export ▾', exact: true }).waitFor({ timeout: 5000 });
      const png = await download(page, () => exportItem(page, 'Who holds the risk as PNG'));
      expect(png.name).toMatch(/-counterparties-1920x1080\.png$/);
      expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'export-counterparties-1920x1080.png'), png.bytes);
      const link = await page.evaluate(() => location.href);
      expect(await decodeQr(page, png.bytes)).toEqual({ w: 1920, h: 1080, text: link });
      const csv = await download(page, () => exportItem(page, 'Who holds the risk (CSV)'));
      const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
      expect(lines[0].split(',').slice(0, 6)).toEqual([
        'id',
        'name',
        'roles',
        'year',
        'paidByOpenAiUsdB',
        'paidToOpenAiUsdB',
      ]);
      const oracle = lines.find((l) => l.startsWith('oracle,Oracle,cloud; partner,all,'))!.split(',');
      // the CLI's figures: paid by OpenAI 231.59, exposure 310.90 after 2028-08
      expect(Number(oracle[4])).toBeCloseTo(231.59, 2);
      expect(Number(oracle.at(-2))).toBeCloseTo(310.9, 2);
      expect(oracle.at(-1)).toBe('2028-08');

      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const show = page.locator('.slideshow');
      await show.locator('[data-slide-index="0"]').waitFor();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await show.locator('[data-chart="counterparties"] svg.cp-rows').waitFor();
      expect(await show.locator('.slide-title').textContent()).toContain('Oracle holds $311B');
      expect(await show.locator('[data-counterparty="oracle"]').textContent()).toContain('$311B');
      await screenshot(page, 'counterparties-slide-1280');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
