import type { Metadata } from 'next';
import { asOfSentence } from '@/lib/as-of';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { FactTable } from '@/components/data/FactTable';
import { Methods } from '@/components/data/Methods';
import { Downloads } from '@/components/data/Downloads';

export const metadata: Metadata = {
  title: 'Data room',
  description: 'Every figure in the story with its measure, period, status and sources, how the figures were made, and the data to download.',
};

export default function DataRoom() {
  return (
    <>
      <SiteHeader chapterTitle="Data room" />
      <main id="main" className="data-room mx-auto max-w-[90rem] px-4 pt-8 pb-16">
        <h1 className="text-title font-extrabold">Data room</h1>
        <p className="my-4 max-w-page">
          Every figure the story prints, with what it measures, the period it covers, where it comes from and where the story
          uses it. {asOfSentence()} The car figures are for a Xiaomi segment that also holds its
          AI work: see <a href="#methods-heading">how the figures were made</a>. Take the data with you
          as <a href="/data/facts.csv" download>CSV</a> or <a href="/data/facts.json" download>JSON</a>.
        </p>
        <nav aria-label="On this page">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li><a className="inline-block py-1" href="#figures-heading">Every figure</a></li>
            <li><a className="inline-block py-1" href="#methods-heading">How the figures were made</a></li>
            <li><a className="inline-block py-1" href="#downloads-heading">Downloads</a></li>
          </ul>
        </nav>
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">Every figure</h2>
          <FactTable />
        </section>
        <Methods />
        <Downloads />
      </main>
    </>
  );
}
