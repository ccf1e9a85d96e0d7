/** Helpers for the presenter-mode specs (present*.spec.ts): the deck's DOM hooks and common steps. */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { deckWords, type DeckWords } from '@/content/ui/deck';

/** One edition of the deck, as the specs see it: its path prefix, <html lang> and interface words. */
export interface Edition {
  /** '' for English, '/zh' for Chinese: prefix every site path with it. */
  prefix: '' | '/zh';
  lang: string;
  words: DeckWords;
  /** The other edition's prefix, for the language switch. */
  other: '' | '/zh';
}

export const EDITIONS: readonly Edition[] = [
  { prefix: '', lang: 'en', words: deckWords.en, other: '/zh' },
  { prefix: '/zh', lang: 'zh-CN', words: deckWords.zh, other: '' },
];

/** Runs a spec's tests once for each edition, in a describe block named after it. */
export function forEachEdition(body: (ed: Edition) => void): void {
  for (const ed of EDITIONS) test.describe(ed.prefix ? `edition ${ed.prefix}` : 'edition /', () => body(ed));
}

/** A template's fixed text before its first placeholder, for matching names that carry a number. */
export const lead = (template: string) => template.split('{')[0];

export const CHAPTER = 'loss-per-car';
export const stage = (page: Page) => page.locator('.deck-stage');
export const slideOf = (page: Page) => stage(page).locator('.slide');
export const root = (page: Page) => page.locator('.deck-root');

/** Every slide's key in order, as the handout (always in the deck's HTML) lists them. */
export async function slideKeys(page: Page): Promise<string[]> {
  return page.locator('.handout-page').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slide!));
}

export async function expectSlide(page: Page, key: string) {
  await expect(slideOf(page)).toHaveAttribute('data-slide', key);
  await expect(page).toHaveURL(new RegExp(`#${key}$`));
}

/**
 * The chart's drawing as data: elements, attributes, style properties as the browser parses them
 * and text, without per-instance ids. Server-rendered and client-rendered SVG of one state compare
 * equal this way, though their markup differs in formatting.
 */
export async function chartState(svg: Locator): Promise<string> {
  // At rest: a chart carries data-moving (on its motion wrapper) while its marks move to a new step.
  await expect(svg.locator('xpath=ancestor::*[@data-moving]')).toHaveCount(0);
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

export async function openDeck(page: Page, path = '/present') {
  await page.goto(path);
  // The server's HTML shows a slide before the script runs; keys work once the deck is ready.
  await expect(root(page)).toHaveAttribute('data-ready', 'true');
  await expect(slideOf(page)).toBeVisible();
}

export async function openSpeaker(context: BrowserContext, deck: Page): Promise<Page> {
  const [speaker] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
  await expect(speaker.locator('.speaker-root')).toHaveAttribute('data-ready', 'true');
  await expect(speaker.locator('.speaker-current [data-slide]')).toBeVisible();
  return speaker;
}

/** Waits for the stage's fades and chart transitions to finish, so colours are measured at rest. */
export async function settled(page: Page) {
  await stage(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => {}))));
  await expect(stage(page).locator('[data-moving]')).toHaveCount(0);
}
