import { describe, expect, it } from 'vitest';
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { chapterModels } from '@/lib/chapter-model';
import { writtenChapters } from '@/lib/chapters';
import { getFact } from '@/lib/registry';
import { articleJsonLd, chapterMetadata, coverMetadata, robots, siteMetadata, sitemapEntries } from './seo';
import { SITE_URL } from './site';

const chapters = writtenChapters();

/** Every string in a value that looks like a URL or a path. */
function urls(value: unknown): string[] {
  if (typeof value === 'string') return /^(https?:|\/)/.test(value) ? [value] : [];
  if (value instanceof URL) return [value.href];
  if (Array.isArray(value)) return value.flatMap(urls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urls);
  return [];
}

describe('chapter metadata', () => {
  it.each(chapters.map((c) => [c.slug, c] as const))('%s: canonical, Open Graph and Twitter, every URL absolute on SITE_URL', (slug, chapter) => {
    const m = chapterMetadata(chapter);
    const url = `${SITE_URL}/${slug}`;
    expect(m.title).toBe(chapter.frontmatter.title);
    expect(m.alternates?.canonical).toBe(url);
    expect(m.openGraph).toMatchObject({ type: 'article', url, siteName: story.title, title: chapter.frontmatter.title, description: chapter.frontmatter.description });
    expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: `${SITE_URL}/og/${slug}.png`, width: 1200, height: 630 })]);
    expect(m.twitter).toMatchObject({ card: 'summary_large_image', title: chapter.frontmatter.title });
    // The card's alt text carries the headline figure the card prints.
    expect((m.openGraph?.images as { alt: string }[])[0].alt).toContain(getFact(chapter.frontmatter.headlineFact).text);
    for (const u of urls(m)) expect(u.startsWith(`${SITE_URL}/`), u).toBe(true);
  });

  it.each(chapters.map((c) => [c.slug, c] as const))('%s: Article JSON-LD with absolute URLs', (slug, chapter) => {
    const ld = articleJsonLd(chapter);
    expect(ld).toMatchObject({ '@type': 'Article', headline: chapter.frontmatter.title, url: `${SITE_URL}/${slug}`, position: story.chapters.indexOf(chapter.slug) + 1 });
    expect(urls(ld).filter((u) => !u.startsWith('https://schema.org')).every((u) => u.startsWith(`${SITE_URL}/`))).toBe(true);
  });
});

describe('site-wide metadata', () => {
  it('gives the cover its canonical URL and card, and every page the cover card by default', () => {
    expect(coverMetadata().alternates?.canonical).toBe(`${SITE_URL}/`);
    for (const m of [coverMetadata(), siteMetadata()]) {
      expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: `${SITE_URL}/og/cover.png` })]);
      expect(m.twitter).toMatchObject({ card: 'summary_large_image' });
    }
  });

  it('lists the cover, the written chapters in story order and the data room in the sitemap', () => {
    expect(sitemapEntries({ en: chapters }).map((e) => e.url)).toEqual([`${SITE_URL}/`, ...chapters.map((c) => `${SITE_URL}/${c.slug}`), `${SITE_URL}/data`]);
    expect(robots().sitemap).toBe(`${SITE_URL}/sitemap.xml`);
  });
});

describe('the Chinese edition', () => {
  const zh = chapterModels('zh');

  it('has its own canonical, Chinese words and cards, and hreflang both ways with English as x-default', () => {
    const cover = coverMetadata('zh');
    expect(cover.alternates?.canonical).toBe(`${SITE_URL}/zh`);
    expect(cover.alternates?.languages).toEqual({ en: `${SITE_URL}/`, 'zh-CN': `${SITE_URL}/zh`, 'x-default': `${SITE_URL}/` });
    expect(coverMetadata('en').alternates?.languages).toEqual(cover.alternates?.languages);
    expect(cover.openGraph).toMatchObject({ locale: 'zh_CN', siteName: storyZh.title, url: `${SITE_URL}/zh` });
    expect(cover.openGraph?.images).toEqual([expect.objectContaining({ url: `${SITE_URL}/og/zh/cover.png` })]);
    expect(siteMetadata('zh').title).toMatchObject({ template: `%s · ${storyZh.title}` });
    for (const c of zh) {
      const m = chapterMetadata(c, 'zh');
      expect(m.title).toBe(c.frontmatter.title);
      expect(m.alternates?.canonical).toBe(`${SITE_URL}/zh/${c.slug}`);
      expect(m.alternates?.languages).toEqual({ en: `${SITE_URL}/${c.slug}`, 'zh-CN': `${SITE_URL}/zh/${c.slug}`, 'x-default': `${SITE_URL}/${c.slug}` });
      expect(m.openGraph).toMatchObject({ locale: 'zh_CN', url: `${SITE_URL}/zh/${c.slug}` });
      expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: `${SITE_URL}/og/zh/${c.slug}.png`, alt: expect.stringMatching(/\p{Script=Han}/u) })]);
      expect(articleJsonLd(c, 'zh')).toMatchObject({ inLanguage: 'zh-CN', url: `${SITE_URL}/zh/${c.slug}`, isPartOf: { name: storyZh.title, url: `${SITE_URL}/zh` } });
    }
  });

  it('lists both editions in the sitemap, each page with its alternate', () => {
    const entries = sitemapEntries({ en: chapters, zh });
    const urls = entries.map((e) => e.url);
    expect(urls).toEqual([
      `${SITE_URL}/`, ...chapters.map((c) => `${SITE_URL}/${c.slug}`), `${SITE_URL}/data`,
      `${SITE_URL}/zh`, ...zh.map((c) => `${SITE_URL}/zh/${c.slug}`),
    ]);
    expect(entries.find((e) => e.url === `${SITE_URL}/zh`)?.alternates?.languages).toEqual({ en: `${SITE_URL}/`, 'zh-CN': `${SITE_URL}/zh` });
  });
});
