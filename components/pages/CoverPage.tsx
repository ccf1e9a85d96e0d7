/** The cover of an edition: the story's title, subtitle and standfirst, how current it is, the chapters. */
import { Fragment } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { ChapterList } from '@/components/story/ChapterList';
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { siteWords } from '@/content/ui/site';
import { asOfParts } from '@/lib/as-of';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';

export function CoverPage({ locale }: { locale: Locale }) {
  const s = locale === 'zh' ? storyZh : story;
  const w = wordsFor(siteWords, locale);
  const asOf = asOfParts(locale);
  const sentence = fill(w['cover.asOf'], {
    newest: <strong>{asOf.newest}</strong>,
    checked: <strong>{asOf.checked}</strong>,
    dataRoom: <a href={localePath('/data', locale)}>{w['cover.asOfDataRoom']}</a>,
  });
  return (
    <>
      <SiteHeader current="/" locale={locale} />
      <main id="main" className="cover mx-auto max-w-page px-5 pt-10 pb-16">
        <h1 className="font-sans text-display leading-[1.05] font-extrabold tracking-[-0.02em]">{s.title}</h1>
        <p className="mt-2 text-subtitle text-muted">{s.subtitle}</p>
        <p className="cover-standfirst my-5 font-serif text-lead">{s.standfirst}</p>
        <p className="text-small text-muted" data-as-of>
          {sentence.map((piece, i) => <Fragment key={i}>{piece}</Fragment>)}
        </p>
        <h2 className="sr-only">{w['cover.chaptersHeading']}</h2>
        <ChapterList locale={locale} />
      </main>
    </>
  );
}
