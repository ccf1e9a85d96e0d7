/**
 * The chapter menu in the header: the cover, every written chapter and the data room, the page
 * being read marked as current. A <details> underneath, so it opens by keyboard and without JS.
 */
import { story } from '@/content/story';
import { writtenChapters } from '@/lib/chapters';
import { MenuDisclosure } from './MenuDisclosure';

/** Each entry: a full 44 px row; the current page bold with an accent bar at its start. */
const LINK = 'flex min-h-11 items-center gap-2.5 rounded px-3 py-2 text-ink no-underline hover:bg-accent/10 hover:underline aria-[current=page]:font-bold aria-[current=page]:shadow-[inset_3px_0_0_var(--accent)]';

export function ChapterMenu({ current }: { current?: string }) {
  const here = (path: string) => (path === current ? ({ 'aria-current': 'page' } as const) : {});
  return (
    <MenuDisclosure label="Chapters">
      <nav aria-label="All chapters" className="chapter-menu-panel absolute top-[calc(100%+0.5rem)] right-0 z-40 max-h-[calc(100svh-5rem)] w-[min(22rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-rule bg-raised p-1.5 shadow-[0_8px_28px_rgb(0_0_0/0.18)]">
        <ol>
          <li><a href="/" className={LINK} {...here('/')}>Cover</a></li>
          {writtenChapters().map((c) => (
            <li key={c.slug}>
              <a href={`/${c.slug}`} className={LINK} {...here(`/${c.slug}`)}>
                <span className="font-bold text-accent tabular-nums" aria-hidden="true">{String(story.chapters.indexOf(c.slug) + 1).padStart(2, '0')}</span>
                {c.frontmatter.title}
              </a>
            </li>
          ))}
          <li><a href="/data" className={LINK} {...here('/data')}>Data room</a></li>
        </ol>
      </nav>
    </MenuDisclosure>
  );
}
