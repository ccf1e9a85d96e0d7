/**
 * The slim bar at the top of every page: the story's name (home), where the reader is, the
 * chapter menu and, on a chapter, the reading-progress bar along its lower edge.
 */
import { story } from '@/content/story';
import { ChapterMenu } from './ChapterMenu';
import { ReadingProgress } from './ReadingProgress';
import './navigation.css';

export function SiteHeader({ chapterTitle, slug, current = slug && `/${slug}` }: {
  chapterTitle?: string;
  /** The chapter being read: turns on the progress bar. */
  slug?: string;
  /** The path of this page, marked as current in the menu. */
  current?: string;
}) {
  return (
    <header className="site-header">
      <a href="/" className="site-title">{story.title}</a>
      {chapterTitle && <span className="site-chapter" aria-hidden="true">{chapterTitle}</span>}
      <ChapterMenu current={current} />
      {slug && <ReadingProgress article={slug} />}
    </header>
  );
}
