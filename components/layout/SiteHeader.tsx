/**
 * The slim bar at the top of every page: the story's name (home), where the reader is, the
 * chapter menu and, on a chapter, the reading-progress bar along its lower edge. Below 40rem the
 * chapter's name is left out (the page's own heading and the menu's current item say where the
 * reader is) rather than clipped into a stub.
 */
import { story } from '@/content/story';
import { ChapterMenu } from './ChapterMenu';
import { ReadingProgress } from './ReadingProgress';

export function SiteHeader({ chapterTitle, slug, current = slug && `/${slug}` }: {
  chapterTitle?: string;
  /** The chapter being read: turns on the progress bar. */
  slug?: string;
  /** The path of this page, marked as current in the menu. */
  current?: string;
}) {
  return (
    <header className="site-header sticky top-0 z-30 flex h-header items-center gap-3 border-b border-rule bg-bg/92 px-4 text-ui backdrop-blur-[6px] [@media(max-width:40rem)]:px-3">
      <a href="/" className="site-title inline-flex min-h-11 items-center font-bold whitespace-nowrap text-ink no-underline">{story.title}</a>
      {chapterTitle && <span className="site-chapter min-w-0 truncate text-muted [@media(max-width:40rem)]:hidden" aria-hidden="true">{chapterTitle}</span>}
      <ChapterMenu current={current} />
      {slug && <ReadingProgress article={slug} />}
    </header>
  );
}
