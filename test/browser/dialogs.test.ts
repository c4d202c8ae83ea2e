import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { newAppPage, openApp, setupBrowser, type Page } from './support';

/**
 * One way each: modal panels are native `<dialog>`s shown with showModal() (useModalDialog), menus
 * are native popovers (usePopover). The browser gives the focus trap, Esc and focus going back
 * to the opener; these tests check that each panel and menu really gets them.
 */
const b = setupBrowser();

/** Where focus is: inside `box`, on the page's body (focus left the page for the browser's own UI), or elsewhere. */
function focusIn(box: Locator): Promise<'inside' | 'body' | string> {
  return box.evaluate((el) => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return el.contains(a) ? 'inside' : `outside: ${a.outerHTML.slice(0, 120)}`;
  });
}

/** The focused element's accessible text, to compare one element with another. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a ? `${a.tagName} ${a.getAttribute('aria-label') ?? a.textContent?.trim()}` : '';
  });

/**
 * Tab goes round the dialog: every stop is inside it (or, past the last one, the browser's own UI,
 * never the page behind), and it comes back round to the first stop.
 */
async function tabStaysInside(page: Page, dialog: Locator): Promise<void> {
  const stops = await dialog.evaluate(
    (el) =>
      [...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
      ).length,
  );
  expect(stops).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  const first = await focusedText(page);
  expect(await focusIn(dialog)).toBe('inside');
  let back = false;
  for (let i = 0; i < stops + 2 && !back; i++) {
    await page.keyboard.press('Tab');
    const where = await focusIn(dialog);
    expect(where, `Tab ${i + 2} of ${stops}`).toMatch(/^(inside|body)$/);
    back = where === 'inside' && (await focusedText(page)) === first;
  }
  expect(back, 'Tab comes back round to the first stop').toBe(true);
}

/**
 * Opens a modal dialog (`open` clicks what opens it); focus moves inside, Tab stays inside, Esc
 * closes it and focus goes back to `opener`.
 */
async function checkModal(page: Page, opener: Locator, dialog: Locator, open = () => opener.click()): Promise<void> {
  await open();
  await dialog.waitFor();
  expect(await dialog.evaluate((el) => el.tagName === 'DIALOG' && el.matches(':modal'))).toBe(true);
  await expect.poll(() => focusIn(dialog)).toBe('inside');
  await tabStaysInside(page, dialog);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('modal dialogs: focus inside, Tab trapped, Esc closes, focus back on the opener', () => {
  it('the compare panel, the deck editor and the print handout', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2&slip=12', { waitFor: '[data-chart="burn"] svg' });
      await checkModal(
        page,
        page.getByRole('button', { name: 'Compare', exact: true }),
        page.getByRole('dialog', { name: 'Compare scenarios' }),
      );
      await checkModal(
        page,
        page.getByRole('button', { name: 'Deck…' }),
        page.getByRole('dialog', { name: 'Briefing deck' }),
      );
      // Opened from a menu item: focus goes back to the menu's button.
      const exportButton = page.getByRole('button', { name: 'Export ▾' });
      await checkModal(page, exportButton, page.locator('dialog.handout-root'), async () => {
        await exportButton.click();
        await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Print handout…' }).click();
      });
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });

  it('the slide show: Esc leaves it, also with the screen blanked, and focus goes back to Present', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2&slip=12', { waitFor: '[data-chart="burn"] svg' });
      const present = page.getByRole('button', { name: 'Present', exact: true });
      const show = page.getByRole('dialog', { name: /^Slide show: / });
      await checkModal(page, present, show);
      // Arrow keys still move the show inside the dialog; B blanks it and Esc still leaves.
      await present.click();
      await show.locator('[data-chart="burn"]').waitFor();
      await page.keyboard.press('ArrowRight');
      await show.locator('[data-chart="cost"]').waitFor();
      await page.keyboard.press('b');
      await show.getByRole('img', { name: /Screen blanked/ }).waitFor();
      await page.keyboard.press('Escape');
      await show.waitFor({ state: 'detached' });
      await expect.poll(() => present.evaluate((el) => el === document.activeElement)).toBe(true);
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});

describe('menus: native popovers that Esc and a click outside close, focus back on the button', () => {
  /** Opens the popover with its button; Tab goes into it; Esc closes it with focus back on the button; a click outside closes it too. */
  async function checkPopover(page: Page, button: Locator, inside: Locator): Promise<void> {
    const popover = page.locator(`#${await button.getAttribute('aria-controls')}`.replace(/:/g, '\\:'));
    await button.click();
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await inside.waitFor();
    await page.keyboard.press('Tab');
    expect(await focusIn(popover)).toBe('inside');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(false);
  }

  it('the preset "About" and the saved scenarios', async () => {
    const app = await newAppPage(b.browser);
    try {
      const { page } = app;
      await openApp(page, '?v=2&slip=12', { waitFor: '[data-chart="burn"] svg' });
      await page.getByLabel('Preset', { exact: true }).selectOption({ label: 'Bull case' });
      await checkPopover(
        page,
        page.getByRole('button', { name: 'About this preset' }),
        page.getByText('Sources:', { exact: false }),
      );
      await checkPopover(
        page,
        page.getByRole('button', { name: 'Saved ▾' }),
        page.getByRole('button', { name: 'Save current' }),
      );
      app.errors.assertNone();
    } finally {
      await app.close();
    }
  });
});
