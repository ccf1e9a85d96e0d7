/** The numbers behind a chart as a real table, one control away (a <details> that works without JavaScript). */
import type { ChartData } from '@/components/charts/types';

export function ChartDataTable({ chart, title, data }: { chart: string; title: string; data: ChartData }) {
  const series = Object.values(data);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  return (
    <details className="chart-data" data-chart-table={chart}>
      <summary>Data behind this chart</summary>
      <div className="table-scroll">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {series.map((s) => (
                <th scope="col" key={s.id}>{s.label}</th>
              ))}
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
      </div>
    </details>
  );
}
