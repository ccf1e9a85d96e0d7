/**
 * The deck's pages in an edition: /present (from the first chapter) and /present/<slug> (opened at
 * that chapter; #<step-id> picks the slide), under /zh in Chinese. The routes only call these.
 */
import { notFound } from 'next/navigation';
import { Deck } from '@/components/present/Deck';
import { Handout } from '@/components/present/Handout';
import { buildDeck, startOf } from '@/components/present/build-deck';
import { SPEAKER_SEGMENT } from '@/components/present/routes';
import { chapterModels } from '@/lib/chapter-model';
import type { Locale } from '@/lib/i18n/locale';

export async function DeckPage({ locale, chapter }: { locale: Locale; chapter?: string }) {
  const deck = await buildDeck(locale);
  return (
    <Deck content={deck} start={startOf(deck.slides, chapter)}>
      {/* A second build for the handout: its figures are separate elements, so their ids stay unique. */}
      <Handout content={await buildDeck(locale)} />
    </Deck>
  );
}

/** /present/<slug> in an edition: the chapter must be written in it. */
export async function ChapterDeckPage({ locale, slug }: { locale: Locale; slug: string }) {
  if (!chapterModels(locale).some((c) => c.slug === slug)) notFound();
  return <DeckPage locale={locale} chapter={slug} />;
}

/** The chapters an edition can present, for generateStaticParams. */
export function deckParams(locale: Locale): { slug: string }[] {
  const slugs: string[] = chapterModels(locale).map((c) => c.slug);
  // The speaker view lives at /present/speaker: a chapter of that name could never be presented.
  if (slugs.includes(SPEAKER_SEGMENT)) throw new Error(`A chapter slug may not be "${SPEAKER_SEGMENT}": /present/${SPEAKER_SEGMENT} is the speaker view`);
  return slugs.map((slug) => ({ slug }));
}
