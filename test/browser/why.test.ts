/**
 * Issue 23: one meaning per number, and the why beside the result. Each test fails on main
 * before this branch (a4b6f6c / 0fd4750): tile and chart disagreed, the header took 320+ px, the
 * next round's month was live at $0, no why line, no funding switch, no sentence to copy.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../support/cli';
import { baseURL, newAppPage, openApp, screenshot, setupBrowser, VIEWPORTS, type Page } from './support';

const b = setupBrowser();
const READY = '[data-chart="burn"] path[data-series="cash"]';

/** The CLI's figures for a link: src/cli/simulate.ts run in this process (test/unit/cli runs the real `tsx` command too). */
async function cliFigures(query: string): Promise<Record<string, { name: string; basis: string; text: string }>> {
  const r = await simulate(query);
  expect(r.code).toBe(0);
  return JSON.parse(r.out).figures;
}

const title = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"] .chart-title`).first().textContent();

/** Opens a chart's table and reads the cell in the row labelled `row` and the column labelled `column`. */
async function tableCell(page: Page, chart: string, row: string, column: string): Promise<string | null> {
  const card = page.locator(`[data-chart="${chart}"]`).first();
  if ((await card.locator('.chart-table').count()) === 0) await card.getByRole('button', { name: 'Table' }).click();
  return card.locator('.chart-table').evaluate(
    (table, [row, column]) => {
      const col = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent?.trim() === column);
      const tr = [...table.querySelectorAll('tbody tr')].find(
        (r) => r.querySelector('th')?.textContent?.trim() === row,
      );
      return col >= 0 && tr ? (tr.children[col]?.textContent?.trim() ?? null) : `no row "${row}" or column "${column}"`;
    },
    [row, column],
  );
}

describe('one meaning per number', () => {
  for (const query of ['?v=1&rec=2026-12', '?v=1&rec=2026-12&slip=24', '?v=1&rec=2026-12&msrs=0.3']) {
    it(`tile, chart title and CLI quote the same figures (${query})`, async () => {
      const app = await newAppPage(b.browser);
      try {
        const { page } = app;
        await openApp(page, query, { waitFor: READY });
        const cli = await cliFigures(query);
        await expect
          .poll(() => page.getByTestId('kpi-cashnow').locator('.kpi-value').textContent())
          .toBe(cli.cashNow.text);
        const cost = (await page.getByTestId('kpi-cost').locator('.kpi-value').textContent())!;
        expect(cost).toBe(`${cli.costAllInNow.text} → ${cli.costAllInEnd.text}`.replaceAll('¢', ''));
        expect(await title(page, 'cost')).toContain(`${cli.costAllInNow.name} `);
        expect(await title(page, 'cost')).toContain(`${cli.costAllInNow.text} now → ${cli.costAllInEnd.text}`);
        const wh = (await page.getByTestId('kpi-wh').locator('.kpi-value').textContent())!;
        expect(`${wh.split(' → ')[0]} Wh`).toBe(cli.whPerQueryNow.text);
        expect(await title(page, 'power')).toContain(`${cli.whPerQueryNow.text} now`);
        const out = (await page.getByTestId('kpi-insolvency').locator('.kpi-value').textContent())!;
        expect(out).toBe(cli.insolvencyMonth.text);
        expect(await title(page, 'burn')).toContain(
          `${cli.insolvencyMonth.text}, ${cli.monthsOfCash.text} from Nov 2026`,
        );
        // and each chart's table, in the row of the month the figure is for, under the same name
        const now = `${cli.costAllInNow.basis} (now)`;
        expect(now).toBe('Nov 2026 (now)');
        const end = `${cli.costAllInEnd.basis} (end)`;
        expect(await tableCell(page, 'cost', now, `${cli.costAllInNow.name}, ¢`)).toBe(cli.costAllInNow.text);
        expect(await tableCell(page, 'cost', end, `${cli.costAllInEnd.name}, ¢`)).toBe(cli.costAllInEnd.text);
        expect(await tableCell(page, 'cost', now, `${cli.costPhysicsNow.name}, ¢`)).toBe(cli.costPhysicsNow.text);
        expect(`${await tableCell(page, 'power', now, 'Blended, Wh')} Wh`).toBe(cli.whPerQueryNow.text);
        expect(await tableCell(page, 'burn', now, 'Cash at the end, $B')).toBe(cli.cashNow.text);
      } finally {
        await app.close();
      }
    });
  }
});

describe('a compact head', () => {
  it('header and KPI strip take at most a quarter of the screen at 1280×800 and, scrolled, at 390×844', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=1&rec=2026-12', { waitFor: READY });
      const bottom = await app.page.locator('.kpi-strip').evaluate((e) => e.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(200);
      await screenshot(app.page, 'why-1280-top');
    } finally {
      await app.close();
    }
    const phone = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    try {
      await openApp(phone.page, '?v=1&rec=2026-12', { waitFor: READY });
      await phone.page.mouse.move(195, 600);
      await phone.page.mouse.wheel(0, 1200);
      await expect
        .poll(() => phone.page.locator('.kpi-strip').evaluate((e) => e.getBoundingClientRect().bottom))
        .toBeLessThanOrEqual(844 / 4);
      await screenshot(phone.page, 'why-390-scrolled');
    } finally {
      await phone.close();
    }
  });
});

