/** Presenter mode: the speaker view and its sync with the deck, the handout, and the offline copy. */
import { test, expect } from './fixtures';
import { CHAPTER, stage, slideOf, root, slideKeys, expectSlide, chartState, openDeck, openSpeaker, forEachEdition } from './deck';

forEachEdition(({ prefix: p, words: w }) => {
  /** Words from the why-a-loss step's notes, in the edition's language. */
  const notesPhrase = p ? '固定成本' : 'fixed costs';

  test.describe('speaker view', () => {
    test('opened with S, it shows notes, the next slide and the clock, follows the deck and drives it', async ({ page, context }) => {
      await openDeck(page, `${p}/present/${CHAPTER}#why-a-loss`);
      const keys = await slideKeys(page);
      const at = keys.indexOf('why-a-loss');
      const speaker = await openSpeaker(context, page);
      const current = speaker.locator('.speaker-current [data-active-step]');
      await expect(current).toHaveAttribute('data-active-step', 'why-a-loss');
      await expect(speaker.locator('.speaker-notes-body')).toContainText(notesPhrase);
      await expect(speaker.locator('.speaker-next [data-slide]')).toHaveAttribute('data-slide', keys[at + 1]);
      await expect(speaker.locator('.speaker-time')).toHaveText(/\d{1,2}:\d{2}/);

      // Deck → speaker.
      await page.keyboard.press('ArrowRight');
      await expect(current).toHaveAttribute('data-active-step', keys[at + 1]);
      await expect(speaker).toHaveURL(new RegExp(`#${keys[at + 1]}$`));
      // Speaker → deck, by key and by button; blackout too.
      await speaker.keyboard.press('PageDown');
      await expectSlide(page, keys[at + 2]);
      await speaker.getByRole('button', { name: w['speaker.prev'], exact: true }).click();
      await expectSlide(page, keys[at + 1]);
      await speaker.keyboard.press('b');
      await expect(root(page)).toHaveAttribute('data-blackout', 'true');
      await expect(speaker.locator('.speaker-blackout')).toBeVisible();
      await speaker.keyboard.press('b');
      await expect(root(page)).not.toHaveAttribute('data-blackout');
    });

    test("the next slide's preview lands in its state at once while the room's chart moves", async ({ page, context }) => {
      await openDeck(page, `${p}/present/${CHAPTER}#why-a-loss`);
      const speaker = await openSpeaker(context, page);
      await expect(speaker.locator('.speaker-current [data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
      // Every frame, whether each window's chart is mid-move.
      await speaker.evaluate(() => {
        const seen = { current: 0, next: 0, frames: 0 };
        (window as unknown as { seen: typeof seen }).seen = seen;
        const tick = () => {
          seen.frames++;
          if (document.querySelector('.speaker-current [data-moving]')) seen.current++;
          if (document.querySelector('.speaker-next [data-moving]')) seen.next++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      // why-a-loss → rest-of-2024 moves the bars; the preview goes from rest-of-2024 to early-2025.
      await speaker.keyboard.press('ArrowRight');
      await expect(speaker.locator('.speaker-next [data-slide]')).toHaveAttribute('data-slide', 'early-2025');
      await expect.poll(() => speaker.evaluate(() => (window as unknown as { seen: { current: number } }).seen.current)).toBeGreaterThan(0);
      await expect(speaker.locator('.speaker-current [data-moving]')).toHaveCount(0);
      const seen = await speaker.evaluate(() => (window as unknown as { seen: { next: number; frames: number } }).seen);
      expect(seen.frames).toBeGreaterThan(2);
      expect(seen.next).toBe(0);
    });

    test('the two windows reconnect after either reloads, and a speaker view that was away catches up', async ({ page, context }) => {
      await openDeck(page, `${p}/present/${CHAPTER}`);
      const keys = await slideKeys(page);
      const at = keys.indexOf(CHAPTER);
      const speaker = await openSpeaker(context, page);
      const shown = speaker.locator('.speaker-current [data-slide]');
      await expect(shown).toHaveAttribute('data-slide', CHAPTER);

      await speaker.reload();
      await page.keyboard.press('ArrowRight');
      await expect(shown).toHaveAttribute('data-slide', keys[at + 1]);
      await speaker.keyboard.press('ArrowRight');
      await expectSlide(page, keys[at + 2]);

      await page.reload();
      await expectSlide(page, keys[at + 2]);
      await speaker.keyboard.press('ArrowRight');
      await expectSlide(page, keys[at + 3]);
      await page.keyboard.press('ArrowLeft');
      await expect(shown).toHaveAttribute('data-slide', keys[at + 2]);

      // The speaker window leaves; the deck moves on; it comes back with its old URL and catches up.
      const old = speaker.url();
      await speaker.goto('about:blank');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, keys[at + 4]);
      await speaker.goto(old);
      await expect(shown).toHaveAttribute('data-slide', keys[at + 4]);
    });

    test('without BroadcastChannel the windows sync through localStorage', async ({ page, context }) => {
      await context.addInitScript(() => {
        delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
      });
      await openDeck(page, `${p}/present/${CHAPTER}`);
      expect(await page.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
      const keys = await slideKeys(page);
      const at = keys.indexOf(CHAPTER);
      const speaker = await openSpeaker(context, page);
      const shown = speaker.locator('.speaker-current [data-slide]');
      await page.keyboard.press('ArrowRight');
      await expect(shown).toHaveAttribute('data-slide', keys[at + 1]);
      await speaker.keyboard.press('ArrowRight');
      await expectSlide(page, keys[at + 2]);
    });

    test('the stopwatch starts, pauses, resets and survives a reload', async ({ page }) => {
      await page.goto(`${p}/present/speaker`);
      await expect(page.locator('.speaker-root')).toHaveAttribute('data-ready', 'true');
      const elapsed = page.locator('.speaker-elapsed');
      await expect(elapsed).toHaveText(/0:00/);
      await page.getByRole('button', { name: w['clock.start'] }).click();
      await expect(elapsed).toHaveText(/0:0[1-9]/, { timeout: 4000 });
      await page.getByRole('button', { name: w['clock.pause'] }).click();
      const held = await elapsed.textContent();
      await page.reload();
      await expect(elapsed).toHaveText(held!);
      await expect(page.getByRole('button', { name: w['clock.resume'] })).toBeVisible();
      await page.getByRole('button', { name: w['clock.reset'] }).click();
      await expect(elapsed).toHaveText(/0:00/);
    });

    test('notes are in the speaker view only: never in the audience deck or the reading page', async ({ page, request }) => {
      await page.goto(`${p}/present/speaker#why-a-loss`);
      await expect(page.locator('.speaker-notes-body')).toHaveAttribute('data-notes', 'why-a-loss');
      const notes = (await page.locator('.speaker-notes-body').textContent())!.trim();
      expect(notes.length).toBeGreaterThan(40);
      const phrase = notes.slice(0, 40);
      for (const url of [`${p}/present`, `${p}/present/${CHAPTER}`, `${p}/${CHAPTER}`]) {
        const html = await (await request.get(url)).text();
        expect(html, url).not.toContain(phrase);
      }
      await openDeck(page, `${p}/present/${CHAPTER}#why-a-loss`);
      await expect(page.getByText(phrase)).toHaveCount(0);
    });
  });


  test.describe('handout', () => {
    test('?print shows one slide a landscape page with charts in their step states, and no notes', async ({ page }) => {
      await openDeck(page, `${p}/present/${CHAPTER}#q2-2024-loss`);
      const keys = await slideKeys(page);
      const live: Record<string, string> = {};
      for (let i = keys.indexOf('q2-2024-loss'); keys[i] !== 'end' && i < keys.length; i++) {
        const key = keys[i];
        if ((await slideOf(page).getAttribute('data-kind')) === 'step') {
          // The chart follows the caption by a frame; data-active-step names the state it has drawn.
          await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', key);
          live[key] = await chartState(stage(page).locator('svg[role="img"]'));
        }
        await page.keyboard.press('ArrowRight');
        await expect(slideOf(page)).toHaveAttribute('data-slide', keys[i + 1]);
      }
      await page.goto(`${p}/present?print`);
      await expect(root(page)).toHaveAttribute('data-view', 'print');
      await expect(stage(page)).toBeHidden();
      const pages = page.locator('.handout-page');
      await expect(pages).toHaveCount(keys.length);
      await expect(page.locator('.handout-notes')).toHaveCount(0);
      for (const [key, svg] of Object.entries(live)) {
        const graphic = page.locator(`.handout-page[data-slide="${key}"] [data-slide-step="${key}"]`);
        expect(await chartState(graphic.locator('svg[role="img"]')), key).toBe(svg);
      }
      const box = (await pages.first().boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(297 / 210, 1);
    });

    test('printing the deck gives one page a slide, landscape; the speaker view\'s handout adds the notes', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      await page.emulateMedia({ media: 'print' });
      await expect(stage(page)).toBeHidden();
      await expect(page.locator('.handout-page').first()).toBeVisible();
      expect(await page.locator('.handout-page').first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(keys.length);
      const [w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!.slice(1).map(Number);
      expect(w).toBeGreaterThan(h);

      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${p}/present/speaker?print`);
      const steps = await page.locator('.handout-page').evaluateAll((els) => els.filter((e) => e.querySelector('[data-slide-step]')).length);
      expect(steps).toBeGreaterThan(0);
      await expect(page.locator('.handout-notes')).toHaveCount(steps);
      await expect(page.locator('.handout-page[data-slide="why-a-loss"] .handout-notes')).toContainText(notesPhrase);
    });
  });


  test.describe('offline', () => {
    test('after one visit the deck and the speaker view work with the network off', async ({ page, context, request }) => {
      await openDeck(page, `${p}/present/${CHAPTER}`);
      const cacheNames: string[] = await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return caches.keys();
      });
      const version = /const VERSION = '([^']+)'/.exec(await (await request.get('/sw.js')).text())?.[1];
      expect(version).toMatch(/^[0-9a-f]{16}$/);
      expect(cacheNames).toEqual([`deck-${version}`]);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

      await context.setOffline(true);
      try {
        await page.goto(`${p}/present#why-a-loss`);
        await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
        expect(await stage(page).locator('svg rect').count()).toBeGreaterThan(2);
        await page.keyboard.press('ArrowRight');
        await expect(stage(page).locator('[data-active-step]')).not.toHaveAttribute('data-active-step', 'why-a-loss');
        await page.goto(`${p}/present/speaker#first-profit`);
        await expect(page.locator('.speaker-notes-body')).toHaveAttribute('data-notes', 'first-profit');
        await page.goto(`${p}/present?print`);
        await expect(page.locator('.handout-page').first()).toBeVisible();
      } finally {
        await context.setOffline(false);
      }
    });
  });
});


test.describe('the two editions\' speaker views', () => {
  test('S in the Chinese deck opens the Chinese speaker view, with Chinese notes and words', async ({ page, context }) => {
    await openDeck(page, `/zh/present/${CHAPTER}#why-a-loss`);
    const speaker = await openSpeaker(context, page);
    await expect(speaker).toHaveURL(new RegExp(`/zh/present/speaker#why-a-loss$`));
    await expect(speaker.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const notes = speaker.locator('.speaker-notes-body');
    await expect(notes).toContainText('固定成本');
    await expect(notes).not.toContainText('fixed costs');
    await expect(speaker.locator('.speaker-position strong')).toHaveText(/^第\d+页，共\d+页$/);
    await expect(speaker.getByRole('group', { name: '已用时间' })).toBeVisible();
  });

  test('a deck drives only its own edition\'s speaker view', async ({ page, context }) => {
    await openDeck(page, `/present/${CHAPTER}`);
    const keys = await slideKeys(page);
    const at = keys.indexOf(CHAPTER);
    const zh = await context.newPage();
    await zh.goto(`/zh/present/speaker#${CHAPTER}`);
    await expect(zh.locator('.speaker-root')).toHaveAttribute('data-ready', 'true');
    const shown = zh.locator('.speaker-current [data-slide]');
    await expect(shown).toHaveAttribute('data-slide', CHAPTER);
    // An English speaker view next to them follows the English deck, so the move was sent.
    const en = await context.newPage();
    await en.goto(`/present/speaker`);
    await expect(en.locator('.speaker-current [data-slide]')).toHaveAttribute('data-slide', CHAPTER);
    await page.keyboard.press('ArrowRight');
    await expect(en.locator('.speaker-current [data-slide]')).toHaveAttribute('data-slide', keys[at + 1]);
    await expect(shown).toHaveAttribute('data-slide', CHAPTER);
    await zh.keyboard.press('ArrowRight');
    await expect(shown).toHaveAttribute('data-slide', keys[at + 1]);
    await expectSlide(page, keys[at + 1]);
    await zh.keyboard.press('ArrowRight');
    await expect(shown).toHaveAttribute('data-slide', keys[at + 2]);
    await expect(page).toHaveURL(new RegExp(`#${keys[at + 1]}$`));
  });
});
