import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckToHash, type Deck } from '../../src/deck/codec';
import { newAppPage, openApp, screenshot, setupBrowser, VIEWPORTS, type Page } from './support';

/*
 * Issue 15 from a person's side: a shared scenario keeps its name and baseline, work is not
 * lost without an Undo, slides compare on one scale, tiles show every figure whole, and the
 * keyboard reaches the charts in one Tab.
 */

const b = setupBrowser();
const SLIP = 'Custom silicon slips 18 months';

/** Copy link writes here instead of the system clipboard. */
async function captureClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          (window as unknown as { __copied: string }).__copied = text;
        },
      },
    });
  });
}

async function copiedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await page.getByText('Link copied').first().waitFor();
  return page.evaluate(() => (window as unknown as { __copied: string }).__copied);
}

async function ready(page: Page): Promise<void> {
  await page.getByTestId('kpi-wh').waitFor({ state: 'visible' });
  await page.locator('[data-chart="burn"] svg.chart-svg').waitFor();
}

async function applyPreset(page: Page, title: string): Promise<void> {
  await page.getByLabel('Preset', { exact: true }).selectOption({ label: title });
  await page.getByRole('button', { name: `Apply the preset “${title}”` }).click();
}

async function download(page: Page, open: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), open()]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path()).toString('utf8') };
}

