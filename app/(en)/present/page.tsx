import type { Metadata } from 'next';
import { Deck } from '@/components/present/Deck';
import { Handout } from '@/components/present/Handout';
import { buildDeck } from '@/components/present/build-deck';

export const metadata: Metadata = { title: 'Presentation' };

/** /present: the whole story as a deck, from the first chapter. */
export default async function PresentPage() {
  const deck = await buildDeck();
  return (
    <Deck content={deck} start={0}>
      {/* A second build for the handout: its figures are separate elements, so their ids stay unique. */}
      <Handout content={await buildDeck()} />
    </Deck>
  );
}
