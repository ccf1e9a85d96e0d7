import type { Metadata } from 'next';
import { DeckPage } from '@/components/present/pages/DeckPage';
import { deckMetadata } from '@/components/present/pages/metadata';

export const metadata: Metadata = deckMetadata('zh');

/** /zh/present: the whole story as a deck, from the first chapter. */
export default function PresentPage() {
  return <DeckPage locale="zh" />;
}
