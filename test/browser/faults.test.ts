/**
 * Fault tolerance (issue 8): a data file that is missing, truncated or schema-invalid gives
 * a clear message and the rest of the page works; killing the engine worker in the middle
 * of a slider drag ends with the page showing the latest scenario.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from './support';
import { newAppPage, openApp, screenshot, setupBrowser } from './support';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const reported = readFileSync(resolve(ROOT, 'data/reported.json'), 'utf8');

const b = setupBrowser();

/** Test hooks main.tsx puts on window (typed here so this file does not depend on it). */
type Hooks = { __dashboard?: { killWorker: () => void; restarts: () => number } };

/** Texts of every KPI tile once the first result is in (each shows a digit or a word). */
async function kpiTexts(page: Page): Promise<string[]> {
  const tiles = page.locator('[data-testid^="kpi-"]');
  await expect.poll(() => tiles.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect
    .poll(() => page.getByTestId('kpi-runway').textContent(), { timeout: 15_000 })
    .toMatch(/\d|Solvent|never/i);
  return tiles.allTextContents();
}

const FAULTS: { name: string; fulfill: { status: number; contentType: string; body: string } }[] = [
  { name: 'missing', fulfill: { status: 404, contentType: 'text/plain', body: 'not found' } },
  {
    name: 'truncated',
    fulfill: { status: 200, contentType: 'application/json', body: reported.slice(0, Math.floor(reported.length / 2)) },
  },
  {
    name: 'schema-invalid',
    fulfill: {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ annual: 'not a list', points: [{ month: 'May' }] }),
    },
  },
];

describe('data file faults', () => {
  for (const fault of FAULTS) {
    it(`data/reported.json ${fault.name}: a clear message, and the dashboard still works`, async () => {
      const app = await newAppPage(b.browser);
      try {
        await app.context.route('**/data/reported.json', (route) => route.fulfill(fault.fulfill));
        await openApp(app.page);
        const notice = app.page.getByTestId('data-notice');
        await notice.waitFor({ state: 'visible', timeout: 15_000 });
        expect(await notice.textContent()).toMatch(/reported\.json/);
        // The rest works: KPIs filled in, charts drawn, a slider still moves a KPI.
        const before = await kpiTexts(app.page);
        expect(await app.page.locator('svg path').count()).toBeGreaterThan(3);
        const slider = app.page.locator('[data-lever="activeParamsB"] input[type="range"]');
        await slider.focus();
        await slider.press('End');
        await expect
          .poll(() => app.page.locator('[data-testid^="kpi-"]').allTextContents(), { timeout: 10_000 })
          .not.toEqual(before);
        await screenshot(app.page, `fault-reported-${fault.name}`);
        // The only errors are about that file (the 404 itself, say), none uncaught.
        expect(app.errors.all.filter((e) => e.kind === 'pageerror')).toEqual([]);
        app.errors.assertNone([/reported\.json/, /Failed to load resource/]);
        app.requests.assertSameOrigin();
      } finally {
        await app.close();
      }
    });
  }
});

describe('engine worker faults', () => {
  it('killing the worker mid-drag recovers with the latest scenario', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await openApp(page);
      const initial = await kpiTexts(page);
      const slider = page.locator('[data-lever="activeParamsB"] input[type="range"]');
      await slider.scrollIntoViewIfNeeded();
      const box = (await slider.boundingBox())!;
      const y = box.y + box.height / 2;
      // Drag from 20% to 80% of the track; kill the worker halfway through.
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      const steps = 20;
      for (let i = 1; i <= steps; i++) {
        await page.mouse.move(box.x + box.width * (0.2 + (0.6 * i) / steps), y);
        if (i === steps / 2) {
          await page.evaluate(() => (window as unknown as Hooks).__dashboard!.killWorker());
        }
      }
      await page.mouse.up();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as Hooks).__dashboard!.restarts()), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(1);

      // What a fresh page shows for the same link is what this page must settle on.
      const link = page.url();
      const fresh = await newAppPage(b.browser);
      let expected: string[];
      try {
        await openApp(fresh.page, link.slice(new URL(link).origin.length));
        expected = await kpiTexts(fresh.page);
      } finally {
        await fresh.close();
      }
      expect(expected).not.toEqual(initial);
      await expect
        .poll(() => page.locator('[data-testid^="kpi-"]').allTextContents(), { timeout: 10_000 })
        .toEqual(expected);
      await screenshot(page, 'fault-worker-killed-mid-drag');
      expect(app.errors.all.filter((e) => e.kind === 'pageerror')).toEqual([]);
      app.requests.assertSameOrigin();
    } finally {
      await app.close();
    }
  });
});
