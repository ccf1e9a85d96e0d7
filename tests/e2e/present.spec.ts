/** Presenter mode: the deck's keys, its URLs, and the way between reading and presenting. */
import { test, expect, stepIds } from './fixtures';
import { fill } from '@/lib/i18n/words';
import { deckWords } from '@/content/ui/deck';
import { siteWords } from '@/content/ui/site';
import { CHAPTER, stage, slideOf, root, slideKeys, expectSlide, openDeck, forEachEdition } from './deck';

forEachEdition(({ prefix: p, words: w }) => {
  test.describe('keys', () => {
    test('every next and previous key, Home, End and a number then Enter move the deck, and the URL follows', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      expect(keys.length).toBeGreaterThanOrEqual(8);
      const next = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N'];
      const prev = ['ArrowLeft', 'ArrowUp', 'Shift+Space', 'PageUp', 'p', 'P'];
      for (const [i, key] of next.entries()) {
        await page.keyboard.press(key);
        await expectSlide(page, keys[i + 1]);
      }
      for (const [i, key] of prev.entries()) {
        await page.keyboard.press(key);
        await expectSlide(page, keys[next.length - i - 1]);
      }
      await page.keyboard.press('End');
      await expectSlide(page, keys[keys.length - 1]);
      await page.keyboard.press('Home');
      await expectSlide(page, keys[0]);
      await page.keyboard.type('3');
      await expect(page.locator('.deck-goto')).toContainText('3');
      await page.keyboard.press('Enter');
      await expectSlide(page, keys[2]);
      await page.keyboard.type('999');
      await page.keyboard.press('Enter');
      await expectSlide(page, keys[keys.length - 1]);
    });

    test('keys are not swallowed by a focused link or button', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      await page.locator('.deck-reading').focus();
      await page.keyboard.press('Space');
      await expectSlide(page, keys[1]);
      await page.keyboard.press('PageDown');
      await expectSlide(page, keys[2]);
      const overviewButton = page.getByRole('button', { name: w['deckBar.overview'] });
      await overviewButton.focus();
      await page.keyboard.press('Space');
      await expectSlide(page, keys[3]);
      await expect(page.locator('.deck-overview')).toHaveCount(0);
      // Enter with nothing typed belongs to the focused control.
      await overviewButton.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.deck-overview')).toBeVisible();
    });

    test('B and . black the screen out and back; an arrow at a black screen only brings it back', async ({ page }) => {
      await openDeck(page, `${p}/present/${CHAPTER}`);
      const keys = await slideKeys(page);
      const start = keys.indexOf(CHAPTER);
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, keys[start + 1]);
      await page.keyboard.press('b');
      await expect(root(page)).toHaveAttribute('data-blackout', 'true');
      await expect(page.locator('.deck-blackout')).toBeVisible();
      await page.keyboard.press('.');
      await expect(root(page)).not.toHaveAttribute('data-blackout');
      await expect(page.locator('.deck-blackout')).toBeHidden();
      await page.keyboard.press('.');
      await expect(page.locator('.deck-blackout')).toBeVisible();
      await page.keyboard.press('PageDown');
      await expect(page.locator('.deck-blackout')).toBeHidden();
      await expectSlide(page, keys[start + 1]);
      await page.keyboard.press('PageDown');
      await expectSlide(page, keys[start + 2]);
    });

    test('F turns full screen on and off', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      await page.keyboard.press('F');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    });

    test('? shows the key map and Esc closes it', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: w['help.title'] });
      await expect(help).toBeVisible();
      await expect(help).toContainText('Page Down');
      await expect(help).toContainText(w['keys.blackout']);
      await expect(help).toContainText((w['keys.aNumber'] + w['help.then']).trimEnd());
      await page.keyboard.press('Escape');
      await expect(help).toHaveCount(0);
    });

    test('O opens the overview; arrows and Enter, or a click, jump; Esc closes without moving', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      await page.keyboard.press('o');
      const grid = page.getByRole('dialog', { name: w['overview.label'] });
      await expect(grid).toBeVisible();
      await expect(grid.getByRole('button')).toHaveCount(keys.length);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(grid).toHaveCount(0);
      await expectSlide(page, keys[2]);
      await page.keyboard.press('Escape');
      await expect(grid).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await expect(grid).toHaveCount(0);
      await expectSlide(page, keys[2]);
      await page.keyboard.press('O');
      await grid.getByRole('button', { name: new RegExp(`^${fill(w['overview.pick'], { n: keys.length, label: '' })}`) }).click();
      await expectSlide(page, keys[keys.length - 1]);
    });

    test('a horizontal swipe on a touch screen moves the deck', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      const box = (await stage(page).boundingBox())!;
      const y = box.y + box.height / 2;
      const swipe = async (from: number, to: number) => {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (from + to) / 2, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
      await expectSlide(page, keys[1]);
      await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
      await expectSlide(page, keys[2]);
      await swipe(box.x + box.width * 0.2, box.x + box.width * 0.8);
      await expectSlide(page, keys[1]);
    });

    test('the cursor and the controls hide after two idle seconds and come back with the mouse; on a touch screen they stay', async ({ page, isMobile }) => {
      await openDeck(page, `${p}/present`);
      if (isMobile) {
        // No mouse moves on a phone: hiding the controls would leave nothing to bring them back.
        await page.waitForTimeout(3000);
        await expect(root(page)).not.toHaveAttribute('data-idle');
        await expect(page.locator('.deck-controls')).toHaveCSS('opacity', '1');
        return;
      }
      await page.mouse.move(200, 200);
      const moved = Date.now();
      await expect(root(page)).not.toHaveAttribute('data-idle');
      await expect(root(page)).toHaveAttribute('data-idle', 'true', { timeout: 5000 });
      expect(Date.now() - moved).toBeGreaterThanOrEqual(1900);
      expect(await stage(page).evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
      await expect(page.locator('.deck-controls')).toHaveCSS('opacity', '0');
      await page.mouse.move(300, 300);
      await expect(root(page)).not.toHaveAttribute('data-idle');
      expect(await stage(page).evaluate((el) => getComputedStyle(el).cursor)).not.toBe('none');
    });
  });


  test.describe('URLs', () => {
    test('a reload keeps the slide', async ({ page }) => {
      await openDeck(page, `${p}/present/${CHAPTER}`);
      const keys = await slideKeys(page);
      const start = keys.indexOf(CHAPTER);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, keys[start + 2]);
      await page.reload();
      await expectSlide(page, keys[start + 2]);
      await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', keys[start + 2]);
    });

    test('/present starts at the first chapter and /present/<slug> at its chapter; the hash picks the slide', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      await expect(slideOf(page)).toHaveAttribute('data-slide', keys[0]);
      await expect(slideOf(page)).toHaveAttribute('data-kind', 'title');
      await openDeck(page, `${p}/present/${CHAPTER}`);
      await expect(slideOf(page)).toHaveAttribute('data-slide', CHAPTER);
      await openDeck(page, `${p}/present/${CHAPTER}#why-a-loss`);
      await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
    });

    test('an unknown step id or slide number opens the nearest valid slide, never an error', async ({ page }) => {
      await openDeck(page, `${p}/present`);
      const keys = await slideKeys(page);
      const cases: [string, string][] = [
        [`${p}/present/${CHAPTER}#no-such-step`, CHAPTER],
        [`${p}/present#no-such-step`, keys[0]],
        [`${p}/present#999`, keys[keys.length - 1]],
        [`${p}/present#0`, keys[0]],
        [`${p}/present/${CHAPTER}#-4`, keys[0]],
        [`${p}/present#3`, keys[2]],
        [`${p}/present#%E0%A4%A`, keys[0]],
        [`${p}/present?slide=%%&x#why-a-loss`, 'why-a-loss'],
      ];
      for (const [url, key] of cases) {
        await openDeck(page, url);
        await expect(slideOf(page), url).toHaveAttribute('data-slide', key);
        // A hash that named nothing is replaced by the slide it landed on, so a bookmark now works.
        if (url.includes('#') && !url.endsWith(`#${key}`)) await expect(page).toHaveURL(new RegExp(`#${key}$`));
      }
      // Editing the hash by hand moves the deck too.
      await page.evaluate(() => (window.location.hash = '#first-profit'));
      await expect(slideOf(page)).toHaveAttribute('data-slide', 'first-profit');
    });

    test('an unknown chapter is a real 404', async ({ page, watch }) => {
      watch.allow.push(/status of 404/);
      const res = await page.goto(`${p}/present/no-such-chapter`);
      expect(res?.status()).toBe(404);
      if (!p) await expect(page.locator('h1')).toHaveText('Page not found');
    });
  });
});


