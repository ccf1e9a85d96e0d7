import type { Metadata } from 'next';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { FactTable } from '@/components/data/FactTable';
import { registry } from '@/lib/registry';
import { formatDate } from '@/lib/registry/format';
import { story } from '@/content/story';

export const metadata: Metadata = {
  title: 'Data room',
  description: 'Every figure in the story with its measure, period, status and sources.',
};

export default function DataRoom() {
  return (
    <>
      <SiteHeader chapterTitle="Data room" />
      <main id="main" className="data-room">
        <h1>Data room</h1>
        <p>
          Every figure the story prints, with what it measures, the period it covers and where it comes from. Figures as of{' '}
          {formatDate(story.figuresAsOf)}.
        </p>
        <FactTable facts={[...registry.facts.values()]} />
      </main>
    </>
  );
}
