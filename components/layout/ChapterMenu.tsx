/**
 * The chapter menu in the header: the cover, every written chapter and the data room, the page
 * being read marked as current. A <details> underneath, so it opens by keyboard and without JS.
 */
import { story } from '@/content/story';
import { writtenChapters } from '@/lib/chapters';
import { MenuDisclosure } from './MenuDisclosure';

export function ChapterMenu({ current }: { current?: string }) {
  const here = (path: string) => (path === current ? ({ 'aria-current': 'page' } as const) : {});
  return (
    <MenuDisclosure label="Chapters">
      <nav aria-label="All chapters" className="chapter-menu-panel">
        <ol>
          <li><a href="/" {...here('/')}>Cover</a></li>
          {writtenChapters().map((c) => (
            <li key={c.slug}>
              <a href={`/${c.slug}`} {...here(`/${c.slug}`)}>
                <span className="chapter-menu-number" aria-hidden="true">{String(story.chapters.indexOf(c.slug) + 1).padStart(2, '0')}</span>
                {c.frontmatter.title}
              </a>
            </li>
          ))}
          <li><a href="/data" {...here('/data')}>Data room</a></li>
        </ol>
      </nav>
    </MenuDisclosure>
  );
}
