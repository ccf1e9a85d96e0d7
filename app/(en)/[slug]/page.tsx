import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChapterPage } from '@/components/pages/ChapterPage';
import { chapterModels } from '@/lib/chapter-model';
import { chapterMetadata } from '@/lib/seo';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

const find = (slug: string) => chapterModels('en').find((c) => c.slug === slug);

export function generateStaticParams() {
  return chapterModels('en').map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const chapter = find((await params).slug);
  return chapter ? chapterMetadata(chapter, 'en') : {};
}

export default async function Chapter({ params }: Params) {
  const chapter = find((await params).slug);
  if (!chapter) notFound();
  const { default: Content } = await import(`@/content/chapters/${chapter.slug}.mdx`);
  return <ChapterPage chapter={chapter} locale="en" Content={Content} />;
}
