import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="cover">
        <h1>Page not found</h1>
        <p className="cover-standfirst">There is no page at this address. The story&apos;s chapters are here:</p>
        <ChapterList />
      </main>
    </>
  );
}
