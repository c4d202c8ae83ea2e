/**
 * Accessibility gate (issue 8): axe-core reports zero violations, and every control is
 * reachable by Tab with a visible focus indicator.
 *
 * VIEWS lists the screens to check: dashboard, deck editor, slide show, presenter view and
 * compare. `open` gets a page already showing the dashboard (or `query`) and brings the view
 * up (click, key, URL).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { AppPage, Page } from './support';
import { formatViolations, newAppPage, openApp, runAxe, screenshot, setupBrowser, VIEWPORTS } from './support';

interface View {
  name: string;
  query?: string;
  /** Brings the view up; returns false when it cannot (the test fails). */
  open?: (page: Page) => Promise<boolean>;
  /** Which of VARIANTS to check (all when absent); each costs ~3 s. */
  variants?: string[];
}

async function clickIfPresent(page: Page, name: string): Promise<boolean> {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.count()) === 0) return false;
  await button.first().click();
  return true;
}

/** The accessible description Chromium computes for the first element matching `selector`. */
async function accessibleDescription(page: Page, selector: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0]?.description?.value as string | undefined;
  } finally {
    await cdp.detach();
  }
}

const VIEWS: View[] = [
  { name: 'dashboard' },
  {
    name: 'what moved it',
    query: '?v=1&slip=18&f3=100',
    open: async (page) => {
      await page.locator('[data-chart="attribution"] [data-part="total"]').waitFor();
      return true;
    },
  },
  {
    name: 'embed',
    variants: ['light 1280×800', 'dark 1280×800', 'light 390×844'],
    query: '/embed.html?chart=burn&v=1&slip=18',
    open: async (page) => {
      await page.locator('main.embed svg.chart-svg').waitFor();
      return true;
    },
  },
  {
    name: 'embed menu',
    variants: ['light 1280×800'],
    open: async (page) => {
      if (!(await clickIfPresent(page, 'Embed ▾'))) return false;
      await page.getByRole('group', { name: 'Embed and cite' }).waitFor();
      return true;
    },
  },
  {
    name: 'deck editor',
    variants: ['light 1280×800'],
    open: async (page) => {
      if (!(await clickIfPresent(page, 'Deck…'))) return false;
      await page.getByRole('dialog', { name: 'Briefing deck' }).waitFor();
      return true;
    },
  },
  {
    name: 'slide show of the screen (Present, no deck)',
    variants: ['light 1280×800'],
    open: async (page) => {
      if (!(await clickIfPresent(page, 'Present'))) return false;
      await page.locator('.slideshow [data-slide-index="0"]').waitFor();
      return true;
    },
  },
  {
    name: 'slide show: What moved it (Present with a pinned baseline)',
    // dark is the dashboard's and the embed's colours, checked there (the test run's 10 minutes)
    variants: ['light 1280×800', 'light 390×844'],
    query: '?v=1&slip=18',
    open: async (page) => {
      if (!(await clickIfPresent(page, 'Pin as baseline'))) return false;
      await page.evaluate(() => window.__dashboard!.store.getState().setParam('funding3UsdB', 100));
      await page.locator('[data-chart="attribution"] [data-part="funding3UsdB"]').waitFor();
      if (!(await clickIfPresent(page, 'Present'))) return false;
      await page.locator('.slideshow [data-slide-index="0"]').waitFor();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.locator('.slideshow svg[data-chart="attribution"] [data-part="total"]').waitFor();
      return true;
    },
  },
  {
    name: 'slide show',
    variants: ['light 1280×800'],
    open: async (page) => {
      if (!(await clickIfPresent(page, 'Deck…'))) return false;
      const dialog = page.getByRole('dialog', { name: 'Briefing deck' });
      await dialog.getByRole('button', { name: 'Load example deck' }).click();
      await dialog.getByRole('button', { name: 'Start slide show' }).click();
      await page.locator('.slideshow [data-slide-index="0"]').waitFor();
      return true;
    },
  },
  {
    name: 'presenter view',
    variants: ['light 1280×800'],
    query: '#presenter',
    open: async (page) => {
      const notes = page.getByTestId('presenter-notes');
      try {
        await notes.waitFor({ timeout: 3_000 });
      } catch {
        return false;
      }
      return true;
    },
  },
  {
    name: 'undo toast after a preset',
    variants: ['light 1280×800', 'light 390×844'],
    query: '?v=1&pue=1.5',
    open: async (page) => {
      await page.getByLabel('Preset', { exact: true }).selectOption({ label: 'Bull case' });
      await page.getByRole('button', { name: /^Apply the preset/ }).click();
      await page.getByRole('group', { name: 'Last change' }).waitFor();
      return true;
    },
  },
  {
    name: 'deck link over a saved deck',
    variants: ['light 1280×800', 'light 390×844'],
    // "Linked", one slide of the default scenario with a refused value in its link
    query:
      '#deck=eyJ2ZXJzaW9uIjoxLCJ0aXRsZSI6IkxpbmtlZCIsInNsaWRlcyI6W3siaWQiOiJsMSIsImxpbmsiOiJ2PTEmcHVlPWFiYyIsInRpdGxlIjoiTCIsImNoYXJ0cyI6WyJidXJuIl0sIm5vdGVzIjoiIn1dfQ',
    open: async (page) => {
      await page.locator('.deck-link-banner').waitFor();
      return true;
    },
  },
  {
    name: 'compare',
    variants: ['light 1280×800', 'light 390×844'],
    open: async (page) => {
      if (!(await clickIfPresent(page, 'Compare'))) return false;
      await page.getByRole('dialog').first().waitFor();
      return true;
    },
  },
];

