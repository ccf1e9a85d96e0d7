/**
 * The presenter's dialogs (the overview, the key map) are modal <dialog>s: shown in the top layer,
 * focus inside while open, Tab kept inside, Escape closing them and focus going back to the opener,
 * the page behind inert, and the deck's keys and swipes doing nothing behind them.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHAPTER, stage, slideOf, root, slideKeys, expectSlide, openDeck, forEachEdition } from './deck';

const dialog = (page: Page) => page.locator('dialog');

/** Open, modal (`:modal` matches only a dialog shown with showModal, which is in the top layer) and on top where it is drawn. */
async function expectModal(d: Locator) {
  await expect(d).toHaveCount(1);
  await expect(d).toHaveAttribute('open', '');
  expect(await d.evaluate((el) => {
    const b = el.getBoundingClientRect();
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return { modal: el.matches(':modal'), tag: el.tagName, onTop: !!hit && el.contains(hit) };
  })).toEqual({ modal: true, tag: 'DIALOG', onTop: true });
}

const focusInside = (d: Locator) => d.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== el);

/**
 * Presses Tab and Shift+Tab more times than the dialog has controls. The page behind never gets
 * focus: past the dialog's last control focus goes to the browser's own UI (in Chromium; nothing
 * in the page is focused then), and the next Tab brings it back into the dialog.
 */
async function expectTabStaysInside(page: Page, d: Locator) {
  const seen: string[] = [];
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    seen.push(await d.evaluate((el) => {
      const a = document.activeElement;
      if (a && el.contains(a)) return 'dialog';
      return !a || a === document.body ? 'browser' : `behind: ${a.outerHTML.slice(0, 80)}`;
    }));
  }
  expect(seen.filter((w) => w !== 'dialog' && w !== 'browser'), 'focus on the page behind the dialog').toEqual([]);
  expect(seen.filter((w) => w === 'dialog').length, `back in the dialog after Tab (${seen.join(', ')})`).toBeGreaterThanOrEqual(3);
}

/** The stage's controls behind an open dialog are inert: they take no focus. */
const behindIsInert = (page: Page) => page.locator('.deck-controls button').first().evaluate((b: HTMLElement) => {
  b.focus();
  return document.activeElement !== b;
});