test.describe('reading and presenting', () => {
  test('"Present" opens the deck at the step being read; the deck\'s way back returns to that step', async ({ page }) => {
    await page.goto(`/${CHAPTER}`);
    const ids = await stepIds(page);
    const target = ids[3];
    await page.locator(`#${target}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(page.locator('.scrolly-graphic').first()).toHaveAttribute('data-active-step', target);
    await page.locator('.present-link').click();
    await expect(page).toHaveURL(new RegExp(`/present/${CHAPTER}#${target}$`));
    await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', target);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, ids[4]);
    await page.mouse.move(100, 100);
    await page.locator('.deck-reading').click();
    await expect(page).toHaveURL(new RegExp(`/${CHAPTER}#${ids[4]}$`));
    await expect(page.locator('.scrolly-graphic').first()).toHaveAttribute('data-active-step', ids[4]);
  });

  test('"Present" from the top of a chapter opens its title slide, and works without JavaScript', async ({ page, request }) => {
    await page.goto(`/${CHAPTER}`);
    await page.locator('.present-link').click();
    await expect(page).toHaveURL(new RegExp(`/present/${CHAPTER}$`));
    await expect(slideOf(page)).toHaveAttribute('data-slide', CHAPTER);
    const html = await (await request.get(`/${CHAPTER}`)).text();
    expect(html).toContain(`href="/present/${CHAPTER}"`);
  });
});


test.describe('the two editions', () => {
  test('the Chinese deck pages say they are Chinese, the English ones English', async ({ page }) => {
    for (const [url, lang] of [['/zh/present', 'zh-CN'], [`/zh/present/${CHAPTER}`, 'zh-CN'], ['/zh/present/speaker', 'zh-CN'], ['/present', 'en'], ['/present/speaker', 'en']]) {
      await page.goto(url);
      await expect(page.locator('html'), url).toHaveAttribute('lang', lang);
    }
    await openDeck(page, '/zh/present');
    await expect(page).toHaveTitle(/^演示 · /);
    await expect(page.getByRole('toolbar')).toHaveAccessibleName(deckWords.zh['deckBar.toolbar']);
    await expect(slideOf(page).locator('.slide-kicker')).toHaveText(/^最后的豪赌 · 第1章$/);
  });

  test('a Chinese caption prints Chinese figures and links to the Chinese data room; the way back reads the Chinese chapter', async ({ page }) => {
    await openDeck(page, `/zh/present/${CHAPTER}#why-a-loss`);
    const caption = stage(page).locator('.slide-caption');
    await expect(caption).toHaveText(/亿元|万元|辆/);
    await expect(caption).not.toHaveText(/RMB|\bbn\b/);
    await expect(caption.locator('.fact-value').first()).toHaveAttribute('href', /^\/zh\/data#/);
    await expect(page.locator('.deck-reading')).toHaveAttribute('href', `/zh/${CHAPTER}#why-a-loss`);
  });

  test('the language switch leads to the same slide in the other edition, and back', async ({ page }) => {
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    const keys = await slideKeys(page);
    const next = keys[keys.indexOf('why-a-loss') + 1];
    const toZh = page.getByRole('link', { name: siteWords.en['language.switchName'] });
    await expect(toZh).toHaveAttribute('hreflang', 'zh-CN');
    await expect(toZh.locator('[lang="zh-CN"]')).toHaveText('中文');
    // The name begins with the word on screen (label in name), then says what the link does.
    await expect(toZh).toHaveAccessibleName(`中文 ${siteWords.en['language.switchName']}`);
    // It follows the slide on the stage.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, next);
    await expect(toZh).toHaveAttribute('href', `/zh/present/${CHAPTER}#${next}`);
    const box = (await toZh.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.mouse.move(100, 100);
    await toZh.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(root(page)).toHaveAttribute('data-ready', 'true');
    await expectSlide(page, next);
    const toEn = page.getByRole('link', { name: siteWords.zh['language.switchName'] });
    await expect(toEn).toHaveAttribute('hreflang', 'en');
    await page.keyboard.press('End');
    await expectSlide(page, 'end');
    await page.mouse.move(120, 120);
    await toEn.click();
    await expect(page).toHaveURL(/\/present#end$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(slideOf(page)).toHaveAttribute('data-slide', 'end');
  });
});
