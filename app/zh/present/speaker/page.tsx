import type { Metadata } from 'next';
import { SpeakerPage } from '@/components/present/pages/SpeakerPage';
import { speakerMetadata } from '@/components/present/pages/metadata';

export const metadata: Metadata = speakerMetadata('zh');

/** /zh/present/speaker: notes, next slide and timers for the presenter; opened from the deck with S. */
export default function SpeakerRoute() {
  return <SpeakerPage locale="zh" />;
}
