import type { Metadata } from 'next';
import { wordsFor } from '@/lib/i18n/words';
import { metaWords } from '@/content/ui/meta';
import { DataRoomPage } from '@/components/data/DataRoomPage';

const m = wordsFor(metaWords, 'en');
export const metadata: Metadata = { title: m['data.title'], description: m['data.description'] };

export default function DataRoom() {
  return <DataRoomPage locale="en" />;
}
