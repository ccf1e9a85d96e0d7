import type { Metadata } from 'next';
import { Handout } from '@/components/present/Handout';
import { Speaker } from '@/components/present/Speaker';
import { buildSpeakerDeck } from '@/components/present/build-deck';

export const metadata: Metadata = { title: 'Speaker view' };

/** /present/speaker: notes, next slide and timers for the presenter; opened from the deck with S. */
export default async function SpeakerPage() {
  const deck = await buildSpeakerDeck();
  return (
    <Speaker content={deck}>
      <Handout content={deck} notes={deck} />
    </Speaker>
  );
}
