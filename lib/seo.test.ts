import { describe, expect, it } from 'vitest';
import { story } from '@/content/story';
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
    expect(sitemapEntries(chapters).map((e) => e.url)).toEqual([`${SITE_URL}/`, ...chapters.map((c) => `${SITE_URL}/${c.slug}`), `${SITE_URL}/data`]);
    expect(robots().sitemap).toBe(`${SITE_URL}/sitemap.xml`);
  });
});
