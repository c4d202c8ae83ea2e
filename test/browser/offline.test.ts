import { expect, it } from 'vitest';
import { baseURL, newAppPage, openApp, screenshot, setupBrowser } from './support';

/** The precache list the build wrote into the served sw.js. */
async function precacheList(): Promise<string[]> {
  const sw = await (await fetch(`${baseURL()}/sw.js`)).text();
  const m = /const PRECACHE = (\{.*?\});/.exec(sw);
  if (!m) throw new Error('sw.js has no precache list: did the offline-precache plugin run?');
  return (JSON.parse(m[1]) as { files: string[] }).files;
}

const b = setupBrowser();

it('works offline after one visit (service worker precache)', async () => {
  const app = await newAppPage(b.browser, { serviceWorkers: 'allow' });
  const { page, context } = app;
  try {
    await openApp(page);
    // the eight KPI tiles, once the first result is in (on a first visit the service worker's
    // precache competes with the page for the machine: the result can land after openApp returns)
    await expect.poll(() => page.locator('[data-testid^="kpi-"]').count(), { timeout: 15_000 }).toBe(8);
    // First visit: wait until the service worker has installed (precached) and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((ok) =>
          navigator.serviceWorker.addEventListener('controllerchange', () => ok(), { once: true }),
        );
      }
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const files = (
        await Promise.all(
          names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)),
        )
      ).flat();
      return files;
    });
    // Everything the build emitted is cached (index.html, chunks, the engine worker, data files).
    expect(cached.sort()).toEqual(expect.arrayContaining((await precacheList()).map((f) => `/${f}`)));
    expect(cached).toContain('/index.html');
    expect(cached.some((f) => f.startsWith('/assets/') && f.endsWith('.js'))).toBe(true);
    expect(cached.filter((f) => f.startsWith('/data/') && f.endsWith('.json')).length).toBeGreaterThan(0);

    await context.setOffline(true);
    // The network really is off: an uncached URL fails.
    const probe = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}`).then(
        () => 'reached',
        () => 'offline',
      ),
    );
    expect(probe).toBe('offline');

    // Reload and open a deep link (with a query string): both come from the cache.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect(await page.title()).toMatch(/^Decoupling Dashboard/);
    await openApp(page, '?v=1');
    const data = await page.evaluate(async () => (await fetch('/data/levers.json')).ok);
    expect(data).toBe(true);
    // The KPI tiles fill in offline too (the engine worker is cached).
    const tiles = page.locator('[data-testid^="kpi-"]');
    await expect.poll(() => tiles.first().textContent(), { timeout: 15_000 }).toMatch(/\d/);
    // And it works: a lever moves the KPIs with the network off.
    const slider = page.locator('input[type="range"]').first();
    const before = await tiles.allTextContents();
    await slider.focus();
    await slider.press('End');
    await expect.poll(() => tiles.allTextContents(), { timeout: 10_000 }).not.toEqual(before);
    await screenshot(page, 'offline-reload-1280x800');
    app.requests.assertSameOrigin();
    // The failed probe above is the only expected error.
    app.errors.assertNone([/not-cached-/]);
  } finally {
    await context.setOffline(false);
    await app.close();
  }
});
