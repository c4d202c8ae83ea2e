import { describe, expect, it } from 'vitest';
import { formatViolations, newAppPage, openApp, runAxe, screenshot, setupBrowser, type Page } from './support';

/*
 * Issue 5 from a person's side: a shared link opens its scenario, a bad link never breaks the
 * page, Back steps through scenarios, and damaged saved scenarios do not stop the page loading.
 */

const b = setupBrowser();

const slider = (page: Page, label: string) => page.getByRole('slider', { name: label, exact: true });
const kpiText = (page: Page, id: string) => page.getByTestId(`kpi-${id}`).locator('.kpi-value').textContent();
const search = (page: Page) => page.evaluate(() => window.location.search);

async function kpisReady(page: Page): Promise<void> {
  await page.getByTestId('kpi-wh').waitFor({ state: 'visible' });
}

describe('share links', () => {
  it('opens a shared link with its values in the sliders and the KPIs', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=1');
      await kpisReady(app.page);
      const defaultWh = await kpiText(app.page, 'wh');

      await openApp(app.page, '?v=1&mfu=0.2&pue=1.5');
      await kpisReady(app.page);
      expect(await slider(app.page, 'Data-centre PUE').inputValue()).toBe('1.5');
      expect(await slider(app.page, 'Utilisation while serving (MFU)').inputValue()).toBe('0.2');
      await expect.poll(() => kpiText(app.page, 'wh')).not.toBe(defaultWh);
      // written back in canonical form: registry order, engine version in v
      expect(await search(app.page)).toMatch(/^\?v=2\.\d+&rec=2026-11&mfu=0\.2&pue=1\.5$/); // a link without rec= stays on 2026-11
      await screenshot(app.page, 'share-opened-link');
      app.requests.assertSameOrigin();
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('refuses bad values in a banner, shows payloads as text, and reports unknown keys without passing them on', async () => {
    const app = await newAppPage(b.browser);
    try {
      const bad =
        '?v=1&pue=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&mfu=9&zzz=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&elec=%E0%A4%A';
      await openApp(app.page, bad);
      await kpisReady(app.page);
      const banner = app.page.getByRole('region', { name: 'Some values in this link were not used' });
      await banner.waitFor({ state: 'visible' });
      const text = await banner.textContent();
      expect(text).toContain('<script>window.__pwned=1</script>');
      expect(text).toContain('outside the allowed range');
      expect(text).toContain('zzz');
      expect(await banner.locator('script, img, svg, iframe').count()).toBe(0);
      expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await slider(app.page, 'Data-centre PUE').inputValue()).toBe('1.2');
      expect(await search(app.page)).toMatch(/^\?v=2\.\d+&rec=2026-11$/); // unknown keys are reported, never passed on
      await screenshot(app.page, 'share-bad-link-banner');
      const axe = await runAxe(app.page, {}, '.share-banner');
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      await banner.getByRole('button', { name: /Dismiss/ }).click();
      await expect.poll(() => banner.count()).toBe(0);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('moving a slider adds a history entry; Back shows the earlier scenario', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=1&rec=2026-12&pue=1.5');
      await kpisReady(app.page);
      const before = await kpiText(app.page, 'wh');
      const pue = slider(app.page, 'Data-centre PUE');
      // a drag: many values on the way, one history entry when it ends
      await pue.scrollIntoViewIfNeeded();
      const box = (await pue.boundingBox())!;
      const y = box.y + box.height / 2;
      await app.page.mouse.move(box.x + box.width * 0.2, y);
      await app.page.mouse.down();
      for (const f of [0.3, 0.45, 0.6, 0.75, 0.8]) await app.page.mouse.move(box.x + box.width * f, y, { steps: 2 });
      await app.page.mouse.up();
      const dragged = await pue.inputValue();
      expect(Number(dragged)).toBeGreaterThan(1.6);
      await expect.poll(() => search(app.page)).toMatch(new RegExp(`pue=${dragged.replace('.', '\\.')}$`));
      await expect.poll(() => kpiText(app.page, 'wh')).not.toBe(before);

      await app.page.goBack();
      await expect.poll(() => search(app.page)).toMatch(/pue=1\.5$/);
      await expect.poll(() => pue.inputValue()).toBe('1.5');
      await expect.poll(() => kpiText(app.page, 'wh')).toBe(before);
      await app.page.goForward();
      await expect.poll(() => pue.inputValue()).toBe(dragged);

      // a key press is a finished change too
      await pue.focus();
      await pue.press('ArrowLeft');
      const stepped = (Number(dragged) - 0.01).toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
      await expect.poll(() => pue.inputValue()).toBe(stepped);
      await app.page.goBack();
      await expect.poll(() => pue.inputValue()).toBe(dragged);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('still loads with corrupt saved scenarios in localStorage, and other keys survive', async () => {
    const app = await newAppPage(b.browser);
    try {
      await app.context.addInitScript(() => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('decoupling.saved.v1', '{"version":1,"scenarios":[{"name":<script>alert(1)</script>');
        localStorage.setItem('someone.else', 'precious');
      });
      await openApp(app.page, '?v=1&rec=2026-12&pue=1.5');
      await kpisReady(app.page);
      expect(await slider(app.page, 'Data-centre PUE').inputValue()).toBe('1.5');
      await app.page.getByText('Saved ▾').click();
      await expect.poll(() => app.page.getByRole('alert').filter({ hasText: 'damaged' }).count()).toBe(1);
      await app.page.getByRole('button', { name: 'Clear saved scenarios' }).click();
      expect(await app.page.evaluate(() => localStorage.getItem('someone.else'))).toBe('precious');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
