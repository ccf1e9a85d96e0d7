/** The presenter's routes: the deck, the speaker view and their handouts share the projector styles. */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@/components/present/deck.css';
import '@/components/present/deck-overlays.css';
import '@/components/present/dialog.css';
import '@/components/present/speaker.css';
import '@/components/present/handout.css';

export const metadata: Metadata = {
  // A deck is a way to give the talk, not a second copy of the story for search engines.
  robots: { index: false },
};

export default function PresentLayout({ children }: { children: ReactNode }) {
  return children;
}
