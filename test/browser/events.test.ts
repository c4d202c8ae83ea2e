import { describe, expect, it } from 'vitest';
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

/*
 * The events table from a person's side: moving a round moves its marker and the cash line,
 * an edit rides in the link, a bad event field in a link is named in the banner, and the
 * table passes axe and is reachable by keyboard.
 */

const b = setupBrowser();

const panel = (page: Page) => page.getByRole('region', { name: 'Funding and contracts' });
const row = (page: Page, id: string) => panel(page).locator(`tbody tr[data-event="${id}"]`);
const cashPath = (page: Page) => page.locator('[data-chart="burn"] path[data-series="cash"]').getAttribute('d');
/** x of the burn chart's marker whose tooltip title is `title` (the rule's line). */
const markerX = (page: Page, title: string) =>
  page
    .locator('[data-chart="burn"] g.rule')
    .filter({ has: page.locator(`title:text-is("${title}")`) })
    .locator('line')
    .getAttribute('x1');

async function ready(page: Page, query = ''): Promise<void> {
  await openApp(page, query, { waitFor: '[data-chart="burn"] path[data-series="cash"]', assumptions: false });
  await panel(page).locator('tbody tr').first().waitFor();
}

describe('events panel', () => {
  it('is skipped by the browser while it is off screen below the charts, and drawn when scrolled to', async () => {
    // content-visibility: auto: a slider step's frames do not lay out or paint its ~1,000 elements
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      const drawn = () =>
        page.evaluate(() =>
          document.querySelector('.events-table tbody tr')!.checkVisibility({ contentVisibilityAuto: true }),
        );
      await expect.poll(drawn).toBe(false);
      await row(page, 'softbank-2025-12').scrollIntoViewIfNeeded();
      await expect.poll(drawn).toBe(true);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it("moving SoftBank's $22.5B from 2025-12 to 2026-06 moves its marker onto June 2026 and changes the cash line", async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page);
      const before = Number(await markerX(page, 'SoftBank +$22.5B'));
      const rules = await page.locator('[data-chart="burn"] g.rule').evaluateAll((gs) =>
        gs.map((g) => ({
          title: g.querySelector('title')?.textContent ?? '',
          x: Number(g.querySelector('line')?.getAttribute('x1')),
        })),
      );
      const cash = await cashPath(page);
      // a typed field is a button drawn as the field until it is clicked
      await row(page, 'softbank-2025-12')
        .getByRole('button', { name: 'SoftBank $22.5B: month the cash lands: 2025-12' })
        .click();
      const month = row(page, 'softbank-2025-12').getByRole('textbox', {
        name: 'SoftBank $22.5B: month the cash lands',
      });
      await month.fill('2026-06');
      await month.press('Tab');
      await expect.poll(() => markerX(page, 'SoftBank +$22.5B').then(Number)).toBeGreaterThan(before);
      await expect.poll(() => cashPath(page)).not.toBe(cash);
      // "SoftBank +$10B" marks Apr 2025 (first closing) and the 2026 tranches of Mar, Jun and Sep:
      // the moved round lands on June 2026's
      const tranches = rules
        .filter((t) => t.title === 'SoftBank +$10B')
        .map((t) => t.x)
        .sort((x, y) => x - y);
      expect(tranches).toHaveLength(4);
      expect(Number(await markerX(page, 'SoftBank +$22.5B'))).toBe(tranches[2]);
      // 2025-12 sat 8 months after Apr 2025 and 3 before Mar 2026
      const perMonth = (tranches[1] - tranches[0]) / 11;
      expect(before).toBeCloseTo(tranches[0] + 8 * perMonth, 0);
      expect(new URL(page.url()).searchParams.get('softbank-2025-12.month')).toBe('2026-06');
      expect(await row(page, 'softbank-2025-12').getByText('edited').count()).toBe(1);
      await screenshot(page, 'events-moved-1280x800');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('an edited amount survives a reload through the copied link', async () => {
    const app = await newAppPage(b.browser);
    const { page, context } = app;
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
      await ready(page);
      await row(page, 'softbank-2025-12')
        .getByRole('button', { name: 'SoftBank $22.5B: cash to OpenAI: 22.5 $B' })
        .click();
      const amount = row(page, 'softbank-2025-12').getByRole('textbox', { name: 'SoftBank $22.5B: cash to OpenAI' });
      await amount.fill('30');
      await amount.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('softbank-2025-12.usdB')).toBe('30');
      await page.getByRole('button', { name: 'Copy link' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());

      const other = await newAppPage(b.browser);
      try {
        await other.page.goto(copied);
        await panel(other.page).locator('tbody tr').first().waitFor();
        const reopened = row(other.page, 'softbank-2025-12');
        expect(
          await reopened.getByRole('button', { name: 'SoftBank $22.5B: cash to OpenAI: 30.0 $B', exact: true }).count(),
        ).toBe(1);
        expect(await reopened.getByText('edited').count()).toBe(1);
        expect(await panel(other.page).getByText('1 row edited.').count()).toBe(1);
        other.errors.assertNone();
      } finally {
        await other.close();
      }
    } finally {
      await app.close();
    }
  });

  it('a link with a malformed event field opens with the banner naming it and the rest of the scenario intact', async () => {
    const app = await newAppPage(b.browser);
    const { page } = app;
    try {
      await ready(page, '?v=2&softbank-2025-12.usdB=abc&aws-2025-11.on=0&elec=0.12');
      const banner = page.getByRole('region', { name: 'Some values in this link were not used' });
      await banner.waitFor({ state: 'visible' });
      const refused = await banner.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from((tr as HTMLTableRowElement).cells)
            .slice(0, 2)
            .map((c) => c.textContent),
        ),
      );
      expect(refused).toEqual([['softbank-2025-12.usdB', 'abc']]);
      // the refused field keeps the record's value; the other event edit and the lever are applied
      expect(
        await row(page, 'softbank-2025-12')
          .getByRole('button', { name: 'SoftBank $22.5B: cash to OpenAI: 22.5 $B', exact: true })
          .count(),
      ).toBe(1);
      expect(await row(page, 'aws-2025-11').getByRole('checkbox', { name: 'AWS $38B: counted' }).isChecked()).toBe(
        false,
      );
      expect(await page.getByRole('slider', { name: 'Electricity price', exact: true }).inputValue()).toBe('0.12');
      await screenshot(page, 'events-bad-link');
    } finally {
      await app.close();
    }
  });

  for (const [label, viewport] of [
    ['1280×800', VIEWPORTS.desktop],
    ['390×844', VIEWPORTS.mobile],
  ] as const) {
    it(`axe finds no violations in the panel, with a row edited and a source open, at ${label}; the page does not scroll sideways`, async () => {
      const app = await newAppPage(b.browser, { viewport, reducedMotion: 'reduce' });
      const { page } = app;
      try {
        await ready(page, '?v=2&amazon-2026-conditional.probability=0.45&added-1.on=1&added-1.kind=1');
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        let results = await runAxe(page, {}, '.events-panel');
        expect(results.violations, formatViolations(results.violations)).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(0);
        const source = row(page, 'amazon-2026-conditional').getByRole('button', { name: /^source of /i });
        await source.scrollIntoViewIfNeeded();
        await source.click();
        const pop = page.getByRole('dialog', { name: 'Amazon $35B (if IPO/milestone): source' });
        await pop.waitFor({ state: 'visible' });
        expect(await pop.textContent()).toMatch(/Confidence: (high|medium|low)/);
        results = await runAxe(page, {}, '.events-panel');
        expect(results.violations, formatViolations(results.violations)).toEqual([]);
        await screenshot(page, `events-source-${label.replace('×', 'x')}`);
        // Esc closes it and focus goes back to the button
        await page.keyboard.press('Escape');
        await pop.waitFor({ state: 'hidden' });
        expect(await source.evaluate((el) => el === document.activeElement)).toBe(true);
      } finally {
        await app.close();
      }
    });
  }

  it('Tab reaches every control of the panel, in order, each with a visible focus ring', async () => {
    const app = await newAppPage(b.browser, { reducedMotion: 'reduce' });
    const { page } = app;
    try {
      await ready(page, '?v=2&rec=2026-12&softbank-2025-12.usdB=30&added-1.on=1&added-1.kind=1');
      const controls = await panel(page).evaluate((root) => {
        const sel =
          'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';
        return Array.from(root.querySelectorAll<HTMLElement>(sel))
          .filter((el) => el.checkVisibility())
          .map((el, i) => {
            el.dataset.eventsTab = String(i);
            return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
          });
      });
      // 24 editable record rows × 4 (month, status, counted, source) = 96; amount fields: 21 in $B
      // + 5 in GW (Cerebras, AMD's binding GW and its options, the NVIDIA LOI, AWS Trainium) = 26;
      // 1 conditional probability (Amazon's $35B); 6 modelled rows × 2 (open levers, source) = 12;
      // SoftBank's reset; the added contract's 7 (month, kind, term, amount, status, source,
      // remove); Add a row and the month sort: 96 + 26 + 1 + 12 + 1 + 7 + 2 = 145
      expect(controls).toHaveLength(145);
      await panel(page).getByRole('button', { name: 'Add a row' }).focus();
      const reached: string[] = [];
      const rings: string[] = [];
      for (let i = 0; i < controls.length + 5; i++) {
        const f = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const cs = getComputedStyle(el);
          return {
            tab: el.dataset.eventsTab ?? null,
            ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
          };
        });
        if (f.tab === null) break;
        reached.push(f.tab);
        if (!f.ring) rings.push(f.tab);
        await page.keyboard.press('Tab');
      }
      expect(reached).toEqual(controls.map((_, i) => String(i)));
      expect(rings, `no focus ring on ${rings.map((i) => controls[Number(i)]).join(', ')}`).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
