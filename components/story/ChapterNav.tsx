/** Previous and next chapter, at the end of every chapter. */
import type { Locale } from '@/lib/i18n/locale';
import type { ChapterInfo } from '@/lib/chapters';

export function ChapterNav({ prev, next, locale = 'en' }: { prev?: ChapterInfo; next?: ChapterInfo; locale?: Locale }) {
  return (
    <nav className="chapter-nav" aria-label="Chapters">
      {prev ? <a href={`/${prev.slug}`} rel="prev"><span>Previous</span>{prev.frontmatter.title}</a> : <a href="/"><span>Back to</span>the cover</a>}
      {next ? <a href={`/${next.slug}`} rel="next"><span>Next</span>{next.frontmatter.title}</a> : <a href="/data"><span>Next</span>The data room</a>}
    </nav>
  );
}