describe('a scenario keeps its name and baseline in the link', () => {
  it('a preset, reloaded from the copied link: the same name in the header, Compare, and an export', async () => {
    const app = await newAppPage(b.browser);
    try {
      await captureClipboard(app.page);
      await openApp(app.page, '?v=1&rec=2026-12');
      await ready(app.page);
      await applyPreset(app.page, SLIP);
      await expect.poll(() => app.page.getByLabel('Scenario name').inputValue()).toBe(SLIP);
      const link = await copiedLink(app.page);
      expect(link).toContain('name=Custom%20silicon%20slips%2018%20months');

      await app.page.goto(link);
      await ready(app.page);
      expect(await app.page.getByLabel('Scenario name').inputValue()).toBe(SLIP);
      await app.page.getByRole('button', { name: 'Compare', exact: true }).click();
      const panel = app.page.getByRole('dialog', { name: 'Compare scenarios' });
      await panel.waitFor();
      expect(await panel.locator('.compare-picks').textContent()).toContain(`On screen: ${SLIP}`);
      await panel.getByRole('button', { name: 'Close' }).click();

      await app.page.getByRole('button', { name: 'Export ▾' }).click();
      const svg = await download(app.page, () =>
        app.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Burn & cash as SVG' }).click(),
      );
      expect(svg.name).toBe('custom-silicon-slips-18-months-burn-1920x1080.svg'); // the default 16:9 size
      expect(svg.text).toContain(`Scenario “${SLIP}”`);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('a pinned baseline, reloaded from the link: the ghost and the KPI deltas are back', async () => {
    const app = await newAppPage(b.browser);
    try {
      await captureClipboard(app.page);
      await openApp(app.page, '?v=1&rec=2026-12');
      await ready(app.page);
      await app.page.getByRole('button', { name: 'Pin as baseline' }).click();
      await applyPreset(app.page, SLIP);
      await app.page.getByTestId('kpi-insolvency').locator('.kpi-delta').waitFor();
      const delta = await app.page.getByTestId('kpi-insolvency').locator('.kpi-delta').textContent();
      const link = await copiedLink(app.page);
      expect(link).toMatch(/&base=(&|$)/); // the defaults as baseline: just `base=`

      await app.page.goto(link);
      await ready(app.page);
      await app.page.locator('[data-chart="burn"] path.line.ghost, [data-chart="burn"] .ghost').first().waitFor();
      await expect.poll(() => app.page.getByTestId('kpi-insolvency').locator('.kpi-delta').textContent()).toBe(delta);
      expect(await app.page.getByRole('button', { name: 'Clear baseline' }).count()).toBe(1);
      await screenshot(app.page, 'identity-baseline-from-link');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});

describe('nothing lost without an Undo', () => {
  it('a preset over a hand-tuned lever: Undo appears and restores the lever; arrowing the list applies nothing', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=1&rec=2026-12&pue=1.5');
      await ready(app.page);
      const select = app.page.getByLabel('Preset', { exact: true });
      await select.focus();
      await app.page.keyboard.press('ArrowDown');
      await app.page.keyboard.press('ArrowDown');
      expect(await app.page.evaluate(() => window.location.search)).toMatch(/pue=1\.5/);
      await applyPreset(app.page, 'Bull case');
      const toast = app.page.getByRole('group', { name: 'Last change' });
      await toast.waitFor();
      expect(await toast.textContent()).toContain('Preset “Bull case”');
      await screenshot(app.page, 'identity-undo-toast');
      await toast.getByRole('button', { name: 'Undo' }).click();
      const pue = app.page.getByRole('slider', { name: 'Data-centre PUE', exact: true });
      await expect.poll(() => pue.inputValue()).toBe('1.5');
      await expect.poll(() => app.page.evaluate(() => window.location.search)).toMatch(/pue=1\.5/);
      // Ctrl+Shift+Z does it again, Ctrl+Z takes it back
      await app.page.locator('body').press('Control+Shift+Z');
      await expect.poll(() => pue.inputValue()).toBe('1.2');
      await app.page.locator('body').press('Control+z');
      await expect.poll(() => pue.inputValue()).toBe('1.5');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('a deck link opened over a saved deck leaves the saved deck there', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=1&rec=2026-12');
      await ready(app.page);
      await app.page.getByRole('button', { name: 'Deck…' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Briefing deck' });
      await dialog.getByRole('button', { name: 'Add the scenario on screen as a slide' }).click();
      await dialog.getByRole('button', { name: 'Add the scenario on screen as a slide' }).click();
      await expect.poll(() => dialog.getByTestId('deck-slide').count()).toBe(2);
      await dialog.getByRole('button', { name: /Close the deck/ }).click();

      const linked: Deck = {
        version: 1,
        title: 'Linked',
        slides: [{ id: 'l1', link: 'v=1&slip=abc&pue=1.3', title: 'From the link', charts: ['burn'], notes: '' }],
      };
      await openApp(app.page, `/${deckToHash(linked)}`);
      const banner = app.page.locator('.deck-link-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('slides[0].link: slip=abc');
      await banner.getByRole('button', { name: 'Add its slides after mine' }).click();
      const titles = () =>
        dialog
          .locator('[data-testid="deck-slide"] input[type="text"]')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await expect.poll(titles).toEqual(['Default scenario', 'Default scenario', 'From the link']);

      await app.page.reload();
      await ready(app.page);
      await app.page.getByRole('button', { name: 'Deck…' }).click();
      await expect.poll(titles).toEqual(['Default scenario', 'Default scenario', 'From the link']);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});

describe('slides on one scale', () => {
  it('every slide of a chart shows the same cash axis', async () => {
    const app = await newAppPage(b.browser);
    try {
      const deck: Deck = {
        version: 1,
        title: 'Scale',
        slides: [
          { id: 'a', link: 'v=1', title: 'Base', charts: ['burn'], notes: '' },
          { id: 'b', link: 'v=1&f3=150', title: 'Worse', charts: ['burn'], notes: '' },
        ],
      };
      await openApp(app.page, `/${deckToHash(deck)}`);
      await app.page.locator('.deck-link-banner').getByRole('button', { name: 'Open the deck' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Briefing deck' });
      await dialog.getByRole('button', { name: 'Start slide show' }).click();
      const ticks = () =>
        app.page.locator('.slideshow svg[data-chart="burn"]').evaluate((svg) => {
          const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent ?? '');
          return texts
            .filter((t) => /^[−-]?\d+$/.test(t.trim()))
            .slice(0, 6)
            .join(' ');
        });
      await app.page.locator('.slideshow [data-slide-index="0"] svg[data-chart="burn"]').waitFor();
      const first = await ticks();
      await app.page.keyboard.press('ArrowRight');
      await app.page.locator('.slideshow [data-slide-index="1"]').waitFor();
      await expect.poll(ticks).toBe(first);
      expect(first.length).toBeGreaterThan(0);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});

describe('honest tiles and the keyboard', () => {
  for (const viewport of [{ width: 1024, height: 768 }, VIEWPORTS.mobile]) {
    it(`at ${viewport.width}×${viewport.height} no KPI value is cut`, async () => {
      const app = await newAppPage(b.browser, { viewport });
      try {
        await openApp(app.page, '?v=1&rec=2026-12');
        await ready(app.page);
        await app.page.getByRole('button', { name: 'Pin as baseline' }).click();
        await app.page.getByTestId('kpi-wh').locator('.kpi-delta').waitFor();
        const cut = await app.page
          .locator('.kpi-value, .kpi-note, .kpi-delta')
          .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
        expect(cut).toEqual([]);
        expect(await app.page.locator('.kpi-value').count()).toBe(8);
        await screenshot(app.page, `identity-kpis-${viewport.width}x${viewport.height}`);
      } finally {
        await app.close();
      }
    });
  }

  it('the first Tab focuses "Skip to charts", and it moves focus to the charts', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=1&rec=2026-12', { assumptions: false });
      await ready(app.page);
      await app.page.keyboard.press('Tab');
      expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to charts');
      await app.page.keyboard.press('Enter');
      expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('charts');
      expect(await app.page.evaluate(() => window.location.hash)).toBe('');
      for (const name of ['Levers', 'Headline figures', 'Charts']) {
        expect(
          await app.page
            .getByRole(name === 'Levers' ? 'complementary' : name === 'Charts' ? 'main' : 'region', { name })
            .count(),
        ).toBe(1);
      }
    } finally {
      await app.close();
    }
  });
});

describe('a link copied today names the record it was made on (issue 24)', () => {
  it("today's page copies rec=2026-12; a page opened on the 2026-11 record copies rec=2026-11", async () => {
    const app = await newAppPage(b.browser);
    try {
      await captureClipboard(app.page);
      await openApp(app.page, '/');
      await ready(app.page);
      const today = new URL(await copiedLink(app.page));
      expect(today.searchParams.get('rec')).toBe('2026-12');

      // A link without rec= was made before records were named: it opens, and copies, on 2026-11.
      await openApp(app.page, '?v=2.2&slip=18');
      await ready(app.page);
      const old = new URL(await copiedLink(app.page));
      expect(old.searchParams.get('rec')).toBe('2026-11');
      expect(old.searchParams.get('slip')).toBe('18');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
