/**
 * What a page tells search engines and chat apps about itself: metadata, the Article JSON-LD,
 * the sitemap. Every URL is absolute, built from SITE_URL (lib/site.ts) at build time, because
 * a link preview is fetched by a crawler that knows nothing of the page it came from.
 *
 * Each edition is its own page to a search engine: its own canonical URL, its words (content/ui/
 * meta.ts, the Chinese story and frontmatter) and cards, and hreflang links to the other edition
 * with English as the x-default.
 */
import type { Metadata, MetadataRoute } from 'next';
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { factWordingZh } from '@/content/zh/facts';
import { metaWords } from '@/content/ui/meta';
import type { ChapterInfo } from '@/lib/chapters';
import { HTML_LANG, LOCALES, localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { getFact } from '@/lib/registry';
import { factWords } from '@/lib/registry/wording';
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

/** The chapter as the page needs it: slug, frontmatter, word count and reading time of one edition. */
type Chapter = Pick<ChapterInfo, 'slug' | 'frontmatter' | 'words' | 'readingMinutes'>;

function storyFor(locale: Locale) {
  return locale === 'zh' ? storyZh : story;
}

function image(name: string, alt: string, locale: Locale) {
  return { url: absolute(cardPath(name, locale)), width: CARD.width, height: CARD.height, alt, type: 'image/png' };
}

/** The site path in every edition, for hreflang: `en` and `zh-CN`, and English as x-default. */
export function languageAlternates(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of LOCALES) out[HTML_LANG[l]] = absolute(localePath(path, l));
  out['x-default'] = absolute(path);
  return out;
}

function cover(locale: Locale) {
  const s = storyFor(locale);
  const w = wordsFor(metaWords, locale);
  return {
    title: fill(w['site.title'], { title: s.title, subtitle: s.subtitle }),
    image: image(COVER_CARD, fill(w['site.coverAlt'], { title: s.title, subtitle: s.subtitle }), locale),
  };
}

/** Site-wide metadata for an edition, for pages that say nothing more (the data room): the cover's card. */
export function siteMetadata(locale: Locale = 'en'): Metadata {
  const s = storyFor(locale);
  const w = wordsFor(metaWords, locale);
  const { title, image: card } = cover(locale);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: title, template: fill(w['site.titleTemplate'], { title: s.title }) },
    description: s.standfirst,
    openGraph: { siteName: s.title, type: 'website', locale: w['site.ogLocale'], images: [card] },
    twitter: { card: 'summary_large_image', images: [card] },
  };
}

export function coverMetadata(locale: Locale = 'en'): Metadata {
  const s = storyFor(locale);
  const w = wordsFor(metaWords, locale);
  const { title, image: card } = cover(locale);
  const url = absolute(localePath('/', locale));
  return {
    // The cover's own title, not the template's "%s · title".
    title: { absolute: title },
    description: s.standfirst,
    alternates: { canonical: url, languages: languageAlternates('/') },
    openGraph: { siteName: s.title, type: 'website', locale: w['site.ogLocale'], title, description: s.standfirst, url, images: [card] },
    twitter: { card: 'summary_large_image', title, description: s.standfirst, images: [card] },
  };
}

export function chapterUrl(chapter: Pick<ChapterInfo, 'slug'>, locale: Locale = 'en'): string {
  return absolute(localePath(`/${chapter.slug}`, locale));
}

export function chapterMetadata(chapter: Chapter, locale: Locale = 'en'): Metadata {
  const { title, description } = chapter.frontmatter;
  const s = storyFor(locale);
  const w = wordsFor(metaWords, locale);
  const url = chapterUrl(chapter, locale);
  const fact = getFact(chapter.frontmatter.headlineFact);
  const fw = factWords(fact, locale, factWordingZh);
  const card = image(chapter.slug, fill(w['chapter.cardAlt'], { title, label: fw.label, period: fw.period, text: fact.text }), locale);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(`/${chapter.slug}`) },
    openGraph: {
      siteName: s.title, type: 'article', locale: w['site.ogLocale'], title, description, url, images: [card],
      modifiedTime: story.figuresAsOf, section: s.title,
    },
    twitter: { card: 'summary_large_image', title, description, images: [card] },
  };
}

/** schema.org Article for one chapter. Only what the content knows: no invented author or dates. */
export function articleJsonLd(chapter: Chapter, locale: Locale = 'en') {
  const { title, description } = chapter.frontmatter;
  const s = storyFor(locale);
  const url = chapterUrl(chapter, locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: [absolute(cardPath(chapter.slug, locale))],
    dateModified: story.figuresAsOf,
    inLanguage: wordsFor(metaWords, locale)['jsonLd.inLanguage'],
    wordCount: chapter.words,
    timeRequired: `PT${chapter.readingMinutes}M`,
    position: story.chapters.indexOf(chapter.slug) + 1,
    isPartOf: { '@type': 'WebSite', name: s.title, url: absolute(localePath('/', locale)) },
  };
}

type Entry = MetadataRoute.Sitemap[number];

function entry(path: string, priority: number, editions: readonly Locale[], locale: Locale): Entry {
  const languages = Object.fromEntries(editions.map((l) => [HTML_LANG[l], absolute(localePath(path, l))]));
  return {
    url: absolute(localePath(path, locale)),
    lastModified: story.figuresAsOf,
    changeFrequency: 'monthly',
    priority,
    ...(editions.length > 1 ? { alternates: { languages } } : {}),
  };
}

/**
 * Each edition's cover, written chapters in story order, and data room, English first. A page
 * that exists in both editions lists the other as its alternate. `chapters` maps each edition to
 * the slugs it has written; `dataRoom` says which editions have a data room.
 */
export function sitemapEntries(
  chapters: Partial<Record<Locale, Pick<ChapterInfo, 'slug'>[]>>,
  dataRoom: readonly Locale[] = ['en'],
): MetadataRoute.Sitemap {
  const editions = LOCALES.filter((l) => chapters[l]);
  const out: MetadataRoute.Sitemap = [];
  const has = (l: Locale, slug: string) => chapters[l]?.some((c) => c.slug === slug) ?? false;
  for (const locale of editions) {
    out.push(entry('/', 1, editions, locale));
    for (const c of chapters[locale]!) out.push(entry(`/${c.slug}`, 0.8, editions.filter((l) => has(l, c.slug)), locale));
    if (dataRoom.includes(locale)) out.push(entry('/data', 0.5, dataRoom.filter((l) => editions.includes(l)), locale));
  }
  return out;
}

export function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absolute('/sitemap.xml') };
}