describe('the why, in place', () => {
  it("the next round's month is disabled while its amount is $0, and says why", async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=1&rec=2026-12', { waitFor: READY });
      const row = page.locator('[data-lever="funding3Month"]');
      await row.scrollIntoViewIfNeeded();
      await expect.poll(() => row.getByRole('slider').isDisabled()).toBe(true);
      expect(await row.locator('.lever-why').textContent()).toBe(
        '“Next funding round” is $0B, so “Next round lands” changes nothing.',
      );
    } finally {
      await app.close();
    }
  });
  it("a higher revenue share: the card and the lever's row say the $38B cap absorbs it", async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=1&rec=2026-12&msrs=0.3', { waitFor: READY });
      const why = page.locator('.attribution-why li').first();
      await why.waitFor({ timeout: 30_000 });
      expect(await why.textContent()).toMatch(
        /Revenue share to Microsoft: The \$38B cap on Microsoft's revenue share is reached in \w{3} 20\d\d .*either way/,
      );
      const row = page.locator('[data-lever="msRevenueShare"] .lever-why');
      await expect.poll(() => row.textContent()).toMatch(/^Minimum cash: The \$38B cap/);
      await why.scrollIntoViewIfNeeded();
      await screenshot(page, 'why-card');
    } finally {
      await app.close();
    }
  });
});

describe('copy as sentence', () => {
  it('the Cash runs out tile puts one sentence with the figure, basis, scenario and link on the clipboard', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page, context } = app;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
      await openApp(page, '?v=1&rec=2026-12', { waitFor: READY });
      await page.getByRole('button', { name: 'Copy as sentence: Cash runs out' }).click();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toBe(
        `On the record through Nov 2026 and OpenAI's own plan, OpenAI's cash runs out in Aug 2028, 21 months from now, without new funding (closed and committed money only) (Decoupling Dashboard, scenario "the defaults (OpenAI's own plan)", ${page.url()}).`,
      );
    } finally {
      await app.close();
    }
  });
});

describe('uncertainty asks one question at a time', () => {
  it('"No new funding" is on by default and the probability names its basis; off, it names the conditional money', async () => {
    const app = await newAppPage(b.browser, { viewport: { width: 1280, height: 1400 } });
    try {
      const { page } = app;
      await openApp(page, '?v=1&rec=2026-12&seed=1&n=500', { waitFor: READY });
      await page
        .locator('.mc-status')
        .filter({ hasText: /samples in/ })
        .waitFor({ timeout: 60_000 });
      const sw = page.getByRole('checkbox', { name: /No new funding/ });
      expect(await sw.isChecked()).toBe(true);
      const sentence = page.getByTestId('mc-by-sentence');
      await expect.poll(() => sentence.textContent()).toMatch(/^P\(cash < 0 by Dec 2030\) = \d+%, with no new funding/);
      await sw.uncheck();
      await page.getByRole('button', { name: /^Run( again)?$/ }).click();
      await expect
        .poll(() => sentence.textContent(), { timeout: 60_000 })
        .toContain('counting conditional money with its probability (Amazon $35B (if IPO/milestone), $35B at 60%)');
      await page.getByTestId('uncertainty-panel').scrollIntoViewIfNeeded();
      await screenshot(page, 'why-montecarlo');
    } finally {
      await app.close();
    }
  });
});

describe('nothing off-screen', () => {
  it('the header menus open inside the window from 360 to 1280 px (Embed opened at x = −155 at 390 before)', async () => {
    for (const width of [360, 390, 768, 1280]) {
      const app = await newAppPage(b.browser, { viewport: { width, height: 844 } });
      try {
        const { page } = app;
        await openApp(page, '?v=1&rec=2026-12', { waitFor: READY });
        for (const name of [/^Embed/, /^Saved/, /^Export/]) {
          const button = page.getByRole('button', { name }).first();
          await button.click();
          const box = await page.locator('[popover].anchored:popover-open').evaluate((e) => {
            const r = e.getBoundingClientRect();
            return { left: r.left, right: r.right };
          });
          expect(box.left, `${name} at ${width}`).toBeGreaterThanOrEqual(0);
          expect(box.right, `${name} at ${width}`).toBeLessThanOrEqual(width);
          await page.keyboard.press('Escape');
        }
        if (width === 390) {
          await page.getByRole('button', { name: /^Embed/ }).click();
          await page.getByRole('button', { name: 'Copy embed code' }).click({ trial: true });
          await screenshot(page, 'why-embed-390');
          await page.keyboard.press('Escape');
        }
      } finally {
        await app.close();
      }
    }
  });
});
