import { describe, expect, it } from 'vitest';
import { newAppPage, openApp, screenshot, setupBrowser, VIEWPORTS, type Page } from './support';

type Hooks = { __dashboard?: { killWorker: () => void; restarts: () => number } };

const b = setupBrowser();
const kpi = (page: Page, id: string) => page.getByTestId(`kpi-${id}`).locator('.kpi-value').textContent();
const cashPath = (page: Page) => page.locator('[data-chart="burn"] path[data-series="cash"]').getAttribute('d');
const resultSeq = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.resultSeq ?? 0));

async function ready(page: Page): Promise<void> {
  await openApp(page, '', { waitFor: '[data-chart="burn"] path[data-series="cash"]' });
}

describe('dashboard', () => {
  it('moving a slider with the keyboard redraws the charts and moves a KPI', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      // five: 'Who holds the risk' loads on demand, after the four charts
      await expect.poll(() => page.locator('[data-chart]').count()).toBe(5);
      // at 1280×800 two charts sit side by side at full height, and the events table starts below them
      const [burn, cost, events] = await Promise.all(
        ['[data-chart="burn"]', '[data-chart="cost"]', '.events-panel'].map((s) => page.locator(s).boundingBox()),
      );
      expect(burn!.height).toBeGreaterThan(250);
      expect(Math.abs(cost!.y - burn!.y)).toBeLessThan(2);
      expect(cost!.x).toBeGreaterThan(burn!.x + burn!.width - 1);
      expect(events!.y).toBeGreaterThan(burn!.y + burn!.height);
      const runway = await kpi(page, 'runway');
      const path = await cashPath(page);
      const slider = page.getByRole('slider', { name: 'Revenue run-rate at start', exact: true });
      await slider.focus();
      for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
      await expect.poll(() => kpi(page, 'runway')).not.toBe(runway);
      await expect.poll(() => cashPath(page)).not.toBe(path);
      expect(await slider.getAttribute('aria-valuetext')).toBe('7.0 $B/yr'); // 6.0 + 10 steps of 0.1
      // the chart title states the finding in words
      expect(await page.locator('[data-chart="burn"] h2').textContent()).toMatch(
        /^(Cash runs out in|Solvent through) \w{3} \d{4}/,
      );
      await screenshot(page, 'dashboard-1280x800');
      // no figure anywhere on the page (tables, the events panel, hidden summaries) is NaN,
      // undefined or Infinity: the events panel's Broadcom rows once read "NaN-NaN"
      await page.locator('.events-table tbody tr[data-event="broadcom-phase1"]').waitFor();
      const broken = await page.evaluate(() =>
        [...document.body.querySelectorAll('td, th, p, h2, text, dd, span, time')]
          .map((el) => el.textContent ?? '')
          .filter((t) => /\bNaN\b|\bundefined\b|Infinity/.test(t)),
      );
      expect(broken).toEqual([]);
      expect(await page.locator('tr[data-event="broadcom-phase1"] time').textContent()).toBe('2026-12');
      expect(app.errors.all.filter((e) => e.kind === 'pageerror')).toEqual([]);
      app.requests.assertSameOrigin();
    } finally {
      await app.close();
    }
  });

  it('the KPI strip keeps its height while the first result is computed, so the page does not move (1280 and 390 px)', async () => {
    for (const viewport of [VIEWPORTS.desktop, VIEWPORTS.mobile]) {
      const app = await newAppPage(b.browser, { viewport });
      const { page } = app;
      try {
        // hold the calculation worker back, so the strip is seen before its first result
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        await page.route(/worker/i, async (route) => {
          await held;
          await route.continue();
        });
        await openApp(page, '', { waitFor: '.kpi-loading', assumptions: false });
        const measure = () =>
          page.evaluate(() => ({
            strip: Math.round(document.querySelector('.kpi-strip')!.getBoundingClientRect().height),
            workspace: Math.round(document.querySelector('.workspace')!.getBoundingClientRect().top),
          }));
        const before = await measure();
        expect(await page.locator('.kpi-loading').textContent()).toContain('Headline figures: calculating…');
        release();
        await page.locator('section.kpi-strip [data-testid="kpi-runway"] .kpi-value').waitFor();
        expect(await kpi(page, 'runway')).toMatch(/^\d+\.\d mo$/);
        expect(await measure(), `at ${viewport.width} px`).toEqual(before);
      } finally {
        await app.close();
      }
    }
  });

  it('arrow-key steps in quick succession are one history entry and Back undoes the run; no document is parsed (the tab icon is an inlined PNG)', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      const slider = page.getByRole('slider', { name: 'Electricity price', exact: true });
      await slider.focus();
      const start = await slider.inputValue();
      const entries = await page.evaluate(() => history.length);
      const seq = await resultSeq(page);
      await b.browser.startTracing(page, { categories: ['devtools.timeline'] });
      for (let i = 1; i <= 3; i++) {
        await slider.press('ArrowRight');
        await expect.poll(() => resultSeq(page)).toBe(seq + i);
      }
      const moved = await slider.inputValue();
      expect(Number(moved)).toBeGreaterThan(Number(start));
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      await page.waitForTimeout(1000); // the run ends; the tab icon is fetched after an entry is written
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      const trace = JSON.parse((await b.browser.stopTracing()).toString()) as { traceEvents: { name: string }[] };
      // an SVG tab icon was fetched again per entry and parsed as a document on the main thread
      expect(trace.traceEvents.filter((e) => e.name === 'ParseHTML')).toEqual([]);
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/png;base64,/);
      expect(page.url()).toContain(`elec=${moved}`);
      await page.goBack();
      await expect.poll(() => slider.inputValue()).toBe(start);
    } finally {
      await app.close();
    }
  });

  it('the info popover and the Export menu are native popovers: Esc and a click outside close them, focus returns', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      const info = page.getByRole('button', { name: 'About Data-centre PUE: source and confidence' });
      await info.click();
      const dialog = page.getByRole('dialog', { name: 'Data-centre PUE: source' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/Confidence: high/);
      expect(await info.getAttribute('aria-expanded')).toBe('true');
      // hung under its button, not centred on the screen
      const [b1, d1] = [await info.boundingBox(), await dialog.boundingBox()];
      expect(d1!.y).toBeGreaterThanOrEqual(b1!.y + b1!.height);
      expect(d1!.y).toBeLessThan(b1!.y + b1!.height + 12);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'About Data-centre PUE: source and confidence',
      );
      await info.click();
      await dialog.waitFor();
      await page.mouse.click(900, 20);
      await expect.poll(() => dialog.count()).toBe(0);

      const exportButton = page.getByRole('button', { name: 'Export ▾', exact: true });
      await exportButton.click();
      const menu = page.getByRole('group', { name: 'Export' });
      await menu.getByRole('button', { name: 'Burn & cash as PNG' }).focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export ▾');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('hovering a chart shows the crosshair on every chart and a tooltip of values', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      const box = (await page.locator('[data-chart="burn"] .hover-target').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.5, box.y + 30);
      await expect.poll(() => page.locator('.crosshair').count()).toBe(4);
      expect(await page.locator('[data-chart="power"] .tooltip').textContent()).toMatch(/Blended.*Wh/);
      await screenshot(page, 'dashboard-crosshair');
    } finally {
      await app.close();
    }
  });

  it('pinning a baseline leaves a grey ghost on every chart and deltas on the KPI tiles', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      await page.getByRole('button', { name: 'Pin as baseline' }).click();
      await expect.poll(() => page.locator('[data-chart] path.ghost').count()).toBeGreaterThanOrEqual(4);
      const slider = page.getByRole('slider', { name: 'Revenue run-rate at start', exact: true });
      await slider.focus();
      for (let i = 0; i < 15; i++) await slider.press('ArrowRight');
      await expect.poll(() => page.getByTestId('kpi-runway').locator('.kpi-delta').textContent()).toMatch(/^\+/);
      await screenshot(page, 'dashboard-baseline');
      await page.getByRole('button', { name: 'Clear baseline' }).click();
      await expect.poll(() => page.locator('[data-chart] path.ghost').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('a killed worker is restarted, the charts never go blank, and the page keeps working', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      await page.evaluate(() => (window as unknown as Hooks).__dashboard!.killWorker());
      // the last result stays on screen while the new worker starts
      expect(await page.locator('[data-chart="burn"] path[data-series="cash"]').count()).toBe(1);
      await page.getByTestId('engine-notice').waitFor({ state: 'visible' });
      expect(await page.getByTestId('engine-notice').textContent()).toMatch(/restarted/);
      expect(await page.evaluate(() => (window as unknown as Hooks).__dashboard!.restarts())).toBe(1);
      const seq = await resultSeq(page);
      const runway = await kpi(page, 'runway');
      const slider = page.getByRole('slider', { name: 'Revenue run-rate at start', exact: true });
      await slider.focus();
      await slider.press('End');
      await expect.poll(() => resultSeq(page)).toBeGreaterThan(seq);
      await expect.poll(() => kpi(page, 'runway')).not.toBe(runway);
      await screenshot(page, 'dashboard-worker-restarted');
    } finally {
      await app.close();
    }
  });

  it('at 390×844 the charts stack, the KPI strip scrolls sideways and the levers are a bottom sheet', async () => {
    const app = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    const { page } = app;
    try {
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const strip = await page
        .locator('.kpi-strip')
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(strip.scroll).toBeGreaterThan(strip.client);
      const [a, c] = await Promise.all(
        ['burn', 'cost'].map((id) => page.locator(`[data-chart="${id}"]`).boundingBox()),
      );
      expect(c!.y).toBeGreaterThan(a!.y + a!.height - 1);
      await screenshot(page, 'dashboard-390x844');
      const handle = page.getByRole('button', { name: /Levers/ });
      await handle.click();
      const slider = page.getByRole('slider', { name: 'Electricity price', exact: true });
      await slider.waitFor({ state: 'visible' });
      // the sheet slides up (0.2 s)
      await expect.poll(async () => (await page.locator('.lever-panel').boundingBox())!.y).toBeLessThan(844 * 0.6);
      // scrolled to the first chart, the KPI strip stays at the top above it
      // (the burn chart's top just under the strip: the strip, if it did not stay, would be above the view)
      await page.evaluate(() =>
        window.scrollTo(
          0,
          document.querySelector('[data-chart="burn"]')!.getBoundingClientRect().top +
            window.scrollY -
            document.querySelector('.kpi-strip')!.getBoundingClientRect().height,
        ),
      );
      await expect.poll(async () => (await page.locator('.kpi-strip').boundingBox())!.y).toBeLessThan(1);
      await screenshot(page, 'dashboard-390x844-levers');
    } finally {
      await app.close();
    }
  });

  it('a link with a Monte Carlo seed opens the uncertainty section and runs it', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await openApp(page, '?v=1&seed=42&n=500', { waitFor: '[data-chart="burn"] path[data-series="cash"]' });
      const section = page.getByRole('region', { name: 'Uncertainty and sensitivity' });
      expect(
        await section.getByRole('button', { name: /Uncertainty & sensitivity/ }).getAttribute('aria-expanded'),
      ).toBe('true');
      await section.getByText(/500 samples in/).waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).search).toMatch(/seed=42&n=500/);
    } finally {
      await app.close();
    }
  });

  it('draws "now" (Nov 2026) on all four charts, with the projection shaded after it', async () => {
    const app = await newAppPage(b.browser);
    try {
      await ready(app.page);
      for (const id of ['burn', 'cost', 'power', 'microsoft']) {
        const chart = app.page.locator(`[data-chart="${id}"]`);
        expect(await chart.locator('.now-line').count()).toBe(1);
        expect(await chart.locator('.projection-shade').count()).toBe(1);
        expect(await chart.locator('.now-label').textContent()).toBe('now · Nov 2026 →');
      }
    } finally {
      await app.close();
    }
  });

  it('renders in the dark theme', async () => {
    const app = await newAppPage(b.browser, { colorScheme: 'dark' });
    const { page } = app;
    try {
      await ready(page);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(17, 20, 24)');
      await screenshot(page, 'dashboard-dark-1280x800');
    } finally {
      await app.close();
    }
  });
});
