/**
 * Presenter mode: the deck at /present and /present/<slug>, its keys, URLs, stage, overview, help,
 * speaker view and sync, handout, offline copy, and the way between reading and presenting.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect, stepIds } from './fixtures';

const CHAPTER = 'loss-per-car';
const stage = (page: Page) => page.locator('.deck-stage');
const slideOf = (page: Page) => stage(page).locator('.slide');
const root = (page: Page) => page.locator('.deck-root');

/** Every slide's key in order, as the handout (always in the deck's HTML) lists them. */
async function slideKeys(page: Page): Promise<string[]> {
  return page.locator('.handout-page').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slide!));
}

async function expectSlide(page: Page, key: string) {
  await expect(slideOf(page)).toHaveAttribute('data-slide', key);
  await expect(page).toHaveURL(new RegExp(`#${key}$`));
}

/**
 * The chart's drawing as data: elements, attributes, style properties as the browser parses them
 * and text, without per-instance ids. Server-rendered and client-rendered SVG of one state compare
 * equal this way, though their markup differs in formatting.
 */
async function chartState(svg: Locator): Promise<string> {
  return svg.evaluate((root) => {
    const skip = new Set(['id', 'aria-labelledby', 'aria-describedby', 'style']);
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      if (!(n instanceof Element)) return '';
      const attrs = [...n.attributes].filter((a) => !skip.has(a.name)).map((a) => `${a.name}=${a.value.replace(/url\(#[^)]*\)/g, 'url(#)')}`).sort();
      const css = (n as SVGElement).style;
      const style = Array.from({ length: css.length }, (_, i) => css[i]).sort().map((p) => `${p}:${css.getPropertyValue(p)}`);
      return `<${n.tagName} ${attrs.join(' ')} {${style.join(';')}}>${[...n.childNodes].map(walk).join('')}</>`;
    };
    return walk(root);
  });
}

async function openDeck(page: Page, path = '/present') {
  await page.goto(path);
  await expect(root(page)).toHaveAttribute('data-view', 'live');
  // The controllers are bound once the deck has read its URL.
  await expect(slideOf(page)).toBeVisible();
}

async function openSpeaker(context: BrowserContext, deck: Page): Promise<Page> {
  const [speaker] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
  await speaker.waitForLoadState();
  await expect(speaker.locator('.speaker-current [data-slide]')).toBeVisible();
  return speaker;
}

