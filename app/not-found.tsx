import { Document } from '@/components/pages/Document';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';

export default function NotFound() {
  // One 404 page serves every missing URL on a static host, so it is in English with a Chinese
  // block beside it (lang="zh-CN"), for readers of either edition.
  return (
    <Document locale="en">
      <SiteHeader />
      <main id="main" className="cover">
        <h1>Page not found</h1>
        <p className="cover-standfirst">There is no page at this address. The story&apos;s chapters are here:</p>
        <ChapterList />
      </main>
    </Document>
  );
}
