/**
 * A chapter of an edition: header, the chapter's head, its MDX rendered with the edition's story
 * components, its sources, sharing and the previous/next links. The route loads the compiled MDX
 * (its import path must be a literal template for the bundler) and hands it in as `Content`.
 */
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { JsonLd } from '@/components/seo/JsonLd';
import { ShareButton } from '@/components/share/ShareButton';
import { ChapterNav } from '@/components/story/ChapterNav';
import { ChapterSources } from '@/components/story/ChapterSources';
import { mdxComponents } from '@/components/story/mdx-components';
import { PROSE_COLUMN, PROSE_P } from '@/components/story/prose';
import { PresentLink } from '@/components/present/PresentLink';
import { deckWords } from '@/content/ui/deck';
import { siteWords } from '@/content/ui/site';
import { chapterModels } from '@/lib/chapter-model';
import type { ChapterInfo } from '@/lib/chapters';
import type { Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { articleJsonLd } from '@/lib/seo';

/** The chapters before and after this one in its edition's story order. */
export function chapterNeighbours(slug: string, locale: Locale) {
  const written = chapterModels(locale);
  const i = written.findIndex((c) => c.slug === slug);
  return { prev: written[i - 1], next: written[i + 1] };
}

export function ChapterPage({ chapter, locale, Content }: {
  chapter: ChapterInfo;
  locale: Locale;
  Content: ComponentType<{ components?: MDXComponents }>;
}) {
  const w = wordsFor(siteWords, locale);
  const { title, description } = chapter.frontmatter;
  const { prev, next } = chapterNeighbours(chapter.slug, locale);
  return (
    <>
      <SiteHeader chapterTitle={title} slug={chapter.slug} locale={locale} />
      <JsonLd data={articleJsonLd(chapter, locale)} />
      {/* The deck is English only until the Chinese presenter mode has its routes. */}
      <PresentLink slug={chapter.slug} locale={locale} label={wordsFor(deckWords, locale)['presentLink.label']} />
      <main id="main">
        <article className={`prose-body ${PROSE_COLUMN}`} data-chapter={chapter.slug}>
          <header className="mx-auto max-w-column px-5 pt-10">
            <h1 className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">{title}</h1>
            <p className={`${PROSE_P} font-serif text-lead`}>{description}</p>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className={`${PROSE_P} text-small text-muted`}>{fill(w['chapter.readingTime'], { minutes: chapter.readingMinutes })}</p>
              <ShareButton label={w['chapter.share']} title={title} text={description} locale={locale} />
            </div>
          </header>
          <Content components={mdxComponents(locale)} />
          <ChapterSources chapter={chapter} locale={locale} />
        </article>
        <div className="chapter-share-end mx-auto mt-12 flex max-w-page justify-center px-5">
          <ShareButton label={w['chapter.share']} title={title} text={description} locale={locale} />
        </div>
        <ChapterNav prev={prev} next={next} locale={locale} />
      </main>
    </>
  );
}
