/** The presenter's routes (/present…): the deck, the speaker view and their handouts (their styles are in the one stylesheet, as every page's are). */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { presentRobots } from '@/components/present/pages/metadata';

export const metadata: Metadata = { robots: presentRobots };

export default function PresentLayout({ children }: { children: ReactNode }) {
  return children;
}
