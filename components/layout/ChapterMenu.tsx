/**
 * The chapter menu in the header: the cover, every written chapter and the data room of the
 * reader's edition, the page being read marked as current. A <details> underneath, so it opens by
 * keyboard and without JS.
 */
import { story } from '@/content/story';
import { siteWords } from '@/content/ui/site';
import { chapterModels } from '@/lib/chapter-model';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';
import { MenuDisclosure } from './MenuDisclosure';

export function ChapterMenu({ current, locale = 'en' }: {
  /** The page's path within its edition (no /zh prefix). */
  current?: string;
  locale?: Locale;
}) {
  const w = wordsFor(siteWords, locale);
  const here = (path: string) => (path === current ? ({ 'aria-current': 'page' } as const) : {});
  return (
    <MenuDisclosure label={w['menu.button']}>
      <nav aria-label={w['menu.navLabel']} className="chapter-menu-panel">
        <ol>
          <li><a href={localePath('/', locale)} {...here('/')}>{w['menu.cover']}</a></li>
          {chapterModels(locale).map((c) => (
            <li key={c.slug}>
              <a href={localePath(`/${c.slug}`, locale)} {...here(`/${c.slug}`)}>
                <span className="chapter-menu-number" aria-hidden="true">{String(story.chapters.indexOf(c.slug) + 1).padStart(2, '0')}</span>
                {c.frontmatter.title}
              </a>
            </li>
          ))}
          <li><a href={localePath('/data', locale)} {...here('/data')}>{w['menu.dataRoom']}</a></li>
        </ol>
      </nav>
    </MenuDisclosure>
  );
}