const VARIANTS = [
  { label: 'light 1280×800', viewport: VIEWPORTS.desktop, colorScheme: 'light' as const },
  { label: 'dark 1280×800', viewport: VIEWPORTS.desktop, colorScheme: 'dark' as const },
  { label: 'light 390×844', viewport: VIEWPORTS.mobile, colorScheme: 'light' as const },
];

const b = setupBrowser();

type Variant = (typeof VARIANTS)[number];

/** A fresh page at the variant's size and colours, with motion reduced. */
function variantPage(variant: Variant): Promise<AppPage> {
  return newAppPage(b.browser, {
    viewport: variant.viewport,
    colorScheme: variant.colorScheme,
    reducedMotion: 'reduce',
  });
}

/** What is open over the dashboard: a dialog, the slide show, the Embed menu. */
async function overlays(page: Page): Promise<number> {
  const open = await page.locator('dialog[open], .slideshow').count();
  return open + (await page.getByRole('group', { name: 'Embed and cite' }).count());
}

/**
 * The views over the dashboard at its plain link (a menu, a dialog, a slide show) share one page
 * per variant: each is closed with Escape after its check, and the page is loaded anew only when
 * something stays open. A page load is ~2.8 s of CPU, and the test run is CPU-bound. The lever
 * groups are open, as where the dashboard itself is checked.
 */
const plain = new Map<string, AppPage>();
async function plainPage(variant: Variant): Promise<AppPage> {
  const kept = plain.get(variant.label);
  if (kept && (await overlays(kept.page)) === 0) return kept;
  plain.delete(variant.label);
  await kept?.close();
  const app = await variantPage(variant);
  await openApp(app.page, '', { assumptions: true });
  plain.set(variant.label, app);
  return app;
}
afterAll(async () => {
  for (const app of plain.values()) await app.close();
});

async function pageFor(view: View, variant: Variant): Promise<AppPage> {
  if (view.query === undefined) return plainPage(variant);
  const app = await variantPage(variant);
  // a view over another link is checked over the lever panel as it first opens (axe took ~0.5 s
  // more over the ~100 more sliders)
  await openApp(app.page, view.query, { assumptions: view.name === 'what moved it' });
  return app;
}

describe('axe-core: zero violations', () => {
  for (const view of VIEWS) {
    for (const variant of VARIANTS.filter((v) => !view.variants || view.variants.includes(v.label))) {
      it(`${view.name}, ${variant.label}`, async () => {
        const app = await pageFor(view, variant);
        try {
          if (view.open && !(await view.open(app.page))) throw new Error(`${view.name}: could not open the view`);
          await app.page.mouse.move(0, 0);
          await app.page.waitForLoadState('networkidle');
          const results = await runAxe(app.page);
          if (results.violations.length > 0) {
            await screenshot(app.page, `a11y-${view.name}-${variant.label}`);
          }
          expect(results.violations, formatViolations(results.violations)).toEqual([]);
          expect(results.passes.length).toBeGreaterThan(0);
        } finally {
          if (view.query !== undefined) await app.close();
          else for (let i = 0; i < 3 && (await overlays(app.page)) > 0; i++) await app.page.keyboard.press('Escape');
        }
      });
    }
  }
});

interface Focused {
  key: string;
  tag: string;
  name: string;
  visible: boolean;
  indicator: boolean;
}

/**
 * For a focused element without outline or box-shadow (an SVG mark, say): does blurring it
 * change any pixel around it? Then its focus is visible by some other means (stroke, a
 * crosshair, a highlighted parent). Leaves the element focused again.
 */
async function focusChangesPixels(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const r = (document.activeElement as Element).getBoundingClientRect();
    const pad = 6;
    const x = Math.max(0, r.left - pad);
    const y = Math.max(0, r.top - pad);
    return {
      x,
      y,
      width: Math.max(1, Math.min(window.innerWidth, r.right + pad) - x),
      height: Math.max(1, Math.min(window.innerHeight, r.bottom + pad) - y),
    };
  });
  const focused = await page.screenshot({ clip: box, animations: 'disabled' });
  await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    (window as unknown as { __a11yLast?: HTMLElement }).__a11yLast = el;
    el.blur();
  });
  const blurred = await page.screenshot({ clip: box, animations: 'disabled' });
  await page.evaluate(() => (window as unknown as { __a11yLast: HTMLElement }).__a11yLast.focus());
  return !focused.equals(blurred);
}

