import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/deck/codec';
import {
  baseURL,
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

  it('a link without rec: the first run the worker is asked for, and the first figures painted, are already on 2026-11', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      // record every job posted to a worker, and the burn chart's first title, from the very start
      await page.addInitScript(() => {
        const w = window as unknown as { __jobs: unknown[]; __firstTitle: string | null };
        w.__jobs = [];
        w.__firstTitle = null;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
          w.__jobs.push(JSON.parse(JSON.stringify(message)));
          return (post as (...a: unknown[]) => void).call(this, message, ...rest);
        } as typeof post;
        new MutationObserver(() => {
          const t = document.querySelector('[data-chart="burn"] .chart-title');
          if (w.__firstTitle === null && t?.textContent) w.__firstTitle = t.textContent;
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await openApp(page, '?v=2.2&slip=18', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await page.getByTestId('record-banner').waitFor();
      type Posted = {
        job: { kind: string; of?: string; scenario?: string; params?: Record<string, number>; changed?: object };
      };
      const { jobs, firstTitle } = await page.evaluate(() => {
        const w = window as unknown as { __jobs: Posted[]; __firstTitle: string };
        return { jobs: w.__jobs, firstTitle: w.__firstTitle };
      });
      const screen = jobs.filter(
        (m) =>
          m.job.scenario === 'screen' && (m.job.kind === 'draw' || (m.job.kind === 'patch' && m.job.of === 'draw')),
      );
      // the first carries the whole scenario: 2026-11's serving overhead (12.5; 8.5 in 2026-12) and the slip
      expect(screen[0].job).toMatchObject({ kind: 'draw', params: { servingOverhead: 12.5, chipSlipMonths: 18 } });
      // and no later one moves a lever: whole runs are the same scenario, patches change no lever (a new chart size)
      const draws = screen
        .filter((m) => m.job.kind === 'draw')
        .map((m) => [m.job.params!.servingOverhead, m.job.params!.chipSlipMonths]);
      expect(draws).toEqual(draws.map(() => [12.5, 18]));
      const patches = screen.filter((m) => m.job.kind === 'patch').map((m) => m.job.changed);
      expect(patches).toEqual(patches.map(() => ({})));
      // the title painted first is the one on screen now
      const title = await page.locator('[data-chart="burn"] .chart-title').textContent();
      expect(firstTitle).toBe(title);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('a slide whose link has no rec runs on 2026-11, with the figures the page shows for that link', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      const figures = async (query: string) => {
        await openApp(page, query, { waitFor: '[data-testid="kpi-insolvency"] .kpi-value', assumptions: false });
        await expect.poll(() => page.evaluate(() => location.search)).toContain('rec=');
        return [
          (await page.locator('[data-testid="kpi-insolvency"] .kpi-value').textContent())!,
          (await page.locator('[data-testid="kpi-runway"] .kpi-value').textContent())!,
        ];
      };
      const today = await figures('?v=2.3&rec=2026-12&slip=18');
      const old = await figures('?v=2.2&slip=18');
      // the two records give different figures for the same levers, so the slide must pick one
      expect(old).not.toEqual(today);
      const deck: Deck = {
        version: 1,
        title: 'Records',
        slides: [
          {
            id: 'a',
            link: 'v=2.2&slip=18',
            title: 'Old link',
            charts: ['burn'],
            notes: '{insolvencyMonth} · {runwayMonths}',
          },
        ],
      };
      await page.evaluate((json) => localStorage.setItem('decoupling.deck.v1', json), JSON.stringify(deck));
      await page.goto(`${baseURL()}/#presenter`);
      const notes = page.getByTestId('presenter-notes');
      await notes.locator('.note-value').first().waitFor();
      expect(await notes.textContent()).toBe(`${old[0]} · ${old[1]}`);
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

describe('outside views as references', () => {
  async function chooseView(page: Page, title: string) {
    const section = page.getByTestId('reference-view');
    await section.scrollIntoViewIfNeeded();
    await section.getByLabel('Reference view').selectOption({ label: title });
  }

  async function gapParts(page: Page) {
    const table = page.getByTestId('gap-to-view').locator('table');
    await table.waitFor({ timeout: 60_000 });
    const parts = await table
      .locator('tr[data-part]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-value'))));
    const total = Number(await table.locator('tr[data-total]').getAttribute('data-total'));
    return { parts, total };
  }

  it('choosing HSBC draws its $207B gap on the burn chart and splits the gap to it; the parts sum to the gap', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2.3&rec=2026-12', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      const burn = page.locator('[data-chart="burn"]');
      // no view chosen: no reference marks
      expect(await burn.locator('g.point', { hasText: 'HSBC' }).count()).toBe(0);
      await chooseView(page, 'HSBC (Nov 2025)');
      const mark = burn.locator('g.point', { hasText: 'HSBC: $207B to raise by 2030' });
      await mark.waitFor();
      expect(await mark.locator('title').textContent()).toBe(
        'HSBC: $207B to raise by 2030, as cash of −$207B at the end of 2030 — ' +
          'HSBC (via Fortune, 26 Nov 2025, as reprinted by The Investment News), 2025-11',
      );
      const { parts, total } = await gapParts(page);
      expect(parts.length).toBeGreaterThan(0);
      expect(Math.abs(parts.reduce((s, v) => s + v, 0) - total)).toBeLessThan(1e-6);
      expect(Math.abs(total)).toBeGreaterThan(1);
      const heading = await page.getByTestId('gap-to-view').locator('h3').textContent();
      expect(heading).toMatch(/^Gap to this view: minimum cash [+−]\$[\d.]+B against HSBC \(Nov 2025\)$/);
      await burn.scrollIntoViewIfNeeded();
      await screenshot(page, 'reference-hsbc-marks-1280');
      await page.getByTestId('gap-to-view').scrollIntoViewIfNeeded();
      await screenshot(page, 'reference-hsbc-gap-1280');
      const axe = await runAxe(page);
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);

      // OpenAI's plan: its yearly burn as dashed steps on the burn panel; None takes the marks away
      await chooseView(page, "OpenAI's plan (Q1 2026)");
      await burn.locator('[data-series="view-burn"]').waitFor();
      expect(await burn.locator('g.point', { hasText: 'HSBC' }).count()).toBe(0);
      await burn.scrollIntoViewIfNeeded();
      await screenshot(page, 'reference-plan-marks-1280');
      await chooseView(page, 'None');
      await expect.poll(() => burn.locator('[data-series="view-burn"]').count()).toBe(0);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('on a phone: the marks and the gap waterfall fit 390 px', async () => {
    const app = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    try {
      const { page } = app;
      await openApp(page, '?v=2.3&rec=2026-12', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await chooseView(page, 'HSBC (Nov 2025)');
      const burn = page.locator('[data-chart="burn"]');
      await burn.locator('g.point', { hasText: 'HSBC' }).waitFor();
      await gapParts(page);
      await burn.scrollIntoViewIfNeeded();
      await screenshot(page, 'reference-hsbc-marks-390');
      await page.getByTestId('gap-to-view').scrollIntoViewIfNeeded();
      await screenshot(page, 'reference-hsbc-gap-390');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const axe = await runAxe(page);
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
