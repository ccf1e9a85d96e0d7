/** Previous and next chapter, at the end of every chapter. */
import type { ReactNode } from 'react';
import type { ChapterInfo } from '@/lib/chapters';

/** One of the two boxes; the second (the way on) is aligned right. */
function NavLink({ href, rel, kicker, children }: { href: string; rel?: 'prev' | 'next'; kicker: string; children: ReactNode }) {
  return (
    <a href={href} rel={rel} className="block rounded-md border border-rule px-4 py-3 font-semibold last:text-right">
      <span className="block text-caption font-normal text-muted">{kicker}</span>
      {children}
    </a>
  );
}

export function ChapterNav({ prev, next }: { prev?: ChapterInfo; next?: ChapterInfo }) {
  return (
    <nav className="chapter-nav mx-auto mt-12 mb-16 grid max-w-page grid-cols-2 gap-4 px-5" aria-label="Chapters">
      {prev ? <NavLink href={`/${prev.slug}`} rel="prev" kicker="Previous">{prev.frontmatter.title}</NavLink> : <NavLink href="/" kicker="Back to">the cover</NavLink>}
      {next ? <NavLink href={`/${next.slug}`} rel="next" kicker="Next">{next.frontmatter.title}</NavLink> : <NavLink href="/data" kicker="Next">The data room</NavLink>}
    </nav>
  );
}
