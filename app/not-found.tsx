import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="cover mx-auto max-w-page px-5 pt-10 pb-16">
        <h1 className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">Page not found</h1>
        <p className="cover-standfirst my-5 font-serif text-lead">There is no page at this address. The story&apos;s chapters are here:</p>
        <ChapterList />
      </main>
    </>
  );
}
