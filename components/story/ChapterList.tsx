/** The chapter list on the cover and the 404 page: written chapters link, the rest are marked as coming. */
import { story } from '@/content/story';
import { writtenChapters } from '@/lib/chapters';

export function ChapterList() {
  const written = new Map(writtenChapters().map((c) => [c.slug, c]));
  return (
    <ol className="chapter-list mt-8 grid gap-5">
      {story.chapters.map((slug, i) => {
        const c = written.get(slug);
        return (
          <li key={slug} data-chapter={slug} className="grid grid-cols-[2.5rem_1fr] gap-2 border-t border-rule pt-4">
            <span className="font-bold text-accent tabular-nums" aria-hidden="true">{String(i + 1).padStart(2, '0')}</span>
            {c ? (
              <div>
                <a href={`/${slug}`} className="text-lead font-bold">{c.frontmatter.title}</a>
                <p className="my-1 font-serif">{c.frontmatter.summary}</p>
                <p className="text-small text-muted">{c.readingMinutes} min read</p>
              </div>
            ) : (
              <div>
                <span className="text-lead font-bold text-muted capitalize">{slug.replace(/-/g, ' ')}</span>
                <p className="text-small text-muted">Coming soon</p>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
