/**
 * The data room's view of the whole site, for server code only (routes and server components):
 * the usage map over every written chapter and every chart, and the download files built from it,
 * in each edition. Chapters added later are picked up through writtenChapters(); nothing here
 * names a chapter. The Chinese edition uses the same usage (the same facts in the same steps),
 * with the Chinese chapter titles, chart titles and /zh links.
 */
import { registry, getFact } from '@/lib/registry';
import { writtenChapters } from '@/lib/chapters';
import { chapterModels } from '@/lib/chapter-model';
import { absolute } from '@/lib/site';
import { HTML_LANG, localePath, type Locale } from '@/lib/i18n/locale';
import { formatPeriod } from '@/lib/registry/format';
import { story } from '@/content/story';
import { storyZh } from '@/content/zh/story';
import { chartNames } from '@/lib/charts/specs';
import { chartData } from '@/lib/charts/resolve';
import { chartCsv, chartCsvHeader, chartCsvPath, chartFactIds, chartRows, chartRowsIn } from './chart-rows';
import { chineseCsv, factRecords, factsCsv, factsJson, type ExportContext, type ExportWords } from './export';
import { alternativeIn, publisherIn, seriesLabelIn, unitIn, valueText, wordsOf } from './edition';
import { buildUsage, type FactUsage } from './usage';

export { chartNames };

const usageCache = new Map<Locale, Map<string, FactUsage>>();

/** A chart's title in an edition: its declaration's copy for the locale (English where not written yet). */
export function chartTitleIn(name: string, locale: Locale): string {
  return chartData(name, locale).copy.title;
}

function englishUsage(): Map<string, FactUsage> {
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
  return buildUsage([...registry.facts.keys()], derived, chapters, charts);
}

/** The English usage in another edition's words and links (step ids are the same in every edition). */
function usageIn(english: Map<string, FactUsage>, locale: Locale): Map<string, FactUsage> {
  const titles = new Map(chapterModels(locale).map((c) => [c.slug as string, c.frontmatter.title]));
  const charts = new Map(chartNames().map((n) => [n as string, chartTitleIn(n, locale)]));
  return new Map([...english].map(([id, u]) => [id, {
    chapters: u.chapters.map((c) => ({ ...c, title: titles.get(c.slug) ?? c.title, href: localePath(c.href, locale) })),
    charts: u.charts.map((c) => ({ ...c, title: charts.get(c.name) ?? c.title, href: localePath(c.href, locale) })),
    inputTo: u.inputTo,
  }]));
}

export function siteUsage(locale: Locale = 'en'): Map<string, FactUsage> {
  const hit = usageCache.get(locale);
  if (hit) return hit;
  const usage = locale === 'en' ? englishUsage() : usageIn(siteUsage('en'), locale);
  usageCache.set(locale, usage);
  return usage;
}

function exportWords(locale: Locale): ExportWords {
  return {
    locale,
    fact: (f) => wordsOf(f, locale),
    value: (f) => (locale === 'en' ? f.text : valueText(f, locale)),
    alternative: (f, a) => alternativeIn(f, a, locale),
    publisher: (name) => publisherIn(name, locale),
  };
}

const context = (locale: Locale): ExportContext => ({
  registry, usage: siteUsage(locale), absolute, ...(locale === 'en' ? {} : { words: exportWords(locale) }),
});

export function factsCsvFile(locale: Locale = 'en'): string {
  const records = factRecords(context(locale));
  return locale === 'en' ? factsCsv(records) : factsCsv(records, chineseCsv((u) => unitIn(u, locale)));
}

export function factsJsonFile(locale: Locale = 'en'): string {
  const ctx = context(locale);
  const charts = chartNames().map((name) => ({ name, title: chartTitleIn(name, locale), csv: absolute(chartCsvPath(name, locale)) }));
  const edition = locale === 'en'
    ? { title: story.title }
    : { title: storyZh.title, language: HTML_LANG[locale], seriesLabel: (id: string, label: string) => seriesLabelIn(id, label, locale) };
  return JSON.stringify(factsJson(factRecords(ctx), { ...ctx, ...edition, figuresAsOf: story.figuresAsOf, charts }), null, 2) + '\n';
}

export function chartCsvFile(name: string, locale: Locale = 'en'): string {
  const { name: chart, data } = chartData(name, locale);
  if (locale === 'en') return chartCsv(chartRows(chart, data, (id) => getFact(id)));
  const rows = chartRowsIn(chart, data, (id) => getFact(id), {
    series: (s) => (s.kind === 'series' ? seriesLabelIn(s.id, s.label, locale) : s.label),
    label: (id) => wordsOf(getFact(id), locale).label,
    // A series point may carry its own period; the fact's free-text wording applies only to the fact's own.
    period: (p) => {
      const f = getFact(p.factId);
      return p.period === f.period ? wordsOf(f, locale).period : formatPeriod(p.period, locale);
    },
    text: (p) => valueText(p, locale),
    unit: (u) => unitIn(u, locale),
  });
  return chartCsv(rows, chartCsvHeader(locale));
}
