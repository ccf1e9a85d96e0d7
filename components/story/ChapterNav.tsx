/**
 * Previous and next chapter, at the end of every chapter. The caller passes the neighbours from
 * its edition's chapter model (their titles are in that edition); links stay in the edition, and
 * the last chapter's "next" is the edition's data room.
 */
import { siteWords } from '@/content/ui/site';
import type { ChapterInfo } from '@/lib/chapters';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';

export function ChapterNav({ prev, next, locale = 'en' }: { prev?: ChapterInfo; next?: ChapterInfo; locale?: Locale }) {
  const w = wordsFor(siteWords, locale);
  return (
    <nav className="chapter-nav" aria-label={w['chapterNav.label']}>
      {prev
        ? <a href={localePath(`/${prev.slug}`, locale)} rel="prev"><span>{w['chapterNav.previous']}</span>{prev.frontmatter.title}</a>
        : <a href={localePath('/', locale)}><span>{w['chapterNav.backTo']}</span>{w['chapterNav.cover']}</a>}
      {next
        ? <a href={localePath(`/${next.slug}`, locale)} rel="next"><span>{w['chapterNav.next']}</span>{next.frontmatter.title}</a>
        : <a href={localePath('/data', locale)}><span>{w['chapterNav.nextToData']}</span>{w['chapterNav.dataRoom']}</a>}
    </nav>
  );
}
