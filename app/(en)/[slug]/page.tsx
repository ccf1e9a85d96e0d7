import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { JsonLd } from '@/components/seo/JsonLd';
import { ShareButton } from '@/components/share/ShareButton';
import { ChapterNav } from '@/components/story/ChapterNav';
import { ChapterSources } from '@/components/story/ChapterSources';
import { PresentLink } from '@/components/present/PresentLink';
import { chapterNeighbours, writtenChapters } from '@/lib/chapters';
import { articleJsonLd, chapterMetadata } from '@/lib/seo';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return writtenChapters().map((c) => ({ slug: c.slug }));
}

function find(slug: string) {
  return writtenChapters().find((c) => c.slug === slug);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chapter = find((await params).slug);
  if (!chapter) return {};
  return chapterMetadata(chapter);
}

export default async function ChapterPage({ params }: Params) {
  const chapter = find((await params).slug);
  if (!chapter) notFound();
  const { default: Content } = await import(`@/content/chapters/${chapter.slug}.mdx`);
  const { prev, next } = chapterNeighbours(chapter.slug);
  return (
    <>
      <SiteHeader chapterTitle={chapter.frontmatter.title} slug={chapter.slug} />
      <JsonLd data={articleJsonLd(chapter)} />
      <PresentLink slug={chapter.slug} />
      <main id="main">
        <article className="prose-body" data-chapter={chapter.slug}>
          <header className="mx-auto max-w-column px-5 pt-10">
            <h1 className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">{chapter.frontmatter.title}</h1>
            <p className="font-serif text-lead">{chapter.frontmatter.description}</p>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-small text-muted">{chapter.readingMinutes} min read</p>
              <ShareButton label="Share this chapter" title={chapter.frontmatter.title} text={chapter.frontmatter.description} />
            </div>
          </header>
          <Content />
          <ChapterSources chapter={chapter} />
        </article>
        <div className="chapter-share-end mx-auto mt-12 flex max-w-page justify-center px-5">
          <ShareButton label="Share this chapter" title={chapter.frontmatter.title} text={chapter.frontmatter.description} />
        </div>
        <ChapterNav prev={prev} next={next} />
      </main>
    </>
  );
}
