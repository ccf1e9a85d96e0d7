/**
 * The 404 page. A static host serves one 404.html for every missing URL, English or Chinese, so
 * the page is in both: the English words and chapters, then a Chinese block (lang="zh-CN") with
 * its own heading, the link to the Chinese cover and the Chinese chapters. `locale` is the page's
 * own language (its <html lang>, header and which block comes first).
 */
import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';
import { storyZh } from '@/content/zh/story';
import { siteWords } from '@/content/ui/site';
import { HTML_LANG, LOCALES, localePath, type Locale } from '@/lib/i18n/locale';
import { wordsFor } from '@/lib/i18n/words';

function Block({ locale, page }: { locale: Locale; page: Locale }) {
  const w = wordsFor(siteWords, locale);
  const own = locale === page;
  const Heading = own ? 'h1' : 'h2';
  return (
    <section lang={own ? undefined : HTML_LANG[locale]} className="not-found-block not-first:mt-12" data-locale={locale}>
      <Heading className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">{w['notFound.title']}</Heading>
      <p className="cover-standfirst my-5 font-serif text-lead">
        {w['notFound.text']}
        {locale === 'zh' && <> <a href={localePath('/', 'zh')}>{storyZh.title}</a></>}
      </p>
      <ChapterList locale={locale} />
    </section>
  );
}

export function NotFoundPage({ locale }: { locale: Locale }) {
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="cover mx-auto max-w-page px-5 pt-10 pb-16">
        {order.map((l) => <Block key={l} locale={l} page={locale} />)}
      </main>
    </>
  );
}
