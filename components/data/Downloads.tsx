/** The data room's downloads: the whole registry as CSV and JSON, and each chart's data as CSV. */
import { registry } from '@/lib/registry';
import { formatValue } from '@/lib/registry/format';
import { writtenChapters } from '@/lib/chapters';
import { chartCsvPath } from '@/lib/data-room/chart-rows';
import { chartNames, chartTitle } from '@/lib/charts/specs';

export function Downloads() {
  const chapters = writtenChapters();
  const charts = chartNames().map((name) => ({
    name,
    title: chartTitle(name),
    drawnIn: chapters.flatMap((c) => c.scrollies.filter((s) => s.chart === name).map((s) => ({ slug: c.slug, title: c.frontmatter.title, step: s.steps[0]?.id }))),
  }));
  return (
    <section className="downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Downloads</h2>
      <ul className="download-list">
        <li>
          <a href="/data/facts.csv" download>facts.csv</a>: every figure, one row each ({formatValue({ value: registry.facts.size, unit: 'count' })} rows),
          with its value, measure, period, status, sources and where the story uses it.
        </li>
        <li>
          <a href="/data/facts.json" download>facts.json</a>: the same and more: each source in full with the words it uses,
          every alternative value with its own sources, the chart series and the chart files.
        </li>
      </ul>
      <p>
        Values are in base units (yuan, not billions of yuan) and losses are negative; the <code>text</code> column holds the
        value as the story prints it. Cells with several entries separate them with a vertical bar. The files are UTF-8 and
        open directly in a spreadsheet.
      </p>
      <h3>The data behind each chart</h3>
      <ul className="download-list">
        {charts.map((c) => (
          <li key={c.name}>
            <a href={chartCsvPath(c.name)} download>{`${c.name}.csv`}</a>: {c.title}
            {c.drawnIn.length > 0 && (
              <>, drawn in {c.drawnIn.map((d, i) => (
                <span key={`${d.slug}-${i}`}>{i > 0 && ', '}<a href={`/${d.slug}${d.step ? `#${d.step}` : ''}`}>{d.title}</a></span>
              ))}</>
            )}
            . One row per point the chart draws, in drawing order.
          </li>
        ))}
      </ul>
    </section>
  );
}
