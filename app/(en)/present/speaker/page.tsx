import type { Metadata } from 'next';
import { Handout } from '@/components/present/Handout';
import { Speaker } from '@/components/present/Speaker';
import { buildSpeakerDeck } from '@/components/present/build-deck';

export const metadata: Metadata = { title: 'Speaker view' };

/** /present/speaker: notes, next slide and timers for the presenter; opened from the deck with S. */
export default async function SpeakerPage() {
  const deck = await buildSpeakerDeck();
  // A second build for the handout: the same slide shown live and in the handout would otherwise
  // share one rendered element, and with it the ids its figures use for their source tooltips.
  const handout = await buildSpeakerDeck();
  return (
    <Speaker content={deck}>
      <Handout content={handout} notes={handout} />
    </Speaker>
  );
}
