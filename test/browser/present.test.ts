import { describe, expect, it } from 'vitest';
import { deckToHash, type Deck } from '../../src/deck/codec';
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

const b = setupBrowser();

/** The briefing pieces are mounted: their header button is there (a missing or renamed one fails the test). */
async function requireBriefings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).waitFor({ timeout: 5000 });
}

async function startExampleDeck(page: Page) {
  await page.getByRole('button', { name: 'Deck…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing deck' });
  await dialog.getByRole('button', { name: 'Load example deck' }).click();
  await expect.poll(() => dialog.getByTestId('deck-slide').count()).toBe(5);
  await dialog.getByRole('button', { name: 'Start slide show' }).click();
  await page.locator('.slideshow [data-slide-index="0"]').waitFor();
}

describe('present in one click', () => {
  it('with no deck, Present starts a slide show of the scenario on screen at once, its four charts in turn', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '?v=2&slip=12', { waitFor: '[data-chart="burn"] svg' });
      await requireBriefings(app.page);
      await app.page.getByRole('button', { name: 'Present', exact: true }).click();
      const show = app.page.locator('.slideshow');
      await show.locator('[data-slide-index="0"]').waitFor();
      expect(await show.locator('[data-chart="burn"]').count()).toBe(1);
      for (const chart of ['cost', 'power', 'microsoft']) {
        await app.page.keyboard.press('ArrowRight');
        await show.locator(`[data-chart="${chart}"]`).waitFor();
      }
      await screenshot(app.page, 'present-one-click');
      await app.page.keyboard.press('Escape');
      await show.waitFor({ state: 'detached' });
      // The saved deck was not touched: the deck editor is still empty.
      await app.page.getByRole('button', { name: 'Deck…' }).click();
      expect(await app.page.getByRole('dialog', { name: 'Briefing deck' }).getByTestId('deck-slide').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('the waterfall in slides', () => {
  it('with a pinned baseline and a changed lever, Present ends on "What moved it" naming that lever', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=1&slip=18', { waitFor: '[data-chart="burn"] svg.chart-svg', assumptions: false });
      await requireBriefings(page);
      await page.getByRole('button', { name: 'Pin as baseline' }).click();
      const round = page.getByRole('slider', { name: 'Next funding round', exact: true }).first();
      await round.focus();
      await round.press('End');
      await page.locator('[data-chart="attribution"] [data-part="funding3UsdB"]').waitFor();
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const show = page.locator('.slideshow');
      await show.locator('[data-slide-index="0"]').waitFor();
      // the four charts over time, "Who holds the risk", then the waterfall
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      const waterfall = show.locator('svg[data-chart="attribution"]');
      await waterfall.locator('[data-part="total"]').waitFor();
      expect(await show.locator('.slide-step').textContent()).toMatch(/^chart 6 of 6/);
      // only the lever moved since the pin is split: one part and the total
      expect(await waterfall.locator('.wf-row').count()).toBe(2);
      expect(await waterfall.locator('[data-part="funding3UsdB"] text').textContent()).toMatch(
        /^Next funding round \+\$[\d.]+B$/,
      );
      await expect
        .poll(() => show.getByRole('heading', { level: 1 }).textContent())
        .toMatch(/^What moved it: Next funding round moved minimum cash most: \+\$/);
      expect(await show.locator('.slide-units').textContent()).toMatch(/against “.+”, split among the inputs/);
      expect(await show.locator('.slide-method').textContent()).toMatch(/^Method: Shapley values over the 1 changed/);
      expect(await show.locator('.slide-source').textContent()).toMatch(/^Source: model: Shapley attribution/);
      // the last step: → does not move on
      await page.keyboard.press('ArrowRight');
      expect(await show.locator('.slide-step').textContent()).toMatch(/^chart 6 of 6/);
      await screenshot(page, 'present-waterfall-1280');
      const axe = await runAxe(page, {}, '.slideshow');
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('fits a phone, and the deck editor adds a waterfall slide whose notes read live numbers', async () => {
    const app = await newAppPage(b.browser, { viewport: VIEWPORTS.mobile });
    try {
      const { page } = app;
      await openApp(page, '?v=1&rec=2026-12&slip=18&f3=100', { waitFor: '[data-chart="burn"] svg.chart-svg' });
      await requireBriefings(page);
      await page.getByRole('button', { name: 'Deck…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Briefing deck' });
      await dialog.getByRole('button', { name: 'Add the scenario on screen as a slide' }).click();
      const row = dialog.getByTestId('deck-slide').first();
      // keyboard: the new checkbox and the output select are reached by Tab and set with keys
      const check = row.getByRole('checkbox', { name: 'What moved it (against the sourced defaults)' });
      await row.getByLabel(/^Scenario name/).focus();
      let reached = false;
      for (let i = 0; i < 8 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await check.evaluate((el) => el === document.activeElement);
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Space');
      expect(await check.isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      const output = row.getByRole('combobox', { name: /^Waterfall of/ });
      expect(await output.evaluate((el) => el === document.activeElement)).toBe(true);
      await output.selectOption('insolvency');
      await row
        .getByLabel('Speaker notes')
        .fill('Runs out in {insolvencyMonth}, runway {runwayMonths}, {costPerQueryAllIn} a query; {oops}.');
      await expect
        .poll(() => row.locator('.deck-notes-filled').textContent())
        .toMatch(
          /^Reads: Runs out in [A-Z][a-z]{2} \d{4}, runway [\d.]+ mo, [\d.]+¢ a query; \{oops\} \(unknown placeholder\)\.$/,
        );
      const axeEditor = await runAxe(page, {}, '[role="dialog"]');
      expect(axeEditor.violations, formatViolations(axeEditor.violations)).toEqual([]);
      await screenshot(page, 'deck-editor-waterfall-390');

      await row.getByRole('button', { name: /^Present from/ }).click();
      const show = page.locator('.slideshow');
      await show.locator('[data-slide-index="0"]').waitFor();
      await page.keyboard.press('ArrowRight');
      const waterfall = show.locator('svg[data-chart="attribution"]');
      await waterfall.locator('[data-part="funding3UsdB"]').waitFor();
      await expect
        .poll(() => waterfall.locator('[data-part="total"] text').textContent())
        .toMatch(/^Total [+−][\d.]+ mo$/);
      // the picture fits the phone's width
      const box = (await waterfall.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390 + 0.5);
      await screenshot(page, 'present-waterfall-390');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});

describe('presenter mode', () => {
  it('starts a deck, → moves the slide, and the presenter view follows with the notes', async () => {
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, '', { waitFor: '[data-chart="burn"] svg' });
      await requireBriefings(app.page);
      // The presenter view: a second window of the same context, like window.open would give.
      const presenter = await app.context.newPage();
      await presenter.goto(`${baseURL()}/#presenter`);
      await presenter.getByTestId('presenter-notes').waitFor();

      await startExampleDeck(app.page);
      const slide = app.page.locator('.slideshow .slide');
      await expect.poll(() => slide.locator('.slide-kicker').textContent()).toBe("The article's picture, from now on");
      await expect.poll(() => slide.locator('.slide-number').textContent()).toBe('1 / 5');
      await expect
        .poll(() => presenter.getByTestId('presenter-notes').textContent())
        .toMatch(/^Start where the article started/);

      // Projector theme: big type, thick lines (on screen, after the viewBox scaling).
      const sizes = await app.page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('.slideshow svg.slide-svg')!;
        const k = svg.getScreenCTM()!.a;
        const texts = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * k);
        const lines = [...svg.querySelectorAll('path.line')].map(
          (p) => parseFloat(getComputedStyle(p).strokeWidth) * k,
        );
        const title = parseFloat(getComputedStyle(document.querySelector('.slideshow .slide-title')!).fontSize);
        const bg = getComputedStyle(document.querySelector('.slideshow')!).backgroundColor;
        return { minText: Math.min(...texts), minLine: Math.min(...lines), title, bg };
      });
      expect(sizes.minText).toBeGreaterThanOrEqual(24);
      expect(sizes.minLine).toBeGreaterThanOrEqual(3);
      expect(sizes.title).toBeGreaterThanOrEqual(24);
      expect(sizes.bg).toBe('rgb(5, 7, 10)');
      await screenshot(app.page, 'present-slide-1');

      const pathBefore = await slide.locator('path[data-series="cash"]').getAttribute('d');
      await app.page.keyboard.press('ArrowRight');
      await expect.poll(() => slide.locator('.slide-number').textContent()).toBe('2 / 5');
      await expect
        .poll(() => slide.locator('.slide-kicker').textContent())
        .toBe("Baseline: the record, then OpenAI's plan");
      // the notes' placeholders are filled with this slide's figures
      await expect
        .poll(() => presenter.getByTestId('presenter-notes').textContent())
        .toMatch(/^The record through Nov 2026, then OpenAI's own plan: cash now is \$\d+\.\dB/);
      await expect
        .poll(() => presenter.getByLabel('Next slide').locator('.slide-kicker').textContent())
        .toBe('Microsoft funds Stargate');
      // The chart moves to the new scenario (timing is pinned by the fake-clock test below).
      const cashPath = slide.locator('path[data-series="cash"]');
      let last = '';
      await expect
        .poll(
          async () => {
            const d = (await cashPath.getAttribute('d')) ?? '';
            const still = d === last;
            last = d;
            return still;
          },
          { interval: 250 },
        )
        .toBe(true);
      expect(last).not.toBe(pathBefore);
      await screenshot(app.page, 'present-slide-2');
      await screenshot(presenter, 'present-presenter-view');

      // PageDown and Space move on, a slide with two charts shows them one at a time; PageUp back;
      // the presenter view can move the show.
      const number = () => slide.locator('.slide-number').textContent();
      const chartStep = () =>
        slide
          .locator('.slide-step')
          .count()
          .then((n) => (n ? slide.locator('.slide-step').textContent() : ''));
      await app.page.keyboard.press('PageDown');
      await expect.poll(number).toBe('3 / 5');
      await expect.poll(chartStep).toBe('chart 1 of 2 · ');
      expect(await slide.locator('svg.slide-svg').getAttribute('data-chart')).toBe('burn');
      await app.page.keyboard.press('Space');
      await expect.poll(chartStep).toBe('chart 2 of 2 · ');
      expect(await number()).toBe('3 / 5');
      expect(await slide.locator('svg.slide-svg').getAttribute('data-chart')).toBe('microsoft');
      await app.page.keyboard.press('PageDown');
      await expect.poll(number).toBe('4 / 5');
      await app.page.keyboard.press('PageUp');
      await expect.poll(number).toBe('3 / 5');
      await expect.poll(chartStep).toBe('chart 2 of 2 · ');
      await presenter.getByRole('button', { name: 'Next →' }).click();
      await expect.poll(number).toBe('4 / 5');
      await expect.poll(chartStep).toBe('chart 1 of 2 · ');

      // A clicker's blank-screen key hides the slide; the next key only brings it back.
      await app.page.keyboard.press('b');
      await app.page.locator('.slideshow-blank').waitFor();
      await app.page.keyboard.press('PageDown');
      await expect.poll(() => app.page.locator('.slideshow-blank').count()).toBe(0);
      expect(await slide.locator('.slide-number').textContent()).toBe('4 / 5');

      await app.page.keyboard.press('Escape');
      await expect.poll(() => app.page.locator('.slideshow').count()).toBe(0);
      await expect.poll(() => presenter.getByTestId('presenter-status').textContent()).toBe('Slide show not running');
      app.requests.assertSameOrigin();
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('fills the notes with the slide scenario numbers, the same the dashboard shows, and flags an unknown name', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      const link = 'v=1&rec=2026-12&slip=18&name=Late+chip';
      await openApp(page, `?${link}`, { waitFor: '[data-testid="kpi-insolvency"] .kpi-value', assumptions: false });
      const insolvent = (await page.locator('[data-testid="kpi-insolvency"] .kpi-value').textContent())!;
      const runway = (await page.locator('[data-testid="kpi-runway"] .kpi-value').textContent())!;
      expect(insolvent).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
      const deck: Deck = {
        version: 1,
        title: 'Notes',
        slides: [
          {
            id: 'a',
            link,
            title: 'Late chip',
            charts: ['burn'],
            notes: 'Cash runs out in {insolvencyMonth}; runway {runwayMonths}; {costPerQueryAllIn} a query. {runway}?',
          },
        ],
      };
      await page.evaluate((json) => localStorage.setItem('decoupling.deck.v1', json), JSON.stringify(deck));
      await page.goto(`${baseURL()}/#presenter`);
      const notes = page.getByTestId('presenter-notes');
      await notes.locator('.note-value').first().waitFor();
      expect(await notes.textContent()).toMatch(
        new RegExp(
          `^Cash runs out in ${insolvent}; runway ${runway}; [\\d.]+¢ a query\\. \\{runway\\} \\(unknown placeholder\\)\\?$`,
        ),
      );
      expect(await notes.locator('mark.note-unknown').getAttribute('title')).toMatch(/^Unknown placeholder \{runway\}/);
      const axe = await runAxe(page);
      expect(axe.violations, formatViolations(axe.violations)).toEqual([]);
      await screenshot(page, 'presenter-live-notes-1280');
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('jumps without a transition under prefers-reduced-motion', async () => {
    const app = await newAppPage(b.browser, { reducedMotion: 'reduce' });
    try {
      await openApp(app.page, '', { waitFor: '[data-chart="burn"] svg' });
      await requireBriefings(app.page);
      await startExampleDeck(app.page);
      const cash = app.page.locator('.slideshow path[data-series="cash"]');
      const first = await cash.getAttribute('d');
      // Sample the path every frame right after the key: with no tween it changes once, straight to the end.
      const seen = await app.page.evaluate(async () => {
        const ds = new Set<string>();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
        for (let i = 0; i < 20; i++) {
          await new Promise((r) => requestAnimationFrame(r));
          ds.add(document.querySelector('.slideshow path[data-series="cash"]')!.getAttribute('d')!);
        }
        return [...ds];
      });
      // Frames before React commits still show the old path; after it, one path only: the end.
      const after = seen.filter((d) => d !== first);
      expect(after).toHaveLength(1);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('animates between scenarios in at most 500 ms', async () => {
    const app = await newAppPage(b.browser);
    try {
      // The page's clock is ours: a busy runner cannot stretch the tween's 500 ms.
      await app.page.clock.install();
      await openApp(app.page, '', { waitFor: '[data-chart="burn"] svg' });
      await requireBriefings(app.page);
      await startExampleDeck(app.page);
      const cash = app.page.locator('.slideshow path[data-series="cash"]');
      const first = await cash.getAttribute('d');
      await app.page.clock.pauseAt(Date.now() + 60_000);
      await app.page.keyboard.press('ArrowRight');
      await app.page.clock.runFor(200);
      await expect.poll(() => cash.getAttribute('d')).not.toBe(first);
      const mid = await cash.getAttribute('d');
      await app.page.clock.runFor(300); // 500 ms after the key
      await expect.poll(() => cash.getAttribute('d')).not.toBe(mid);
      const at500 = await cash.getAttribute('d');
      await app.page.clock.runFor(1000);
      await app.page.waitForTimeout(200); // let React commit anything still pending
      expect(await cash.getAttribute('d')).toBe(at500);
      expect(mid).not.toBe(at500); // it moved through a state between the two scenarios
    } finally {
      await app.close();
    }
  });

  it('opens a deck from a #deck= link, and explains a damaged one', async () => {
    const deck: Deck = {
      version: 1,
      title: 'Linked deck',
      slides: [{ id: 'x', link: 'v=1&slip=18', title: 'Chip slips', charts: ['power'], notes: 'Linked notes' }],
    };
    const app = await newAppPage(b.browser);
    try {
      await openApp(app.page, `/${deckToHash(deck)}`);
      await requireBriefings(app.page);
      await app.page.locator('.deck-link-banner').waitFor();
      expect(await app.page.locator('.deck-link-banner').textContent()).toMatch(
        /This link carries a deck, “Linked deck” \(1 slide\)/,
      );
      await app.page.getByRole('button', { name: 'Open the deck' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Briefing deck' });
      await expect.poll(() => dialog.getByTestId('deck-slide').count()).toBe(1);
      expect(new URL(app.page.url()).hash).toBe('');

      await openApp(app.page, '/#deck=eyJ2ZXJzaW9uIjoxLCJ0aXRsZSI6', { waitFor: '.deck-link-banner' });
      expect(await app.page.getByRole('alert').filter({ hasText: 'deck' }).textContent()).toMatch(
        /The deck in this link could not be opened: the deck link is damaged: not JSON/,
      );
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
