/** The slim bar at the top of every page: the story's name (home) and where the reader is. */
import { story } from '@/content/story';

export function SiteHeader({ chapterTitle }: { chapterTitle?: string }) {
  return (
    <header className="site-header">
      <a href="/" className="site-title">{story.title}</a>
      {chapterTitle && <span className="site-chapter" aria-hidden="true">{chapterTitle}</span>}
    </header>
  );
}
