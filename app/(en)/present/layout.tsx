/** The presenter's routes: the deck, the speaker view and their handouts (their styles are in app/globals.css, as every page's are). */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  // A deck is a way to give the talk, not a second copy of the story for search engines.
  robots: { index: false },
};

export default function PresentLayout({ children }: { children: ReactNode }) {
  return children;
}
