import { Document } from '@/components/pages/Document';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';

export default function NotFound() {
  // One 404 page serves every missing URL on a static host, so it is in English with a Chinese
  // block beside it (lang="zh-CN"), for readers of either edition.
  return (
    <Document locale="en">
      <SiteHeader />
      <main id="main" className="cover mx-auto max-w-page px-5 pt-10 pb-16">
        <h1 className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">Page not found</h1>
        <p className="cover-standfirst my-5 font-serif text-lead">There is no page at this address. The story&apos;s chapters are here:</p>
        <ChapterList />
      </main>
    </Document>
  );
}
