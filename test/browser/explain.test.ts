/**
 * Issue 14, "What moved it": the waterfall names the changed levers with their parts, in the
 * dashboard, reachable by keyboard.
 */
import { describe, expect, it } from 'vitest';
import { newAppPage, openApp, screenshot, setupBrowser, VIEWPORTS, type Page } from './support';

const b = setupBrowser();

/** A part's signed value as shown ("+$12.3B", "−$4.0B") in $B. */
function parseUsdB(text: string): number {
  const m = /([+−])\$([\d.]+)([BT])$/.exec(text.trim());
  if (!m) throw new Error(`not a signed $B value: ${text}`);
  return (m[1] === '−' ? -1 : 1) * Number(m[2]) * (m[3] === 'T' ? 1000 : 1);
}

async function pressEnd(page: Page, name: string): Promise<void> {
  const slider = page.getByRole('slider', { name, exact: true }).first();
  await slider.focus();
  await slider.press('End');
}

describe('What moved it', () => {
  it('is absent at the defaults and names the two changed levers with their parts after moving them', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=1', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      expect(await page.locator('[data-chart="attribution"]').count()).toBe(0);
      await pressEnd(page, 'Chip slip');
      await pressEnd(page, 'Next funding round');
      const card = page.locator('[data-chart="attribution"]');
      await card.locator('[data-part="total"]').waitFor();
      await expect.poll(() => card.locator('.wf-row').count()).toBe(3);
      await expect.poll(() => card.getAttribute('aria-busy')).toBe('false');
      const slip = (await card.locator('[data-part="chipSlipMonths"] text').textContent())!;
      const round = (await card.locator('[data-part="funding3UsdB"] text').textContent())!;
      const total = (await card.locator('[data-part="total"] text').textContent())!;
      expect(slip).toMatch(/^Chip slip [+−]\$[\d.]+B$/);
      expect(round).toMatch(/^Next funding round [+−]\$[\d.]+B$/);
      expect(total).toMatch(/^Total [+−]\$[\d.]+B$/);
      // $200B more funding raises the lowest cash point; so does a later chip (its spending comes later)
      expect(parseUsdB(round.replace('Next funding round ', ''))).toBeGreaterThan(100);
      expect(parseUsdB(slip.replace('Chip slip ', ''))).toBeGreaterThan(0);
      // the parts as printed sum to the total as printed, within their rounding
      const sum = parseUsdB(slip.replace('Chip slip ', '')) + parseUsdB(round.replace('Next funding round ', ''));
      expect(Math.abs(sum - parseUsdB(total.replace('Total ', '')))).toBeLessThanOrEqual(1.5);
      await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toMatch(/^What moved it: (Chip slip|Next funding round) moved minimum cash most: \+\$/);
      await expect.poll(() => card.locator('.chart-note').textContent()).toMatch(/^Method: Shapley values over the 2 changed inputs \(2\^2 runs\)/);

      // another output: months of cash
      await card.getByLabel('Output').selectOption('insolvency');
      await expect.poll(() => card.locator('[data-part="total"] text').textContent()).toMatch(/^Total [+−][\d.]+ mo$/);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'what-moved-it-1280');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('splits against the pinned baseline, and its select is reached by Tab', async () => {
    const app = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    try {
      const { page } = app;
      await openApp(page, '?v=1&f3=100', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      const card = page.locator('[data-chart="attribution"]');
      await card.locator('[data-part="funding3UsdB"]').waitFor();
      await page.getByRole('button', { name: 'Pin as baseline' }).click();
      await card.waitFor({ state: 'detached' });
      // the lever panel is a bottom sheet at this width: set the lever through the page's test hook
      await page.evaluate(() => window.__dashboard!.store.getState().setParam('chipSlipMonths', 18));
      await card.locator('[data-part="chipSlipMonths"]').waitFor();
      await expect.poll(() => card.locator('.wf-row').count()).toBe(2);
      await expect.poll(() => card.locator('.chart-subtitle').textContent()).toMatch(/against the pinned baseline/);
      await page.locator('body').focus();
      let reached = false;
      for (let i = 0; i < 400 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.closest('[data-chart="attribution"]') !== null
          && document.activeElement?.tagName === 'SELECT');
      }
      expect(reached).toBe(true);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'what-moved-it-390');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
