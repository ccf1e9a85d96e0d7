/**
 * The chapter list on the cover and the 404 page: written chapters link, the rest are marked as
 * coming. `locale` lists that edition's chapters (their titles, summaries and reading times from
 * its chapter model, which counts Chinese in characters) and links inside the edition.
 */
import { siteWords } from '@/content/ui/site';
import { story } from '@/content/story';
import { chapterModels } from '@/lib/chapter-model';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';

export function ChapterList({ locale = 'en' }: { locale?: Locale } = {}) {
  const w = wordsFor(siteWords, locale);
  const written = new Map(chapterModels(locale).map((c) => [c.slug, c]));
  return (
    <ol className="chapter-list mt-8 grid gap-5">
      {story.chapters.map((slug, i) => {
        const c = written.get(slug);
        return (
          <li key={slug} data-chapter={slug} className="grid grid-cols-[2.5rem_1fr] gap-2 border-t border-rule pt-4">
            <span className="font-bold text-accent tabular-nums" aria-hidden="true">{String(i + 1).padStart(2, '0')}</span>
            {c ? (
              <div>
                <a href={localePath(`/${slug}`, locale)} className="text-lead font-bold">{c.frontmatter.title}</a>
                <p className="my-1 font-serif">{c.frontmatter.summary}</p>
                <p className="text-small text-muted">{fill(w['chapterList.readingTime'], { minutes: c.readingMinutes })}</p>
              </div>
            ) : (
              <div>
                <span className="text-lead font-bold text-muted capitalize">{slug.replace(/-/g, ' ')}</span>
                <p className="text-small text-muted">{w['chapterList.comingSoon']}</p>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
