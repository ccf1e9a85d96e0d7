/**
 * Previous and next chapter, at the end of every chapter. The caller passes the neighbours from
 * its edition's chapter model (their titles are in that edition); links stay in the edition, and
 * the last chapter's "next" is the edition's data room.
 */
import type { ReactNode } from 'react';
import { siteWords } from '@/content/ui/site';
import type { ChapterInfo } from '@/lib/chapters';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';

/** One of the two boxes; the second (the way on) is aligned right. */
function NavLink({ href, rel, kicker, children }: { href: string; rel?: 'prev' | 'next'; kicker: string; children: ReactNode }) {
  return (
    <a href={href} rel={rel} className="block rounded-md border border-rule px-4 py-3 font-semibold last:text-right">
      <span className="block text-caption font-normal text-muted">{kicker}</span>
      {children}
    </a>
  );
}

export function ChapterNav({ prev, next, locale = 'en' }: { prev?: ChapterInfo; next?: ChapterInfo; locale?: Locale }) {
  const w = wordsFor(siteWords, locale);
  return (
    <nav className="chapter-nav mx-auto mt-12 mb-16 grid max-w-page grid-cols-2 gap-4 px-5" aria-label={w['chapterNav.label']}>
      {prev
        ? <NavLink href={localePath(`/${prev.slug}`, locale)} rel="prev" kicker={w['chapterNav.previous']}>{prev.frontmatter.title}</NavLink>
        : <NavLink href={localePath('/', locale)} kicker={w['chapterNav.backTo']}>{w['chapterNav.cover']}</NavLink>}
      {next
        ? <NavLink href={localePath(`/${next.slug}`, locale)} rel="next" kicker={w['chapterNav.next']}>{next.frontmatter.title}</NavLink>
        : <NavLink href={localePath('/data', locale)} kicker={w['chapterNav.nextToData']}>{w['chapterNav.dataRoom']}</NavLink>}
    </nav>
  );
}
