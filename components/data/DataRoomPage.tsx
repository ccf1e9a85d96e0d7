/**
 * The data room (/data, /zh/data): the introduction, the table of every figure, how the figures
 * were made and the downloads, in one edition. The routes only choose the locale.
 */
import { Fragment, type ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { newestPeriod } from '@/lib/as-of';
import { formatDate, formatPeriod } from '@/lib/registry/format';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { dataWords } from '@/content/ui/data';
import { metaWords } from '@/content/ui/meta';
import { story } from '@/content/story';
import { FactTable } from './FactTable';
import { Methods } from './Methods';
import { Downloads } from './Downloads';
import { H2 } from './classes';

const pieces = (p: string | ReactNode[]) => (typeof p === 'string' ? p : p.map((x, i) => <Fragment key={i}>{x}</Fragment>));

/** "The newest figures are for Q1 2026; the research was last checked on …", in the edition. */
function asOf(locale: Locale): string {
  return fill(wordsFor(metaWords, locale)['asOf.sentence'], {
    newest: formatPeriod(newestPeriod(), locale),
    checked: formatDate(story.figuresAsOf, locale),
  });
}

export function DataRoomPage({ locale }: { locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const data = localePath('/data', locale);
  return (
    <>
      <SiteHeader chapterTitle={w['page.heading']} current="/data" locale={locale} />
      <main id="main" className="data-room mx-auto max-w-[90rem] px-4 pt-8 pb-16">
        <h1 className="text-title font-extrabold">{w['page.heading']}</h1>
        <p className="my-4 max-w-page">
          {pieces(fill(w['page.intro'], {
            asOf: asOf(locale),
            methods: <a href="#methods-heading">{w['page.introMethods']}</a>,
            // The link texts stay CSV and JSON in both editions: they name the formats.
            csv: <a href={`${data}/facts.csv`} download>CSV</a>,
            json: <a href={`${data}/facts.json`} download>JSON</a>,
          }))}
        </p>
        <nav aria-label={w['page.navLabel']}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li><a className="inline-block py-1" href="#figures-heading">{w['page.navFigures']}</a></li>
            <li><a className="inline-block py-1" href="#methods-heading">{w['page.navMethods']}</a></li>
            <li><a className="inline-block py-1" href="#downloads-heading">{w['page.navDownloads']}</a></li>
          </ul>
        </nav>
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading" className={H2}>{w['page.figuresHeading']}</h2>
          <FactTable locale={locale} />
        </section>
        <Methods locale={locale} />
        <Downloads locale={locale} />
      </main>
    </>
  );
}
