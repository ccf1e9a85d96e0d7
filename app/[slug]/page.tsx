import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterNav } from '@/components/story/ChapterNav';
import { ChapterSources } from '@/components/story/ChapterSources';
import { PresentLink } from '@/components/present/PresentLink';
import { chapterNeighbours, writtenChapters } from '@/lib/chapters';

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
  return { title: chapter.frontmatter.title, description: chapter.frontmatter.description };
}

export default async function ChapterPage({ params }: Params) {
  const chapter = find((await params).slug);
  if (!chapter) notFound();
  const { default: Content } = await import(`@/content/chapters/${chapter.slug}.mdx`);
  const { prev, next } = chapterNeighbours(chapter.slug);
  return (
    <>
      <SiteHeader chapterTitle={chapter.frontmatter.title} />
      <PresentLink slug={chapter.slug} />
      <main id="main">
        <article className="prose-body" data-chapter={chapter.slug}>
          <header className="chapter-head">
            <h1>{chapter.frontmatter.title}</h1>
            <p className="chapter-dek">{chapter.frontmatter.description}</p>
            <p className="chapter-meta">{chapter.readingMinutes} min read</p>
          </header>
          <Content />
          <ChapterSources chapter={chapter} />
        </article>
        <ChapterNav prev={prev} next={next} />
      </main>
    </>
  );
}
