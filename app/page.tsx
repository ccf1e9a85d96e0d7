import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';
import { formatDate } from '@/lib/registry/format';
import { story } from '@/content/story';
import { coverMetadata } from '@/lib/seo';

export const metadata = coverMetadata();

export default function Cover() {
  return (
    <>
      <SiteHeader current="/" />
      <main id="main" className="cover">
        <h1>{story.title}</h1>
        <p className="cover-subtitle">{story.subtitle}</p>
        <p className="cover-standfirst">{story.standfirst}</p>
        <p className="chapter-meta">Figures as of {formatDate(story.figuresAsOf)}. Every figure links to its sources in the <a href="/data">data room</a>.</p>
        <h2 className="sr-only">Chapters</h2>
        <ChapterList />
      </main>
    </>
  );
}