/** Presses Tab until focus cycles, recording each focused element and its focus style. */
async function tabThrough(page: Page, max = 400): Promise<Focused[]> {
  const seen: Focused[] = [];
  const keys = new Set<string>();
  let empty = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // The focusable list below tags each element with data-a11y-id; the DOM may change on
      // focus (a focus ring drawn as a sibling), so indices along a path are not stable.
      let id = el.getAttribute('data-a11y-id');
      if (!id) {
        id = `untagged-${el.tagName}-${Math.random().toString(36).slice(2)}`;
        el.setAttribute('data-a11y-id', id);
      }
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      const r = el.getBoundingClientRect();
      return {
        key: id,
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
        visible: r.width > 0 && r.height > 0,
        indicator: outline || shadow || el.matches(':focus-visible') === false,
      };
    });
    if (!f) {
      // Focus left the document: past the last control, or nothing focusable at all.
      if (seen.length > 0 || ++empty >= 3) break;
      continue;
    }
    // A month input's sub-fields (month, year) are Tab stops inside one element: stay on it.
    if (keys.has(f.key) && seen[seen.length - 1]?.key === f.key) continue;
    if (keys.has(f.key)) break; // cycled
    keys.add(f.key);
    if (!f.indicator && f.visible) f.indicator = await focusChangesPixels(page);
    seen.push(f);
  }
  return seen;
}

describe('keyboard', () => {
  it('every focusable control is reachable by Tab and shows a visible focus ring', async (ctx) => {
    const app = await newAppPage(b.browser, { reducedMotion: 'reduce' });
    try {
      await openApp(app.page, '', { assumptions: false });
      await app.page.waitForLoadState('networkidle');
      const focusable = await app.page.evaluate(() => {
        const sel =
          'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]):not([type="radio"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary';
        let next = 0;
        const keyOf = (el: Element) => {
          const id = `f${next++}`;
          el.setAttribute('data-a11y-id', id);
          return id;
        };
        return Array.from(document.querySelectorAll<HTMLElement>(sel))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            const cs = getComputedStyle(el);
            // Closed <details> content still has a box (content-visibility: hidden): skip it.
            const inClosedDetails = el.closest('details:not([open])') !== null && el.closest('summary') === null;
            return (
              r.width > 0 &&
              r.height > 0 &&
              cs.visibility !== 'hidden' &&
              el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) &&
              !inClosedDetails &&
              !el.closest('[inert],[hidden]')
            );
          })
          .map((el) => ({ key: keyOf(el), html: el.outerHTML.slice(0, 120) }));
      });
      const reached = await tabThrough(app.page);
      const invisible = reached.filter((f) => !f.visible);
      const noRing = reached.filter((f) => !f.indicator);
      await ctx.annotate(`${reached.length} Tab stops, ${focusable.length} focusable controls`);
      const reachedKeys = new Set(reached.map((f) => f.key));
      const unreachable = focusable.filter((f) => !reachedKeys.has(f.key));
      expect(invisible, `focus landed on invisible elements: ${JSON.stringify(invisible)}`).toEqual([]);
      expect(noRing, `no visible focus indicator on: ${JSON.stringify(noRing)}`).toEqual([]);
      expect(unreachable, `not reachable by Tab: ${JSON.stringify(unreachable)}`).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('charts', () => {
  it('every chart has a text summary and a data-table view, and axe passes with tables open', async () => {
    const app = await newAppPage(b.browser, { reducedMotion: 'reduce' });
    const { page } = app;
    try {
      await openApp(page);
      const cards = page.locator('section[data-chart]');
      await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
      const n = await cards.count();
      for (let i = 0; i < n; i++) {
        const card = cards.nth(i);
        const id = await card.getAttribute('data-chart');
        // Text summary: the chart's svg is described by non-empty text.
        const summary = await card
          .locator('svg[aria-describedby]')
          .first()
          .evaluate((svg) => {
            const ids = (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
            return ids
              .map((d) => document.getElementById(d)?.textContent ?? '')
              .join(' ')
              .trim();
          });
        expect(summary.length, `chart ${id}: text summary`).toBeGreaterThan(20);
        // ...and the browser gives it as the picture's accessible description (the summary is hidden)
        expect(await accessibleDescription(page, `section[data-chart="${id}"] svg[aria-describedby]`)).toBe(summary);
        // Table view: a toggle that shows a table of figures.
        const toggle = card.getByRole('button', { name: /table/i });
        await toggle.click();
        const table = card.locator('table');
        await table.waitFor({ state: 'visible' });
        expect(await table.locator('tr').count(), `chart ${id}: table rows`).toBeGreaterThan(2);
        // named: by its caption, its aria-label, or the caption line above it (aria-labelledby)
        const name = await table.evaluate(
          (t) =>
            t.querySelector('caption')?.textContent ||
            t.getAttribute('aria-label') ||
            (t.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .map((ref) => document.getElementById(ref)?.textContent ?? '')
              .join(' '),
        );
        expect(name.trim().length, `chart ${id}: the table's name`).toBeGreaterThan(10);
      }
      await page.mouse.move(0, 0); // no hover state left on the last toggle
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const results = await runAxe(page);
      await screenshot(page, 'a11y-charts-tables-open');
      expect(results.violations, formatViolations(results.violations)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
