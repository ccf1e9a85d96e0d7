/** The presenter's routes (/zh/present…): the deck, the speaker view and their handouts (their styles are in the one stylesheet). */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { presentRobots } from '@/components/present/pages/metadata';

export const metadata: Metadata = { robots: presentRobots };

export default function PresentLayout({ children }: { children: ReactNode }) {
  return children;
}
