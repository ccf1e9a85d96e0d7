/** The chapter list on the cover and the 404 page: written chapters link, the rest are marked as coming. */
import type { Locale } from '@/lib/i18n/locale';
import { story } from '@/content/story';
import { writtenChapters } from '@/lib/chapters';

export function ChapterList({ locale = 'en' }: { locale?: Locale } = {}) {
  const written = new Map(writtenChapters().map((c) => [c.slug, c]));
  return (
    <ol className="chapter-list">
      {story.chapters.map((slug, i) => {
        const c = written.get(slug);
        return (
          <li key={slug} data-chapter={slug}>
            <span className="chapter-number" aria-hidden="true">{String(i + 1).padStart(2, '0')}</span>
            {c ? (
              <div>
                <a href={`/${slug}`} className="chapter-link">{c.frontmatter.title}</a>
                <p className="chapter-summary">{c.frontmatter.summary}</p>
                <p className="chapter-meta">{c.readingMinutes} min read</p>
              </div>
            ) : (
              <div>
                <span className="chapter-coming">{slug.replace(/-/g, ' ')}</span>
                <p className="chapter-meta">Coming soon</p>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
