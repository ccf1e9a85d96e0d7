/**
 * The numbers behind a chart as real tables, one control away (a <details> that works without
 * JavaScript), and a link to the same data as a CSV file (built by app/data/charts/[file]/route.ts).
 * In the Chinese edition the headers, series labels, figures' labels, periods and values are
 * Chinese (the figures are the registry's, printed by lib/registry/format.ts) and the links go to
 * the Chinese data room and its copy of the CSV.
 */
import { Fragment } from 'react';
import { siteWords } from '@/content/ui/site';
import { factWordingZh } from '@/content/zh/facts';
import { seriesLabelZh } from '@/content/zh/series';
import type { ChartData, ChartList as FactList, ChartPoint, ChartSeries as Series } from '@/lib/charts/types';
import { chartCsvPath } from '@/lib/data-room/chart-rows';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { getFact } from '@/lib/registry';
import { formatPeriod } from '@/lib/registry/format';
import { valueText } from '@/lib/data-room/edition';
import { factWords } from '@/lib/registry/wording';
import { PROSE_P } from './prose';

/** The tables' look (the data room's fact table, .data-table, has the same, in story.css). */
// The cells are styled once from their table, not on each of the ~200 a chapter's tables hold:
// a class list on every cell is sent twice (HTML and the hydration payload).
const TABLE = 'w-full border-collapse tabular-nums [&_:is(th,td)]:border-b [&_:is(th,td)]:border-b-rule [&_:is(th,td)]:px-2 [&_:is(th,td)]:py-1.5 [&_:is(th,td)]:text-left [&_:is(th,td)]:align-top';
const CAPTION = 'py-1 text-left font-semibold';

const isList = (s: Series | FactList): s is FactList => 'kind' in s && s.kind === 'list';

/**
 * How a point prints in an edition: English keeps the registry's own text; Chinese prints as the
 * data room and the chart's CSV do (a loss in words, 亏损18亿元), so table and download agree.
 */
function pointText(p: ChartPoint, locale: Locale): string {
  return locale === 'en' ? p.text : valueText(p, locale);
}

/** A period in an edition; a free-text period takes its fact's Chinese wording when it is the fact's own. */
function periodText(period: string, factId: string | undefined, locale: Locale): string {
  if (locale === 'en') return period;
  const own = factId && getFact(factId).period === period ? factWordingZh[factId]?.period : undefined;
  return formatPeriod(period, locale, own);
}

export function ChartDataTable({ chart, title, data, locale = 'en' }: { chart: string; title: string; data: ChartData; locale?: Locale }) {
  const w = wordsFor(siteWords, locale);
  const dataRoom = localePath('/data', locale);
  const all = Object.values(data);
  const series = all.filter((s): s is Series => !isList(s));
  const lists = all.filter(isList);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  const firstFactOf = (period: string) => series.flatMap((s) => s.points).find((p) => p.period === period)?.factId;
  const links = fill(w['chartData.links'], {
    download: <a className="inline-block py-1" href={localePath(chartCsvPath(chart), locale)} download data-chart-csv={chart}>{w['chartData.download']}</a>,
    sources: <a className="inline-block py-1" href={dataRoom}>{w['chartData.sources']}</a>,
  });
  return (
    <>
    <details className="chart-data mx-auto my-4 max-w-page px-5 text-ui" data-chart-table={chart}>
      <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">{w['chartData.summary']}</summary>
      <div className="table-scroll overflow-x-auto">
        {series.length > 0 && (
          <table className={TABLE}>
            <caption className={CAPTION}>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{w['chartData.period']}</th>
                {series.map((s) => <th scope="col" key={s.id}>{locale === 'zh' ? (seriesLabelZh[s.id] ?? s.label) : s.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period}>
                  <th scope="row">{periodText(period, firstFactOf(period), locale)}</th>
                  {series.map((s) => {
                    const p = s.points.find((q) => q.period === period);
                    return <td key={s.id}>{p ? <a href={`${dataRoom}#${p.factId}`}>{pointText(p, locale)}</a> : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {lists.map((l) => (
          <table key={l.id} className={TABLE}>
            {/* The list's key is its caption (content/charts/*.ts writes it as words, in English only). */}
            <caption className={CAPTION}>{series.length ? fill(w['chartData.listCaption'], { title, list: l.label }) : title}</caption>
            <thead>
              <tr><th scope="col">{w['chartData.figure']}</th><th scope="col">{w['chartData.value']}</th><th scope="col">{w['chartData.period']}</th></tr>
            </thead>
            <tbody>
              {l.points.map((p) => {
                const words = factWords(getFact(p.factId), locale, factWordingZh);
                return (
                  <tr key={p.factId}>
                    <th scope="row">{words.label}</th>
                    <td><a href={`${dataRoom}#${p.factId}`}>{pointText(p, locale)}</a></td>
                    <td>{words.period}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
    </details>
    <p className={`${PROSE_P} mx-auto max-w-page px-5 text-ui`}>
      {links.map((piece, i) => <Fragment key={i}>{piece}</Fragment>)}
    </p>
    </>
  );
}
