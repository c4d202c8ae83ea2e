import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decodeQr, download, exportItem } from './support/exports';
import { SERIES } from '../../src/engine/types';
import { LEDGER_ROWS } from '../../src/engine/ledger';
import {
  baseURL,
  formatViolations,
  newAppPage,
  openApp,
  RESULTS_DIR,
  runAxe,
  screenshot,
  setupBrowser,
  type Page,
} from './support';

const b = setupBrowser();

/** The briefing pieces are mounted: their header button is there (a missing or renamed one fails the test). */
async function requireBriefings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export ▾', exact: true }).waitFor({ timeout: 5000 });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
}

// on the current record (a link without rec= opens on 2026-11: test/browser/citable.test.ts)
const SCENARIO = '?v=1&rec=2026-12&slip=18';

describe('exports', () => {
  it('exports a chart as a 1920×1080 PNG whose QR code decodes to the scenario link, and as SVG with title, units, source and link', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, SCENARIO, { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await requireBriefings(app.page);
      const png = await download(app.page, () => exportItem(app.page, 'Burn & cash as PNG'));
      expect(png.name).toMatch(/-burn-1920x1080\.png$/);
      expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'export-burn-1920x1080.png'), png.bytes);

      // The PNG's pixels, drawn on a canvas in the page, hold a QR code that jsQR reads as the
      // link in the address bar (the scenario, written back by the URL sync).
      const link = await app.page.evaluate(() => location.href);
      expect(link.startsWith(`${baseURL()}/?`)).toBe(true);
      expect(link).toContain('slip=18');
      expect(await decodeQr(app.page, png.bytes)).toEqual({ w: 1920, h: 1080, text: link });

      // the other sizes: a square for social posts, the article column's width
      await app.page.getByRole('button', { name: 'Export ▾' }).click();
      await app.page.getByLabel('Picture size').selectOption('square');
      const square = await download(app.page, () =>
        app.page
          .getByRole('group', { name: 'Export' })
          .getByRole('button', { name: 'Power per inference as PNG' })
          .click(),
      );
      expect(pngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });
      expect((await decodeQr(app.page, square.bytes)).text).toBe(link);
      await app.page.getByRole('button', { name: 'Export ▾' }).click();
      await app.page.getByLabel('Picture size').selectOption('article');
      const article = await download(app.page, () =>
        app.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Cost per query as PNG' }).click(),
      );
      expect(pngSize(article.bytes).width).toBe(1200);
      writeFileSync(join(RESULTS_DIR, 'export-cost-article.png'), article.bytes);

      const costTitle = (await app.page.locator('[data-chart="cost"] .chart-title').textContent())!;
      const costSource = (await app.page.locator('[data-chart="cost"] .chart-source').textContent())!.replace(
        /^Source:\s*/,
        '',
      );
      const svg = await download(app.page, () => exportItem(app.page, 'Cost per query as SVG'));
      const text = svg.bytes.toString('utf8');
      expect(svg.name).toMatch(/-cost-1920x1080\.svg$/);
      expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(text).toContain(`<title>${costTitle.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
      expect(text).toContain('US cents');
      expect(text).toContain(`Source: ${costSource.split(' ').slice(0, 3).join(' ')}`);
      expect(text).toContain('slip=18');
      expect(text).not.toContain('var(--'); // styles are resolved, not left as page variables
      app.requests.assertSameOrigin();
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('exports "What moved it" as a 1920×1080 PNG with its QR code, and lists it only when something moved', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=1&rec=2026-12', { waitFor: '[data-chart="burn"] svg.chart-svg', assumptions: false });
      await requireBriefings(page);
      await page.getByRole('button', { name: 'Export ▾' }).click();
      const group = page.getByRole('group', { name: 'Export' });
      await group.getByRole('button', { name: 'Burn & cash as PNG' }).waitFor();
      expect(await group.getByRole('button', { name: 'What moved it as PNG' }).count()).toBe(0);
      await page.keyboard.press('Escape');

      await page.evaluate(() => window.__dashboard!.store.getState().setParam('chipSlipMonths', 18));
      await page.locator('[data-chart="attribution"] [data-part="chipSlipMonths"]').waitFor();
      // keyboard: from the menu button, Tab reaches the waterfall's PNG button
      const menu = page.getByRole('button', { name: 'Export ▾' });
      await menu.focus();
      await page.keyboard.press('Enter');
      const png = group.getByRole('button', { name: 'What moved it as PNG' });
      await png.waitFor();
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await png.evaluate((el) => el === document.activeElement);
      }
      expect(reached).toBe(true);
      const axe = await runAxe(page, {}, '.export-popover');
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      const file = await download(page, () => page.keyboard.press('Enter'));
      expect(file.name).toMatch(/-attribution-1920x1080\.png$/);
      expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, 'export-attribution-1920x1080.png'), file.bytes);
      const link = await page.evaluate(() => location.href);
      expect(link).toContain('slip=18');
      expect(await decodeQr(page, file.bytes)).toEqual({ w: 1920, h: 1080, text: link });

      const svg = await download(page, () => exportItem(page, 'What moved it as SVG'));
      const text = svg.bytes.toString('utf8');
      expect(svg.name).toMatch(/-attribution-1920x1080\.svg$/);
      expect(text).toMatch(/<title>What moved it: Chip slip moved minimum cash most: [+−]\$[\d.]+B<\/title>/);
      // the frame's words, wrapped over lines, read as one text
      const words = text
        .replace(/<title>.*?<\/title>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      expect(words).toContain('against the sourced defaults');
      expect(words).toContain('Method: Shapley values over the 1 changed input');
      expect(words).toContain('Source: model: Shapley attribution');
      expect(words).toMatch(/Scenario “[^”]+”: /);
      expect(text).toMatch(/>Chip slip [+−]\$[\d.]+B</);
      expect(text).not.toContain('var(--');
      app.requests.assertSameOrigin();
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('exports the monthly series and the annual ledger as CSV whose rows sum exactly', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, SCENARIO, { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await requireBriefings(app.page);
      const monthly = parseCsv(
        (await download(app.page, () => exportItem(app.page, 'Monthly series (CSV)'))).bytes.toString('utf8'),
      );
      expect(monthly[0]).toEqual(['month', ...SERIES]);
      expect(monthly).toHaveLength(1 + 72);
      expect(monthly[1][0]).toBe('2025-01');
      expect(monthly[72][0]).toBe('2030-12');
      for (const row of monthly.slice(1)) expect(row.every((c) => c !== '' && c !== 'NaN')).toBe(true);

      const ledger = parseCsv(
        (await download(app.page, () => exportItem(app.page, 'Annual ledger (CSV)'))).bytes.toString('utf8'),
      );
      const head = ledger[0];
      expect(head).toEqual(['year', ...LEDGER_ROWS, 'endingCashUsdB']);
      const years = ledger.slice(1, -1);
      const total = ledger[ledger.length - 1];
      expect(years.map((r) => r[0])).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
      expect(total[0]).toBe('total');
      for (const [i, name] of head.entries()) {
        if (name === 'year' || name === 'endingCashUsdB') continue;
        const sum = years.reduce((acc, r) => acc.plus(r[i]), new Decimal(0));
        expect(sum.toString(), name).toBe(new Decimal(total[i]).toString());
      }
      // Monthly burn summed over 2025 agrees with the ledger's 2025 burn to the cent.
      const burnCol = monthly[0].indexOf('burnUsdB');
      const burn2025 = monthly.slice(1, 13).reduce((s, r) => s + Number(r[burnCol]), 0);
      const ledgerBurn = head.indexOf('burnUsdB');
      if (ledgerBurn >= 0) expect(Number(years[0][ledgerBurn])).toBeCloseTo(burn2025, 2);

      const json = JSON.parse((await download(app.page, () => exportItem(app.page, /JSON/))).bytes.toString('utf8'));
      expect(json.link).toContain('slip=18');
      expect(json.monthly).toHaveLength(72);
      expect(json.annual.at(-1).year).toBe('total');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('prints a handout: KPIs, charts, changed levers with sources, the link; page.pdf() has pages', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, SCENARIO, { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await requireBriefings(app.page);
      await exportItem(app.page, 'Print handout…');
      const handout = app.page.getByTestId('handout');
      await handout.waitFor();
      expect(await handout.locator('.handout-kpi').count()).toBe(8);
      expect(await handout.locator('figure.handout-chart svg path').count()).toBeGreaterThan(8);
      const rows = handout.locator('.handout-assumptions tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toMatch(/18/);
      expect(await handout.locator('.handout-link a').getAttribute('href')).toContain('slip=18');
      await screenshot(app.page, 'handout-preview');

      await app.page.emulateMedia({ media: 'print' });
      const visible = await app.page.evaluate(() => ({
        root: getComputedStyle(document.getElementById('root')!).display,
        tools: getComputedStyle(document.querySelector('.handout-tools')!).display,
      }));
      expect(visible).toEqual({ root: 'none', tools: 'none' });
      await app.page.setViewportSize({ width: 794, height: 1123 });
      await screenshot(app.page, 'handout-print');
      const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(RESULTS_DIR, 'handout.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('compares three scenarios: overlaid lines with a legend, differing levers, headline deltas', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, SCENARIO, { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await requireBriefings(app.page);
      await exportItem(app.page, 'Compare scenarios…');
      const panel = app.page.getByRole('dialog', { name: 'Compare scenarios' });
      await panel.waitFor();
      await panel
        .getByLabel('Scenario 2')
        .selectOption({ label: "Baseline: the record to Nov 2026, then OpenAI's plan" });
      await panel.getByLabel('Scenario 3').selectOption({ label: 'Bull case' });
      await expect.poll(() => panel.getByRole('list', { name: 'Legend' }).getByRole('listitem').count()).toBe(3);
      expect(await panel.locator('[data-compare-chart="burn"] path.line').count()).toBe(3);
      const levers = panel.getByTestId('compare-levers');
      expect(await levers.locator('tbody tr').count()).toBeGreaterThanOrEqual(9);
      const headlines = panel.getByTestId('compare-headlines');
      expect(await headlines.locator('tbody tr').first().locator('td').count()).toBe(3);
      expect(await headlines.textContent()).toMatch(/\([+−]/);
      await screenshot(app.page, 'compare');
      await app.page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
