/** The presenter's routes (/present…): the deck, the speaker view and their handouts share the projector styles. */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PresentStyles } from '@/components/present/pages/PresentStyles';
import { presentRobots } from '@/components/present/pages/metadata';

export const metadata: Metadata = { robots: presentRobots };

export default function PresentLayout({ children }: { children: ReactNode }) {
  return <PresentStyles>{children}</PresentStyles>;
}
