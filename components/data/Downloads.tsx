/**
 * The data room's downloads: the whole registry as CSV and JSON, and each chart's data as CSV.
 * Each edition links its own files: the Chinese ones (/zh/data/…) have Chinese headers and words
 * and the same figures. File names stay Latin in both.
 */
import { Fragment, type ReactNode } from 'react';
import { registry } from '@/lib/registry';
import { formatValue } from '@/lib/registry/format';
import { chapterModels } from '@/lib/chapter-model';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { chartCsvPath } from '@/lib/data-room/chart-rows';
import { chartNames, chartTitleIn } from '@/lib/data-room/site';
import { dataWords } from '@/content/ui/data';
import { joinList } from './FactCells';
import { H2, H3 } from './classes';

const pieces = (p: string | ReactNode[]) => (typeof p === 'string' ? p : p.map((x, i) => <Fragment key={i}>{x}</Fragment>));

export function Downloads({ locale }: { locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const chapters = chapterModels(locale);
  const charts = chartNames().map((name) => ({
    name,
    title: chartTitleIn(name, locale),
    drawnIn: chapters.flatMap((c) => c.scrollies.filter((s) => s.chart === name).map((s) => ({ slug: c.slug, title: c.frontmatter.title, step: s.steps[0]?.id }))),
  }));
  const csv = `${localePath('/data', locale)}/facts.csv`;
  const json = `${localePath('/data', locale)}/facts.json`;
  return (
    <section className="downloads max-w-[46rem]" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading" className={H2}>{w['downloads.heading']}</h2>
      <ul className="download-list list-disc pl-5">
        <li className="my-2">{pieces(fill(w['downloads.factsCsv'], { file: <a href={csv} download>facts.csv</a>, count: formatValue({ value: registry.facts.size, unit: 'count' }, { locale }) }))}</li>
        <li className="my-2">{pieces(fill(w['downloads.factsJson'], { file: <a href={json} download>facts.json</a> }))}</li>
      </ul>
      <p className="my-3">{pieces(fill(w['downloads.note'], { text: <code className="text-[0.875em]">{wordsFor(dataWords, locale)['csv.text']}</code> }))}</p>
      <h3 className={H3}>{w['downloads.chartsHeading']}</h3>
      <ul className="download-list list-disc pl-5">
        {charts.map((c) => (
          <li key={c.name} className="my-2">
            {pieces(fill(w['downloads.chart'], {
              file: <a href={chartCsvPath(c.name, locale)} download>{`${c.name}.csv`}</a>,
              title: c.title,
              drawnIn: c.drawnIn.length > 0
                ? <>{pieces(fill(w['downloads.drawnIn'], {
                  chapters: <>{joinList(c.drawnIn.map((d) => <a href={localePath(`/${d.slug}${d.step ? `#${d.step}` : ''}`, locale)}>{d.title}</a>), w, locale)}</>,
                }))}</>
                : '',
            }))}
          </li>
        ))}
      </ul>
    </section>
  );
}
