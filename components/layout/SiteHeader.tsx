/**
 * The slim bar at the top of every page: the story's name (home), where the reader is, the link to
 * this page in the other edition, the chapter menu and, on a chapter, the reading-progress bar
 * along its lower edge.
 */
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { siteWords } from '@/content/ui/site';
import { HTML_LANG, localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';
import { ChapterMenu } from './ChapterMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingProgress } from './ReadingProgress';
import './navigation.css';

const OTHER: Record<Locale, Locale> = { en: 'zh', zh: 'en' };

export function SiteHeader({ chapterTitle, slug, current = slug && `/${slug}`, locale = 'en', translated = current === '/' || !!slug }: {
  chapterTitle?: string;
  /** The chapter being read: turns on the progress bar. */
  slug?: string;
  /** The path of this page within its edition (no /zh prefix), marked as current in the menu. */
  current?: string;
  locale?: Locale;
  /** The page exists in the other edition too: show the language switch (the cover and chapters do). */
  translated?: boolean;
}) {
  const w = wordsFor(siteWords, locale);
  const other = OTHER[locale];
  return (
    <header className="site-header">
      <a href={localePath('/', locale)} className="site-title">{(locale === 'zh' ? storyZh : story).title}</a>
      {chapterTitle && <span className="site-chapter" aria-hidden="true">{chapterTitle}</span>}
      {translated && current && (
        <LanguageSwitch href={localePath(current, other)} text={w['language.switch']} name={w['language.switchName']} lang={HTML_LANG[other]} />
      )}
      <ChapterMenu current={current} locale={locale} />
      {slug && <ReadingProgress article={slug} locale={locale} />}
    </header>
  );
}
