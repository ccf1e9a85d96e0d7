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
      <main id="main" className="cover mx-auto max-w-page px-5 pt-10 pb-16">
        <h1 className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">{story.title}</h1>
        <p className="mt-2 text-subtitle text-muted">{story.subtitle}</p>
        <p className="cover-standfirst my-5 font-serif text-lead">{story.standfirst}</p>
        <p className="text-small text-muted" data-as-of>
          Newest figures: <strong>{asOf.newest}</strong>. Research last checked: <strong>{asOf.checked}</strong>. Every figure links to its sources in the <a href="/data">data room</a>.
        </p>
        <h2 className="sr-only">Chapters</h2>
        <ChapterList />
      </main>
    </>
  );
}