test.describe('keys', () => {
  test('every next and previous key, Home, End and a number then Enter move the deck, and the URL follows', async ({ page }) => {
    await openDeck(page);
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
    await openDeck(page);
    const keys = await slideKeys(page);
    await page.locator('.deck-reading').focus();
    await page.keyboard.press('Space');
    await expectSlide(page, keys[1]);
    await page.keyboard.press('PageDown');
    await expectSlide(page, keys[2]);
    const overviewButton = page.getByRole('button', { name: 'Overview of all slides' });
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
    await openDeck(page, `/present/${CHAPTER}`);
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
    await openDeck(page);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('F');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('? shows the key map and Esc closes it', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Page Down');
    await expect(help).toContainText('Black screen');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
  });

  test('O opens the overview; arrows and Enter, or a click, jump; Esc closes without moving', async ({ page }) => {
    await openDeck(page);
    const keys = await slideKeys(page);
    await page.keyboard.press('o');
    const grid = page.getByRole('dialog', { name: 'All slides' });
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
    await grid.getByRole('button', { name: new RegExp(`^Slide ${keys.length}:`) }).click();
    await expectSlide(page, keys[keys.length - 1]);
  });

  test('a horizontal swipe on a touch screen moves the deck', async ({ page }) => {
    await openDeck(page);
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

  test('the cursor and the controls hide after two idle seconds and come back with the mouse', async ({ page }) => {
    await openDeck(page);
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
    await openDeck(page, `/present/${CHAPTER}`);
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
    await openDeck(page);
    const keys = await slideKeys(page);
    await expect(slideOf(page)).toHaveAttribute('data-slide', keys[0]);
    await expect(slideOf(page)).toHaveAttribute('data-kind', 'title');
    await openDeck(page, `/present/${CHAPTER}`);
    await expect(slideOf(page)).toHaveAttribute('data-slide', CHAPTER);
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
  });

  test('an unknown step id or slide number opens the nearest valid slide, never an error', async ({ page }) => {
    await openDeck(page);
    const keys = await slideKeys(page);
    const cases: [string, string][] = [
      [`/present/${CHAPTER}#no-such-step`, CHAPTER],
      ['/present#no-such-step', keys[0]],
      ['/present#999', keys[keys.length - 1]],
      ['/present#0', keys[0]],
      [`/present/${CHAPTER}#-4`, keys[0]],
      ['/present#3', keys[2]],
      ['/present#%E0%A4%A', keys[0]],
      ['/present?slide=%%&x#why-a-loss', 'why-a-loss'],
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
    const res = await page.goto('/present/no-such-chapter');
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
  });
});

test.describe('stage', () => {
  for (const [width, height] of [[1024, 768], [1920, 1080], [3840, 2160]]) {
    test(`fits ${width}×${height}: 16:9, letterboxed, no scrollbars, no text outside the stage on any slide`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openDeck(page);
      const keys = await slideKeys(page);
      for (const key of keys) {
        await expect(slideOf(page)).toHaveAttribute('data-slide', key);
        const report = await page.evaluate(() => {
          const stageEl = document.querySelector('.deck-stage')!;
          const s = stageEl.getBoundingClientRect();
          const doc = document.documentElement;
          const outside: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('.deck-root')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim() || n.parentElement?.closest('.sr-only, .handout, title, desc')) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects())
              if (r.width > 0 && (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1)) outside.push(n.textContent.trim().slice(0, 40));
          }
          const caption = stageEl.querySelector('.slide-caption');
          return {
            ratio: s.width / s.height,
            fits: s.width <= innerWidth + 0.5 && s.height <= innerHeight + 0.5,
            letterboxed: Math.abs(s.width - innerWidth) < 1 || Math.abs(s.height - innerHeight) < 1,
            scroll: [doc.scrollWidth - doc.clientWidth, doc.scrollHeight - doc.clientHeight],
            clipped: caption ? caption.scrollHeight - caption.clientHeight : 0,
            outside,
          };
        });
        expect(report.ratio, key).toBeCloseTo(16 / 9, 2);
        expect(report.fits && report.letterboxed, key).toBe(true);
        expect(report.scroll, key).toEqual([0, 0]);
        expect(report.clipped, `${key}: caption cut off`).toBeLessThanOrEqual(1);
        expect(report.outside, key).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
    });
  }

  test('the projector theme: large caption type, text contrast of at least 7:1 on every slide', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    const size = await stage(page).locator('.slide-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    const width = await stage(page).locator('.c-zero').first().evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    expect(width).toBeGreaterThanOrEqual(2.5);
    await page.keyboard.press('Home');
    for (const key of await slideKeys(page)) {
      await expect(slideOf(page)).toHaveAttribute('data-slide', key);
      const axe = await new AxeBuilder({ page }).include('.deck-stage .slide').withRules(['color-contrast-enhanced']).analyze();
      expect(axe.violations.map((v) => `${key}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('with reduced motion, slides and charts change state without animating', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    await page.keyboard.press('ArrowRight');
    const motion = await stage(page).evaluate((el) => ({
      caption: getComputedStyle(el.querySelector('.slide-caption')!).animationDuration,
      mark: getComputedStyle(el.querySelector('.mark')!).transitionDuration.split(',').map((d) => d.trim()),
    }));
    expect(motion.caption).toBe('0s');
    expect(new Set(motion.mark)).toEqual(new Set(['0s']));
  });

  test('each slide\'s chart is in the state it has at the same step when scrolling', async ({ page }) => {
    await page.goto(`/${CHAPTER}`);
    const ids = await stepIds(page);
    const reading: string[] = [];
    for (const id of ids) {
      // Scrolled to the end of the step: the reader has read it all (progress 1, as in the deck).
      await page.locator(`#${id}`).evaluate((el) => {
        const bottom = el.getBoundingClientRect().bottom + window.scrollY;
        window.scrollTo(0, bottom - window.innerHeight * 0.55 - 2);
      });
      await expect(page.locator('.scrolly-graphic').first()).toHaveAttribute('data-active-step', id);
      reading.push(await chartState(page.locator('.scrolly-graphic svg').first()));
    }
    await openDeck(page, `/present/${CHAPTER}#${ids[0]}`);
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', id);
      expect(await chartState(stage(page).locator('svg[role="img"]')), id).toBe(reading[i]);
    }
    expect(new Set(reading).size).toBe(ids.length);
  });
});

