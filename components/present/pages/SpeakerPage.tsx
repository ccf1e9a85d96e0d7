/** /present/speaker in an edition: notes, next slide and timers for the presenter; opened from the deck with S. */
import { Handout } from '@/components/present/Handout';
import { Speaker } from '@/components/present/Speaker';
import { buildSpeakerDeck } from '@/components/present/build-deck';
import type { Locale } from '@/lib/i18n/locale';

export async function SpeakerPage({ locale }: { locale: Locale }) {
  const deck = await buildSpeakerDeck(locale);
  // A second build for the handout: the same slide shown live and in the handout would otherwise
  // share one rendered element, and with it the ids its figures use for their source tooltips.
  const handout = await buildSpeakerDeck(locale);
  return (
    <Speaker content={deck}>
      <Handout content={handout} notes={handout} />
    </Speaker>
  );
}
