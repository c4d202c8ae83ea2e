/**
 * Issue 25, items 3 and 4 on the page: "Why losses differ from cash burn" draws on the default
 * and at 390 px with the CLI's figures, and Microsoft's ledger under its chart says the CLI's
 * `microsoft` figures. axe 0 on the page with both on screen.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fmtUsdB } from '../../src/format';
import { formatViolations, newAppPage, openApp, runAxe, screenshot, setupBrowser, VIEWPORTS } from './support';

const b = setupBrowser();
const QUERY = '?v=1&rec=2026-12';
const CARD = '[data-card="losses"]';
const LEDGER = '[data-chart="microsoft"] .ms-ledger';

function cli(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', QUERY, '--format', 'json', ...args], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}
const json = cli();
const sum = (key: string, from: number, to: number) =>
  json.monthly.slice(from, to).reduce((a: number, m: Record<string, number>) => a + m[key], 0);

describe('why losses differ from cash burn', () => {
  for (const [name, viewport] of [
    ['1280', VIEWPORTS.desktop],
    ['390', VIEWPORTS.mobile],
  ] as const)
    it(`draws the three lines and the Q1 2026 items with the CLI's figures, axe 0 (${name} px)`, async () => {
      const app = await newAppPage(b.browser, { viewport });
      try {
        const { page } = app;
        await openApp(page, QUERY, { waitFor: `${CARD} path[data-series="netLossUsdB"]` });
        const card = page.locator(CARD);
        for (const s of ['burnUsdB', 'operatingLossUsdB', 'netLossUsdB'])
          expect(await card.locator(`path[data-series="${s}"]`).getAttribute('d')).toMatch(
            /^M[\d.]+,[\d.]+(L[\d.]+,[\d.-]+){20,}$/,
          );
        // Q1 2026 = months 12–14 of the CLI's monthly rows
        const row = (id: string) => card.locator(`tr[data-step="${id}"] .bridge-value`).textContent();
        expect(await row('burn')).toBe(fmtUsdB(sum('burnUsdB', 12, 15), 2));
        expect(await row('operating')).toBe(fmtUsdB(sum('operatingLossUsdB', 12, 15), 2));
        expect(await row('net')).toBe(fmtUsdB(sum('netLossUsdB', 12, 15), 2));
        expect(await row('operating')).toBe('$9.19B');
        await expect.poll(() => card.locator('tr[data-step="accrued"] .basis').textContent()).toBe('assumption');
        expect(await card.locator('tr[data-step="stockComp"] .basis').textContent()).toBe('The Information · medium');
        // another period: the year 2025, with the audited figures in words
        await card.getByLabel('Items for').selectOption('2025');
        await expect.poll(() => row('operating')).toBe(fmtUsdB(sum('operatingLossUsdB', 0, 12), 2));
        expect(await card.locator('.losses-summary').textContent()).toContain('(reported $20.9B)');
        await card.getByLabel('Items for').selectOption('Q1 2026');
        // nothing wider than the card
        const overflow = await card.evaluate((e) => e.scrollWidth - e.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await card.scrollIntoViewIfNeeded();
        await screenshot(page, `accounting-losses-${name}`);
        const results = await runAxe(page);
        expect(results.violations, formatViolations(results.violations)).toEqual([]);
        app.errors.assertNone();
      } finally {
        await app.close();
      }
    });
});

describe("Microsoft's ledger under its chart", () => {
  it("says the CLI's microsoft figures, and what Plan B moves", async () => {
    const ms = json.microsoft;
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, QUERY, { waitFor: LEDGER });
      // closed, the headline figures; open, the ledger in full
      expect(await page.locator(`${LEDGER} summary`).textContent()).toBe(
        `Microsoft's ledger, 2025–2030: Azure revenue ${fmtUsdB(ms.azureRevenueUsdB)} · revenue share $38.0B of $38B · stake ${fmtUsdB(ms.stakeValueUsdB, 'auto')}`,
      );
      await page.locator(`${LEDGER} summary`).click();
      const fig = (id: string) => page.locator(`${LEDGER} [data-figure="${id}"] dd`).textContent();
      expect(await fig('azureRevenueUsdB')).toContain(fmtUsdB(ms.azureRevenueUsdB));
      expect(await fig('revShareUsdB')).toContain(`${fmtUsdB(ms.revShareUsdB)} of the $38B cap, reached Dec 2028`);
      expect(ms.revShareCapReached).toBe('2028-12');
      expect(await fig('stakeValueUsdB')).toContain(`${fmtUsdB(ms.stakeValueUsdB, 'auto')} (22.5% of $852B)`);
      expect(await fig('equityMethodLossUsdB')).toContain(fmtUsdB(ms.equityMethodLossUsdB));
      await expect
        .poll(() => fig('planB'))
        .toContain(
          `Azure revenue ${fmtUsdB(ms.planB.azureRevenueUsdB)}, revenue share $0.0B (the cap binds either way)`,
        );
      expect(await fig('planB')).toContain(`OpenAI's revenue ${fmtUsdB(ms.planB.openAiRevenueUsdB)}`);
      await page.locator(LEDGER).scrollIntoViewIfNeeded();
      await screenshot(page, 'accounting-ms-ledger-1280');
      const results = await runAxe(page);
      expect(results.violations, formatViolations(results.violations)).toEqual([]);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