test.describe('speaker view', () => {
  test('opened with S, it shows notes, the next slide and the clock, follows the deck and drives it', async ({ page, context }) => {
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    const keys = await slideKeys(page);
    const at = keys.indexOf('why-a-loss');
    const speaker = await openSpeaker(context, page);
    const current = speaker.locator('.speaker-current [data-active-step]');
    await expect(current).toHaveAttribute('data-active-step', 'why-a-loss');
    await expect(speaker.locator('.speaker-notes-body')).toContainText('fixed costs');
    await expect(speaker.locator('.speaker-next [data-slide]')).toHaveAttribute('data-slide', keys[at + 1]);
    await expect(speaker.locator('.speaker-time time')).toHaveText(/\d{1,2}:\d{2}/);

    // Deck → speaker.
    await page.keyboard.press('ArrowRight');
    await expect(current).toHaveAttribute('data-active-step', keys[at + 1]);
    await expect(speaker).toHaveURL(new RegExp(`#${keys[at + 1]}$`));
    // Speaker → deck, by key and by button; blackout too.
    await speaker.keyboard.press('PageDown');
    await expectSlide(page, keys[at + 2]);
    await speaker.getByRole('button', { name: 'Previous' }).click();
    await expectSlide(page, keys[at + 1]);
    await speaker.keyboard.press('b');
    await expect(root(page)).toHaveAttribute('data-blackout', 'true');
    await expect(speaker.locator('.speaker-blackout')).toBeVisible();
    await speaker.keyboard.press('b');
    await expect(root(page)).not.toHaveAttribute('data-blackout');
  });

  test('the two windows reconnect after either reloads, and a speaker view that was away catches up', async ({ page, context }) => {
    await openDeck(page, `/present/${CHAPTER}`);
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
    await openDeck(page, `/present/${CHAPTER}`);
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
    await page.goto('/present/speaker');
    const elapsed = page.locator('.speaker-elapsed');
    await expect(elapsed).toHaveText(/0:00/);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(elapsed).toHaveText(/0:0[1-9]/, { timeout: 4000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const held = await elapsed.textContent();
    await page.reload();
    await expect(elapsed).toHaveText(held!);
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(elapsed).toHaveText(/0:00/);
  });

  test('notes are in the speaker view only: never in the audience deck or the reading page', async ({ page, request }) => {
    await page.goto(`/present/speaker#why-a-loss`);
    const notes = (await page.locator('.speaker-notes-body').textContent())!.trim();
    expect(notes.length).toBeGreaterThan(40);
    const phrase = notes.slice(0, 40);
    for (const url of ['/present', `/present/${CHAPTER}`, `/${CHAPTER}`]) {
      const html = await (await request.get(url)).text();
      expect(html, url).not.toContain(phrase);
    }
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    await expect(page.getByText(phrase)).toHaveCount(0);
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

test.describe('handout', () => {
  test('?print shows one slide a landscape page with charts in their step states, and no notes', async ({ page }) => {
    await openDeck(page, `/present/${CHAPTER}#q2-2024-loss`);
    const keys = await slideKeys(page);
    const live: Record<string, string> = {};
    for (let i = keys.indexOf('q2-2024-loss'); keys[i] !== 'end' && i < keys.length; i++) {
      const key = keys[i];
      if ((await slideOf(page).getAttribute('data-kind')) === 'step') live[key] = await chartState(stage(page).locator('svg[role="img"]'));
      await page.keyboard.press('ArrowRight');
      await expect(slideOf(page)).toHaveAttribute('data-slide', keys[i + 1]);
    }
    await page.goto('/present?print');
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
    await openDeck(page);
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
    await page.goto('/present/speaker?print');
    const steps = await page.locator('.handout-page').evaluateAll((els) => els.filter((e) => e.querySelector('[data-slide-step]')).length);
    expect(steps).toBeGreaterThan(0);
    await expect(page.locator('.handout-notes')).toHaveCount(steps);
    await expect(page.locator('.handout-page[data-slide="why-a-loss"] .handout-notes')).toContainText('fixed costs');
  });
});

test.describe('offline', () => {
  test('after one visit the deck and the speaker view work with the network off', async ({ page, context, request }) => {
    await openDeck(page, `/present/${CHAPTER}`);
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
      await page.goto('/present#why-a-loss');
      await expect(stage(page).locator('[data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
      expect(await stage(page).locator('svg rect').count()).toBeGreaterThan(2);
      await page.keyboard.press('ArrowRight');
      await expect(stage(page).locator('[data-active-step]')).not.toHaveAttribute('data-active-step', 'why-a-loss');
      await page.goto('/present/speaker#first-profit');
      await expect(page.locator('.speaker-notes-body')).not.toBeEmpty();
      await page.goto('/present?print');
      await expect(page.locator('.handout-page').first()).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
});

test.describe('accessibility', () => {
  const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const ids = (r: Awaited<ReturnType<typeof axe>>) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  test('the deck, its overview and its key map have no violations (WCAG 2.2 AA)', async ({ page }) => {
    await openDeck(page, `/present/${CHAPTER}#why-a-loss`);
    expect(ids(await axe(page))).toEqual([]);
    await page.keyboard.press('o');
    await expect(page.locator('.deck-overview')).toBeVisible();
    expect(ids(await axe(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.locator('.deck-help')).toBeVisible();
    expect(ids(await axe(page))).toEqual([]);
  });

  test('the speaker view and the handout have no violations', async ({ page }) => {
    await page.goto('/present/speaker#why-a-loss');
    await expect(page.locator('.speaker-current [data-active-step]')).toHaveAttribute('data-active-step', 'why-a-loss');
    expect(ids(await axe(page))).toEqual([]);
    await page.goto('/present/speaker?print');
    await expect(page.locator('.handout')).toBeVisible();
    expect(ids(await axe(page))).toEqual([]);
  });
});