forEachEdition(({ prefix: p, words: w }) => {
  test.describe('dialogs', () => {
    test('O and the overview button open the overview as a modal dialog; Tab stays in it, Escape closes it and focus goes back', async ({ page }) => {
      await openDeck(page, `${p}/present/${CHAPTER}#why-a-loss`);
      const grid = page.getByRole('dialog', { name: w['overview.label'] });

      // By key, with nothing focused: focus goes to the current slide's thumbnail, and back to the stage.
      await page.keyboard.press('o');
      await expectModal(grid);
      await expect(grid.locator('li[data-current] button')).toBeFocused();
      await expectTabStaysInside(page, grid);
      expect(await behindIsInert(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      await expect(stage(page)).toBeFocused();
      await expectSlide(page, 'why-a-loss');

      // By click: focus comes back to the button that opened it.
      const opener = page.getByRole('button', { name: w['deckBar.overview'] });
      await page.mouse.move(10, 10);
      await opener.click();
      await expectModal(grid);
      expect(await focusInside(grid)).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      await expect(opener).toBeFocused();
    });

    test('? and the keys button open the key map as a modal dialog with focus on Close; Escape or Close shut it and focus goes back', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const help = page.getByRole('dialog', { name: w['help.title'] });

      await page.keyboard.press('?');
      await expectModal(help);
      const close = help.getByRole('button', { name: w['help.close'] });
      await expect(close).toBeFocused();
      await expectTabStaysInside(page, help);
      expect(await behindIsInert(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      await expect(stage(page)).toBeFocused();

      const opener = page.getByRole('button', { name: w['deckBar.help'] });
      await page.mouse.move(10, 10);
      await opener.click();
      await expectModal(help);
      await expect(close).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(opener).toBeFocused();
      await opener.click();
      await close.click();
      await expect(dialog(page)).toHaveCount(0);
      await expect(opener).toBeFocused();
    });

    test("the deck's keys do nothing behind an open dialog", async ({ page, context }) => {
      await openDeck(page, `${p}/present/${CHAPTER}`);
      const keys = await slideKeys(page);
      const at = keys.indexOf(CHAPTER);
      const windows = context.pages().length;
      const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);

      // The key map: every move, blackout, full screen, overview, speaker and number key is ignored.
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: w['help.title'] });
      await expectModal(help);
      for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'End', 'b', '.', 'f', 'o', 's', '3']) await page.keyboard.press(key);
      await expect(help).toBeVisible();
      await expect(slideOf(page)).toHaveAttribute('data-slide', CHAPTER);
      await expect(root(page)).not.toHaveAttribute('data-blackout');
      await expect(page.locator('.deck-goto')).toHaveCount(0);
      expect(await fullscreen()).toBe(false);
      expect(context.pages()).toHaveLength(windows);
      await page.keyboard.press('?');
      await expect(help).toHaveCount(0);

      // The overview: its own keys move the selection; blackout, full screen, speaker, help and numbers are ignored.
      await page.keyboard.press('o');
      const grid = page.getByRole('dialog', { name: w['overview.label'] });
      await expectModal(grid);
      for (const key of ['b', '.', 'f', 's', '?', '4']) await page.keyboard.press(key);
      await expect(grid).toBeVisible();
      await expect(grid.locator('li[data-selected] button')).toBeFocused();
      await expect(grid.locator('li[data-selected]')).toHaveAttribute('data-current');
      await expect(root(page)).not.toHaveAttribute('data-blackout');
      await expect(page.getByRole('dialog', { name: w['help.title'] })).toHaveCount(0);
      expect(await fullscreen()).toBe(false);
      expect(context.pages()).toHaveLength(windows);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(grid).toHaveCount(0);
      await expectSlide(page, keys[at + 1]);
    });

    test('a swipe does nothing behind the key map', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      const box = (await stage(page).boundingBox())!;
      const y = box.y + box.height / 2;
      const swipeLeft = async () => {
        const [from, to] = [box.x + box.width * 0.8, box.x + box.width * 0.2];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (from + to) / 2, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      await page.keyboard.press('?');
      await expectModal(page.getByRole('dialog', { name: w['help.title'] }));
      await swipeLeft();
      await expect(page.getByRole('dialog', { name: w['help.title'] })).toBeVisible();
      await expect(slideOf(page)).toHaveAttribute('data-slide', keys[0]);
      await page.keyboard.press('Escape');
      // With the dialog gone, the same swipe moves the deck (so the one above was seen and ignored).
      await swipeLeft();
      await expectSlide(page, keys[1]);
    });

    test('on the stage a dialog takes the stage\'s box, as the overlays did before they were dialogs', async ({ page }) => {
      await openDeck(page, `${p}/present/${CHAPTER}#why-a-loss`);
      const box = async () => (await stage(page).boundingBox())!;
      type Box = { x: number; y: number; width: number; height: number };
      const apart = (a: Box, b: Box) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.width - b.width), Math.abs(a.height - b.height));
      for (const [key, name, inner] of [['o', w['overview.label'], '.deck-overview'], ['?', w['help.title'], '.deck-help']] as const) {
        await page.keyboard.press(key);
        const d = page.getByRole('dialog', { name });
        await expectModal(d);
        expect(apart((await d.boundingBox())!, await box()), `${name}: the dialog's box is the stage's`).toBeLessThanOrEqual(1);
        // What it holds lies on the stage, never on the letterbox around it.
        const s = await box();
        const b = (await d.locator(inner).boundingBox())!;
        expect(b.x >= s.x - 1 && b.y >= s.y - 1 && b.x + b.width <= s.x + s.width + 1 && b.y + b.height <= s.y + s.height + 1, `${inner} inside the stage`).toBe(true);
        await page.keyboard.press('Escape');
        await expect(dialog(page)).toHaveCount(0);
      }
    });

    test("a close request the deck's keys did not see (Android's back gesture) closes the dialog, and the deck knows it", async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      const grid = page.getByRole('dialog', { name: w['overview.label'] });
      await page.keyboard.press('o');
      await expectModal(grid);
      await grid.evaluate((d: HTMLDialogElement) => d.requestClose());
      await expect(dialog(page)).toHaveCount(0);
      // The deck's state followed: O opens the overview again rather than closing one already gone,
      // and a move key moves the deck rather than the overview's selection.
      await page.keyboard.press('o');
      await expectModal(grid);
      await grid.evaluate((d: HTMLDialogElement) => d.requestClose());
      await expect(dialog(page)).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, keys[1]);
    });

    test("the speaker view's key map is a modal dialog too, and its keys do nothing behind it", async ({ page }) => {
      await page.goto(`${p}/present/speaker#why-a-loss`);
      await expect(page.locator('.speaker-root')).toHaveAttribute('data-ready', 'true');
      const current = page.locator('.speaker-current [data-slide]');
      await expect(current).toHaveAttribute('data-slide', 'why-a-loss');
      // Opened from its button by keyboard (Enter is the focused button's when no number is typed).
      const opener = page.getByRole('button', { name: w['speaker.keys'] });
      await opener.focus();
      await page.keyboard.press('Enter');
      const help = page.getByRole('dialog', { name: w['help.title'] });
      await expectModal(help);
      await expect(help.getByRole('button', { name: w['help.close'] })).toBeFocused();
      await expectTabStaysInside(page, help);
      for (const key of ['ArrowRight', 'PageDown', 'b']) await page.keyboard.press(key);
      await expect(current).toHaveAttribute('data-slide', 'why-a-loss');
      await expect(page.locator('.speaker-blackout')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      await expect(opener).toBeFocused();
    });
  });
});
