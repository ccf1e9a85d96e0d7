/**
 * The sources list that closes a chapter: every source behind every figure the chapter prints.
 * Titles stay in their own language (what a reader would search for); the publisher and date are
 * in the edition's, and the data room link stays in the edition.
 */
import { Fragment } from 'react';
import { siteWords } from '@/content/ui/site';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { getFact, getSeries, getSource } from '@/lib/registry';
import { formatDate } from '@/lib/registry/format';
import type { ChapterInfo } from '@/lib/chapters';
import { chartSpec } from '@/lib/charts/specs';
import { PROSE_H2, PROSE_P, PROSE_UL } from './prose';
import { publisherName } from './publisher-name';

export function chapterFactIds(chapter: ChapterInfo): string[] {
  const ids = new Set(chapter.facts.map((f) => f.id));
  ids.add(chapter.frontmatter.headlineFact);
  for (const s of chapter.scrollies)
    for (const source of Object.values(chartSpec(s.chart).series))
      for (const id of typeof source === 'string' ? getSeries(source).points.map((p) => p.factId) : source) ids.add(id);
  return [...ids];
}

export function ChapterSources({ chapter, locale = 'en' }: { chapter: ChapterInfo; locale?: Locale }) {
  const sourceIds = new Set(chapterFactIds(chapter).flatMap((id) => {
    const f = getFact(id);
    const alt = f.status.kind === 'differ' ? f.status.alternatives.flatMap((a) => a.sources) : [];
    return [...f.sources, ...alt].map((c) => c.source);
  }));
  const sources = [...sourceIds].map(getSource).sort((a, b) => a.date.localeCompare(b.date));
  const w = wordsFor(siteWords, locale);
  const intro = fill(w['sources.intro'], { dataRoom: <a href={localePath('/data', locale)}>{w['sources.introDataRoom']}</a> });
  return (
    <section className="chapter-sources mx-auto mt-12 max-w-column px-5 text-ui" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className={PROSE_H2}>{w['sources.heading']}</h2>
      <p className={PROSE_P}>{intro.map((piece, i) => <Fragment key={i}>{piece}</Fragment>)}</p>
      <ul className={PROSE_UL}>
        {sources.map((s) => (
          <li key={s.id} className="my-1.5">
            {s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : <cite>{s.title}</cite>}
            {fill(w['sources.entry'], { publisher: publisherName(s.publisher, locale), date: formatDate(s.date, locale) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
