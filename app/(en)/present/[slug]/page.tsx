import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Deck } from '@/components/present/Deck';
import { Handout } from '@/components/present/Handout';
import { buildDeck, startOf } from '@/components/present/build-deck';
import { SPEAKER_SEGMENT } from '@/components/present/routes';
import { writtenChapters } from '@/lib/chapters';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const slugs = writtenChapters().map((c) => c.slug);
  // The speaker view lives at /present/speaker: a chapter of that name could never be presented.
  if ((slugs as string[]).includes(SPEAKER_SEGMENT)) throw new Error(`A chapter slug may not be "${SPEAKER_SEGMENT}": /present/${SPEAKER_SEGMENT} is the speaker view`);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const chapter = writtenChapters().find((c) => c.slug === slug);
  return chapter ? { title: `${chapter.frontmatter.title}: presentation` } : {};
}

/** /present/<slug>: the whole story as a deck, opened at this chapter; #<step-id> picks the slide. */
export default async function ChapterDeckPage({ params }: Params) {
  const { slug } = await params;
  if (!writtenChapters().some((c) => c.slug === slug)) notFound();
  const deck = await buildDeck();
  return (
    <Deck content={deck} start={startOf(deck.slides, slug)}>
      {/* A second build for the handout: its figures are separate elements, so their ids stay unique. */}
      <Handout content={await buildDeck()} />
    </Deck>
  );
}
