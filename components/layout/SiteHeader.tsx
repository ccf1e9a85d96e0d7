/**
 * The slim bar at the top of every page: the story's name (home), where the reader is, the link to
 * this page in the other edition, the chapter menu and, on a chapter, the reading-progress bar
 * along its lower edge. Below 40rem the chapter's name is left out (the page's own heading and the
 * menu's current item say where the reader is) rather than clipped into a stub. On the narrowest
 * phones, where the title, the language switch, the menu and a chapter's Present control do not
 * fit in one row, the title may wrap onto two lines rather than push the menu under Present.
 */
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { siteWords } from '@/content/ui/site';
import { HTML_LANG, localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';
import { ChapterMenu } from './ChapterMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingProgress } from './ReadingProgress';

const OTHER: Record<Locale, Locale> = { en: 'zh', zh: 'en' };

export function SiteHeader({ chapterTitle, slug, current = slug && `/${slug}`, locale = 'en', translated = current === '/' || current === '/data' || !!slug }: {
  chapterTitle?: string;
  /** The chapter being read: turns on the progress bar. */
  slug?: string;
  /** The path of this page within its edition (no /zh prefix), marked as current in the menu. */
  current?: string;
  locale?: Locale;
  /** The page exists in the other edition too: show the language switch (the cover, the chapters and the data room do). */
  translated?: boolean;
}) {
  const w = wordsFor(siteWords, locale);
  const other = OTHER[locale];
  return (
    <header className="site-header sticky top-0 z-30 flex h-header items-center gap-3 border-b border-rule bg-bg/92 px-4 text-ui backdrop-blur-[6px] [@media(max-width:40rem)]:px-3">
      <a href={localePath('/', locale)} className="site-title inline-flex min-h-11 items-center font-bold whitespace-nowrap text-ink no-underline [@media(max-width:24rem)]:whitespace-normal [@media(max-width:24rem)]:leading-tight">{(locale === 'zh' ? storyZh : story).title}</a>
      {chapterTitle && <span className="site-chapter min-w-0 truncate text-muted [@media(max-width:40rem)]:hidden" aria-hidden="true">{chapterTitle}</span>}
      {translated && current && (
        <LanguageSwitch href={localePath(current, other)} text={w['language.switch']} name={w['language.switchName']} lang={HTML_LANG[other]} pageLang={HTML_LANG[locale]} />
      )}
      <ChapterMenu current={current} locale={locale} />
      {slug && <ReadingProgress article={slug} locale={locale} />}
    </header>
  );
}
