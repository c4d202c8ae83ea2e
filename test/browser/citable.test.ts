import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  formatViolations,
  newAppPage,
  openApp,
  runAxe,
  screenshot,
  setupBrowser,
  VIEWPORTS,
  type Page,
} from './support';

const b = setupBrowser();

async function download(page: Page, open: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), open()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

async function exportItem(page: Page, name: string) {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name }).click();
}

describe('citable links', () => {
  it('a link without rec opens on the 2026-11 record with the banner; Update moves it to 2026-12 with the waterfall', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2.2&slip=18', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      const banner = page.getByTestId('record-banner');
      await expect.poll(() => banner.textContent()).toContain('This link was made on the record of 2026-11');
      expect(await banner.textContent()).toContain('7 levers added since');
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?v=2.3&rec=2026-11&slip=18');
      await screenshot(page, 'citable-record-banner-1280');
      const axe = await runAxe(page);
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);

      await page.getByRole('button', { name: 'Update to the current record' }).click();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?v=2.3&rec=2026-12&slip=18');
      const table = page.getByTestId('what-changed').locator('table');
      await table.waitFor({ timeout: 60_000 });
      const parts = await table
        .locator('tr[data-part]')
        .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-part'), Number(r.getAttribute('data-value'))]));
      const total = Number(await table.locator('tr[data-total]').getAttribute('data-total'));
      // one input per changed default or event of release 2026-12 (data/CHANGELOG.md)
      expect(parts.map(([id]) => id).sort()).toEqual(
        [
          'aws-2026-expansion',
          'computePerQueryGrowthPct',
          'costGrowthDecayPct',
          'msRevShareCapUsdB',
          'nvidia-10gw-loi',
          'revenueGrowthDecayPct',
          'servingOverhead',
          'siliconCapexUsd',
          'trainingGrowthPct',
          'trainingKH100e',
        ].sort(),
      );
      const sum = parts.reduce((s, [, v]) => s + (v as number), 0);
      expect(Math.abs(sum - total)).toBeLessThan(1e-6);
      expect(Math.abs(total)).toBeGreaterThan(1);
      await page.getByTestId('what-changed').scrollIntoViewIfNeeded();
      await screenshot(page, 'citable-what-changed-1280');
      const axeAfter = await runAxe(page);
      expect(axeAfter.violations, formatViolations(axeAfter.violations)).toEqual([]);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('on a phone: the banner and the update fit 390 px', async () => {
    const app = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    try {
      const { page } = app;
      await openApp(page, '?v=2.2&slip=18', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await page.getByRole('button', { name: 'Update to the current record' }).waitFor();
      await screenshot(page, 'citable-record-banner-390');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Update to the current record' }).click();
      await page.getByTestId('what-changed').locator('table').waitFor({ timeout: 60_000 });
      await page.getByTestId('what-changed').scrollIntoViewIfNeeded();
      await screenshot(page, 'citable-what-changed-390');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('a cited link whose figures no longer come out says when cited / now, and why', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2.2&rec=2026-12&cite=2027-01,-10.0', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      const note = page.getByTestId('cite-note');
      await note.waitFor();
      const text = (await note.textContent())!;
      expect(text).toMatch(
        /^When cited: cash runs out in Jan 2027, minimum cash −\$10\.0B; now: cash runs out in [A-Z][a-z]{2} \d{4}, minimum cash −\$\d+\.\dB, because the engine changed \(v2 → v3\)\.$/,
      );
      // the address keeps the citation while the scenario is the one it cites
      expect(await page.evaluate(() => location.search)).toBe('?v=2.3&rec=2026-12&cite=2027-01,-10.0');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('Export ▾ → Data package (ZIP): six files, the README names the release, the link and the sources; the SVG says its narrative', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2.3&rec=2026-12&slip=18', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      const zip = await download(page, () => exportItem(page, 'Data package (ZIP)'));
      expect(zip.name).toMatch(/^decoupling-2026-12-\d{4}-\d{2}-\d{2}\.zip$/);
      const files = unzipSync(new Uint8Array(zip.bytes));
      expect(Object.keys(files).sort()).toEqual([
        'README.md',
        'annual.csv',
        'events.csv',
        'figures.csv',
        'levers.csv',
        'monthly.csv',
        'scenario.json',
      ]);
      const readme = strFromU8(files['README.md']);
      const href = await page.evaluate(() => location.href);
      expect(readme).toContain(`- Link: ${href}`);
      expect(readme).toContain('- Record release: 2026-12');
      expect(readme).toContain('- Engine version: 3');
      expect(strFromU8(files['levers.csv'])).toContain(',eia-industrial,');

      const title = (await page.locator('[data-chart="burn"] .chart-title').textContent())!;
      const month = /([A-Z][a-z]{2} \d{4})/.exec(title)![1];
      const svg = await download(page, () => exportItem(page, 'Burn & cash as SVG'));
      const desc = /<desc>([^<]*)<\/desc>/.exec(svg.bytes.toString('utf8'))![1];
      expect(desc).toContain(month);
      expect(desc).toMatch(/\$\d+\.\dB/);
      const png = await download(page, () => exportItem(page, 'Burn & cash as PNG'));
      expect(png.bytes.subarray(37, 41).toString('latin1')).toBe('tEXt');
      expect(png.bytes.toString('latin1')).toContain(`Description\u0000${desc.split('.')[0].replace(/−/g, '-')}`);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
