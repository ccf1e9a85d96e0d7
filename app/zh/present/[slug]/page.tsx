import type { Metadata } from 'next';
import { ChapterDeckPage, deckParams } from '@/components/present/pages/DeckPage';
import { chapterDeckMetadata } from '@/components/present/pages/metadata';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return deckParams('zh');
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return chapterDeckMetadata((await params).slug, 'zh');
}

/** /zh/present/<slug>: the whole story as a deck, opened at this chapter; #<step-id> picks the slide. */
export default async function ChapterDeckRoute({ params }: Params) {
  return <ChapterDeckPage locale="zh" slug={(await params).slug} />;
}
