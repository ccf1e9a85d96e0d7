/**
 * The data room's view of the whole site, for server code only (routes and server components):
 * the usage map over every written chapter and every chart, and the download files built from it.
 * Chapters added later are picked up through writtenChapters(); nothing here names a chapter.
 */
import { registry, getFact } from '@/lib/registry';
import { writtenChapters } from '@/lib/chapters';
import { absolute } from '@/lib/site';
import { story } from '@/content/story';
import { chartNames, chartTitle } from '@/lib/charts/specs';
import { chartData } from '@/lib/charts/resolve';
import { chartCsv, chartCsvPath, chartFactIds, chartRows } from './chart-rows';
import { factRecords, factsCsv, factsJson, type ExportContext } from './export';
import { buildUsage, type FactUsage } from './usage';

export { chartNames };

let usageCache: Map<string, FactUsage> | undefined;

export function siteUsage(): Map<string, FactUsage> {
  if (usageCache) return usageCache;
  const derived = new Map(
    [...registry.facts.values()].flatMap((f) => (f.status.kind === 'derived' ? [[f.id, f.status.formula.inputs] as const] : [])),
  );
  const chapters = writtenChapters().map((c) => ({
    slug: c.slug,
    title: c.frontmatter.title,
    facts: c.facts,
    headlineFact: c.frontmatter.headlineFact,
    scrollies: c.scrollies.map((s) => ({ chart: s.chart, firstStep: s.steps[0]?.id ?? '' })),
  }));
  const charts = chartNames().map((name) => {
    const { title, data } = chartData(name);
    return { name, title, factIds: chartFactIds(data) };
  });
  usageCache = buildUsage([...registry.facts.keys()], derived, chapters, charts);
  return usageCache;
}

const context = (): ExportContext => ({ registry, usage: siteUsage(), absolute });

export function factsCsvFile(): string {
  return factsCsv(factRecords(context()));
}

export function factsJsonFile(): string {
  const ctx = context();
  const charts = chartNames().map((name) => ({ name, title: chartTitle(name), csv: absolute(chartCsvPath(name)) }));
  return JSON.stringify(factsJson(factRecords(ctx), { ...ctx, title: story.title, figuresAsOf: story.figuresAsOf, charts }), null, 2) + '\n';
}

export function chartCsvFile(name: string): string {
  const { name: chart, data } = chartData(name);
  return chartCsv(chartRows(chart, data, (id) => getFact(id)));
}
