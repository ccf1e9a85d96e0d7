/**
 * The numbers behind a chart as real tables, one control away (a <details> that works without
 * JavaScript), and a link to the same data as a CSV file (built by app/data/charts/[file]/route.ts).
 */
import type { ChartData, ChartList as FactList, ChartSeries as Series } from '@/lib/charts/types';
import { chartCsvPath } from '@/lib/data-room/chart-rows';

const isList = (s: Series | FactList): s is FactList => 'kind' in s && s.kind === 'list';

export function ChartDataTable({ chart, title, data }: { chart: string; title: string; data: ChartData }) {
  const all = Object.values(data);
  const series = all.filter((s): s is Series => !isList(s));
  const lists = all.filter(isList);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  return (
    <>
    <details className="chart-data" data-chart-table={chart}>
      <summary>Data behind this chart</summary>
      <div className="table-scroll">
        {series.length > 0 && (
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {series.map((s) => <th scope="col" key={s.id}>{s.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period}>
                  <th scope="row">{period}</th>
                  {series.map((s) => {
                    const p = s.points.find((q) => q.period === period);
                    return <td key={s.id}>{p ? <a href={`/data#${p.factId}`}>{p.text}</a> : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {lists.map((l) => (
          <table key={l.id}>
            <caption>{series.length ? `${title}: ${l.label}` : title}</caption>
            <thead>
              <tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Period</th></tr>
            </thead>
            <tbody>
              {l.points.map((p) => (
                <tr key={p.factId}>
                  <th scope="row">{p.label}</th>
                  <td><a href={`/data#${p.factId}`}>{p.text}</a></td>
                  <td>{p.period}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </details>
    <p className="mx-auto max-w-page px-5 text-ui">
      {/* Its block margins are the prose column's (story.css). */}
      <a className="inline-block py-1" href={chartCsvPath(chart)} download data-chart-csv={chart}>Download the data</a> (CSV) · <a className="inline-block py-1" href="/data">Sources in the data room</a>
    </p>
    </>
  );
}
