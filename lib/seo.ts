/**
 * What a page tells search engines and chat apps about itself: metadata, the Article JSON-LD,
 * the sitemap. Every URL is absolute, built from SITE_URL (lib/site.ts) at build time, because
 * a link preview is fetched by a crawler that knows nothing of the page it came from.
 */
import type { Metadata, MetadataRoute } from 'next';
import { story } from '@/content/story';
import type { ChapterInfo } from '@/lib/chapters';
import type { Locale } from '@/lib/i18n/locale';
import { getFact } from '@/lib/registry';
import { SITE_URL, absolute } from '@/lib/site';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * The social card's file, written by scripts/social-cards.tsx into public/og/ before the build.
 * English cards keep the paths they always had; the Chinese edition's sit beside them in /og/zh/.
 */
export function cardPath(name: string, locale: Locale = 'en'): string {
  return locale === 'en' ? `/og/${name}.png` : `/og/${locale}/${name}.png`;
}

export const COVER_CARD = 'cover';

function image(name: string, alt: string) {
  return { url: absolute(cardPath(name)), width: CARD.width, height: CARD.height, alt, type: 'image/png' };
}

/** Site-wide defaults, for pages that say nothing more (the data room): the cover's card. */
/** Site-wide metadata for an edition (the Chinese words and Open Graph locale come with the edition's wiring). */
export function siteMetadata(_locale: 'en' | 'zh' = 'en'): Metadata {
  const cover = image(COVER_CARD, `${story.title}: ${story.subtitle}.`);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: `${story.title}: ${story.subtitle}`, template: `%s · ${story.title}` },
    description: story.standfirst,
    openGraph: { siteName: story.title, type: 'website', locale: 'en', images: [cover] },
    twitter: { card: 'summary_large_image', images: [cover] },
  };
}

export function coverMetadata(): Metadata {
  const title = `${story.title}: ${story.subtitle}`;
  const url = absolute('/');
  const cover = image(COVER_CARD, `${title}.`);
  return {
    alternates: { canonical: url },
    openGraph: { siteName: story.title, type: 'website', locale: 'en', title, description: story.standfirst, url, images: [cover] },
    twitter: { card: 'summary_large_image', title, description: story.standfirst, images: [cover] },
  };
}

export function chapterUrl(chapter: Pick<ChapterInfo, 'slug'>): string {
  return absolute(`/${chapter.slug}`);
}

export function chapterMetadata(chapter: ChapterInfo): Metadata {
  const { title, description } = chapter.frontmatter;
  const url = chapterUrl(chapter);
  const fact = getFact(chapter.frontmatter.headlineFact);
  const card = image(chapter.slug, `${title}. ${fact.label}, ${fact.period}: ${fact.text}.`);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      siteName: story.title, type: 'article', locale: 'en', title, description, url, images: [card],
      modifiedTime: story.figuresAsOf, section: story.title,
    },
    twitter: { card: 'summary_large_image', title, description, images: [card] },
  };
}

/** schema.org Article for one chapter. Only what the content knows: no invented author or dates. */
export function articleJsonLd(chapter: ChapterInfo) {
  const { title, description } = chapter.frontmatter;
  const url = chapterUrl(chapter);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: [absolute(cardPath(chapter.slug))],
    dateModified: story.figuresAsOf,
    inLanguage: 'en',
    wordCount: chapter.words,
    timeRequired: `PT${chapter.readingMinutes}M`,
    position: story.chapters.indexOf(chapter.slug) + 1,
    isPartOf: { '@type': 'WebSite', name: story.title, url: absolute('/') },
  };
}

/** The cover, every written chapter in story order, and the data room. */
export function sitemapEntries(chapters: ChapterInfo[]): MetadataRoute.Sitemap {
  const lastModified = story.figuresAsOf;
  return [
    { url: absolute('/'), lastModified, changeFrequency: 'monthly', priority: 1 },
    ...chapters.map((c) => ({ url: chapterUrl(c), lastModified, changeFrequency: 'monthly' as const, priority: 0.8 })),
    { url: absolute('/data'), lastModified, changeFrequency: 'monthly', priority: 0.5 },
  ];
}

export function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absolute('/sitemap.xml') };
}
