/**
 * What the presenter's routes share in each edition's layout (app/(en)/present/layout.tsx,
 * app/zh/present/layout.tsx): the projector styles of the deck, the speaker view and their handouts.
 */
import type { ReactNode } from 'react';
import '@/components/present/deck.css';
import '@/components/present/deck-overlays.css';
import '@/components/present/dialog.css';
import '@/components/present/speaker.css';
import '@/components/present/handout.css';

export function PresentStyles({ children }: { children: ReactNode }) {
  return children;
}
