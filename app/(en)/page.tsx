import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';
import { story } from '@/content/story';
import { coverMetadata } from '@/lib/seo';
import { asOfParts } from '@/lib/as-of';

export const metadata = coverMetadata();

export default function Cover() {
  const asOf = asOfParts();
  return (
    <>
      <SiteHeader current="/" />
      <main id="main" className="cover">
        <h1>{story.title}</h1>
        <p className="cover-subtitle">{story.subtitle}</p>
        <p className="cover-standfirst">{story.standfirst}</p>
        <p className="chapter-meta" data-as-of>
          Newest figures: <strong>{asOf.newest}</strong>. Research last checked: <strong>{asOf.checked}</strong>. Every figure links to its sources in the <a href="/data">data room</a>.
        </p>
        <h2 className="sr-only">Chapters</h2>
        <ChapterList />
      </main>
    </>
  );
}
