/**
 * The figures the profit, headwinds and Europe chapters gained when they were checked against the
 * sources in December 2026: each is printed in its chapter from the registry, links to its
 * data-room row, and that row names its sources (or, for a derived figure, its inputs). The
 * chapters also say what was searched for and not found, and show the 2025 target as a conflict.
 * The figures are checked in both editions (the Chinese chapter prints the same registry figure in
 * its Chinese form); the tests of the English wording run on the English pages.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { getFact, getSource } from '../../lib/registry';
import { alternativeText } from '../../lib/registry/alternative';
import { formatValue } from '../../lib/registry/format';
import { localePath } from '../../lib/i18n/locale';

/** `abs`: the chapter prints the magnitude ("a loss of RMB 3.1 bn"). */
const PRINTED: [slug: string, factId: string, abs?: 'abs'][] = [
  ['profitability', 'group-adjusted-net-profit-2025q3'],
  ['profitability', 'segment-result-2026q1', 'abs'],
  ['profitability', 'months-deliveries-to-profit-li-auto'],
  ['profitability', 'months-deliveries-to-profit-xiaomi'],
  ['headwinds', 'su7-first-generation-deliveries'],
  ['headwinds', 'deliveries-2026-01'],
  ['europe-2027', 'investment-share-of-pledge'],
  ['europe-2027', 'planned-investment-rmb-2025-rate'],
  ['europe-2027', 'usd-cny-rate-2025-08'],
  ['europe-2027', 'phase3-land-price'],
  ['europe-2027', 'lu-weibing-germany-km'],
];

/** The prose copy of a figure (not a chart label), as the reader sees it. */
const inProse = (page: Page, factId: string) => page.locator(`main .fact[data-fact="${factId}"] .fact-value`).first();
/** A card's text as read, without the figures' tooltips (which sit inside the sentence in the DOM). */
const readable = (card: Locator) =>
  card.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[role="tooltip"]').forEach((t) => t.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });

for (const [slug, factId, abs] of PRINTED) {
  test(`/zh/${slug} prints ${factId} in its Chinese form and links to the Chinese data room`, async ({ page }) => {
    const fact = getFact(factId);
    await page.goto(localePath(`/${slug}`, 'zh'));
    const value = inProse(page, factId);
    await expect(value).toHaveText(formatValue({ ...fact, value: abs ? Math.abs(Number(fact.value)) : fact.value }, { locale: 'zh' }));
    await expect(value).toHaveAttribute('href', `${localePath('/data', 'zh')}#${factId}`);
  });

  test(`/${slug} prints ${factId} from the registry, and its data-room row gives its sources`, async ({ page }) => {
    const fact = getFact(factId);
    await page.goto(`/${slug}`);
    const value = inProse(page, factId);
    await expect(value).toHaveText(abs ? formatValue({ ...fact, value: Math.abs(Number(fact.value)) }) : fact.text);
    await expect(value).toHaveAttribute('href', `/data#${factId}`);

    await page.goto(`/data#${factId}`);
    const row = page.locator(`tr[data-fact-row="${factId}"]`);
    await expect(row).toContainText(fact.text);
    if (fact.status.kind === 'derived') {
      for (const input of fact.status.formula.inputs) await expect(row.locator(`a[href="#${input}"]`)).toHaveCount(1);
    } else {
      for (const c of fact.sources) await expect(row).toContainText(getSource(c.source).publisher);
    }
  });
}

test('Lu Weibing is quoted with his own figures: "nearly 800" kilometres and Toyota\'s share as he gave it', async ({ page }) => {
  await page.goto('/europe-2027');
  const card = await readable(page.locator('#europe-hardest-first'));
  expect(card).toContain(`"Even Toyota, such a strong brand, only has a ${getFact('toyota-share-germany').text} market share in Germany," he said.`);
  expect(card).toContain(`${getFact('lu-weibing-germany-km').text} kilometres`);
  expect(getFact('lu-weibing-germany-km').text).toMatch(/^nearly /);
  await expect(page.locator('main')).not.toContainText('years of hard competition');
});

test('headwinds shows the >400,000 goal as media reports, against the 350,000 target Xiaomi still named', async ({ page }) => {
  const fact = getFact('delivery-target-2025-raised');
  if (fact.status.kind !== 'differ') throw new Error('delivery-target-2025-raised should record the conflict');
  await page.goto('/headwinds');
  expect(await readable(page.locator('#headwinds-record-year'))).toContain(`some media reported a goal of ${fact.text}`);

  await page.goto('/data#delivery-target-2025-raised');
  const row = page.locator('tr[data-fact-row="delivery-target-2025-raised"]');
  await expect(row).toContainText('Sources differ: The higher goal comes from media reports, not from Xiaomi');
  await expect(row.locator('.alt-value')).toHaveText(alternativeText(fact, fact.status.alternatives[0]));
});

test('the headwinds share-price card gives all three prices, and which one was a close', async ({ page }) => {
  const fact = getFact('share-price-2025-11-19');
  if (fact.status.kind !== 'differ') throw new Error('share-price-2025-11-19 should record the conflict');
  await page.goto('/headwinds');
  const card = await readable(page.locator('#headwinds-share-price'));
  expect(card).toContain(`closed at ${fact.text} by Yicai's count`);
  for (const alt of fact.status.alternatives) expect(card).toContain(alternativeText(fact, alt));
  expect(card).toContain('was a price during trading, not a close');
});

test('the Chinese share-price card gives all three prices in their Chinese form', async ({ page }) => {
  const fact = getFact('share-price-2025-11-19');
  if (fact.status.kind !== 'differ') throw new Error('share-price-2025-11-19 should record the conflict');
  await page.goto(localePath('/headwinds', 'zh'));
  const card = await readable(page.locator('#headwinds-share-price'));
  expect(card).toContain(formatValue(fact, { locale: 'zh' }));
  for (const alt of fact.status.alternatives) expect(card).toContain(alternativeText(fact, alt, { locale: 'zh' }));
});

for (const slug of ['profitability', 'headwinds']) {
  test(`/${slug} says the 2025 and 2026 results were searched for and not found, instead of writing as if it were May 2026`, async ({ page }) => {
    await page.goto(`/${slug}`);
    const main = page.locator('main');
    await expect(main).toContainText('December 2026');
    await expect(main).toContainText(/found (none of them|no official Xiaomi release)/);
    for (const stale of ['the first figures for 2026', 'The direction, though, is not in doubt', 'none of our sources is an official Xiaomi release'])
      await expect(main).not.toContainText(stale);
  });
}

test('the profit is named as the segment\'s in the chapter\'s description and chart title, not as a car profit', async ({ page }) => {
  await page.goto('/profitability');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Smart EV, AI and other new initiatives/);
  await expect(page.locator('.scrolly').first().locator('svg title')).toHaveText(/segment "Smart EV, AI and other new initiatives"/);
  await expect(page.locator('main')).not.toContainText(/first (car )?profit on cars|first car profit/i);
});
