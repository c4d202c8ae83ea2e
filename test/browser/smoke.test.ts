import { describe, expect, it } from 'vitest';
import { newAppPage, openApp, screenshot, setupBrowser, VIEWPORTS } from './support';

const TITLE = 'Decoupling Dashboard — can OpenAI pay for its own inference?';
const b = setupBrowser();

describe('smoke: the built app loads', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`renders at ${viewport.width}×${viewport.height} with no error and no off-origin request`, async () => {
      const app = await newAppPage(b.browser, { viewport });
      try {
        const response = await openApp(app.page);
        expect(response?.status()).toBe(200);
        expect(await app.page.title()).toBe(TITLE);
        // Let late work (worker start, data fetches) settle before judging.
        await app.page.waitForLoadState('networkidle');
        await screenshot(app.page, `smoke-${name}-${viewport.width}x${viewport.height}`);
        app.requests.assertSameOrigin();
        app.errors.assertNone();
        expect(app.requests.all.length).toBeGreaterThan(0);
      } finally {
        await app.close();
      }
    });
  }

  it('ships a Content-Security-Policy without inline script and with connect-src self', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page);
      const csp = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp).toBeTruthy();
      const directives = new Map(
        csp!.split(';').map((d) => {
          const [k, ...v] = d.trim().split(/\s+/);
          return [k, v] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      // No inline <script> in the document (the CSP would refuse it anyway).
      const inline = await app.page.$$eval('script:not([src])', (s) => s.map((e) => e.outerHTML.slice(0, 80)));
      expect(inline).toEqual([]);
      // And the browser enforces it: an inline script injected now does not run.
      const ran = await app.page.evaluate(() => {
        const w = window as unknown as { __inlineRan?: boolean };
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.appendChild(s);
        return w.__inlineRan === true;
      });
      expect(ran).toBe(false);
    } finally {
      await app.close();
    }
  });

  it("runs no page but the test's: the omnibox pop-up Chromium opens per context is switched off", async () => {
    const app = await newAppPage(b.browser);
    const cdp = await b.browser.newBrowserCDPSession();
    try {
      await app.page.goto('about:blank');
      const { targetInfos } = await cdp.send('Target.getTargets');
      // a chrome://omnibox-popup.top-chrome/ target (type browser_ui) cost 1.4 s of CPU a context
      expect(targetInfos.map((t) => `${t.type} ${t.url}`)).toEqual(['page about:blank']);
    } finally {
      await cdp.detach();
      await app.close();
    }
  });

  it('serves the data files at /data/*.json', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page);
      const status = await app.page.evaluate(async () => {
        const r = await fetch('/data/levers.json');
        const body: unknown = await r.json();
        return { ok: r.ok, isObject: typeof body === 'object' && body !== null };
      });
      expect(status).toEqual({ ok: true, isObject: true });
    } finally {
      await app.close();
    }
  });
});
