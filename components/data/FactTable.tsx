/**
 * The data room's table: every fact in the registry, grouped by the chapter that first uses it,
 * with a last group for figures no page prints. The server renders every cell; the client view
 * only orders, filters and groups the rows, so without JavaScript the whole table is still there.
 * In the Chinese edition the rows, groups, filter words and links are Chinese (/zh/<slug>); sort
 * keys are the registry's figures and periods, the same in both.
 */
import type { Fact } from '@/lib/registry';
import { registry, getSource } from '@/lib/registry';
import { chapterModels } from '@/lib/chapter-model';
import { HTML_LANG, localePath, type Locale } from '@/lib/i18n/locale';
import { fill, wordsFor } from '@/lib/i18n/words';
import { periodSortKey } from '@/lib/data-room/period';
import { groupOf, type FactUsage } from '@/lib/data-room/usage';
import { siteUsage } from '@/lib/data-room/site';
import { alternativeIn, publisherIn, valueText, wordsOf } from '@/lib/data-room/edition';
import { dataWords, type DataWords } from '@/content/ui/data';
import { story } from '@/content/story';
import { FactCells } from './FactCells';
import { FactTableView } from './FactTableView';
import { COLUMNS, columnNames } from './columns';
import { SORT_KEYS, SORT_WORD, STATUS_KINDS, STATUS_WORD, VIEW_WORDS, type Group, type Row, type SortKeys, type ViewWords } from './rows';

export const UNUSED_GROUP = 'unused';

function sortKeys(f: Fact, order: number, locale: Locale): SortKeys {
  const value = typeof f.value === 'number' ? f.value : Date.parse(f.value);
  const w = wordsOf(f, locale);
  return { label: w.label, unit: f.unit, value: Number.isFinite(value) ? value : null, period: periodSortKey(f.period), measure: w.measure, status: f.status.kind, order };
}

function searchText(f: Fact, u: FactUsage, locale: Locale, words: DataWords): string {
  const st = f.status;
  const w = wordsOf(f, locale);
  const cites = [...f.sources, ...(st.kind === 'differ' ? st.alternatives.flatMap((a) => a.sources) : [])].map((c) => getSource(c.source));
  return [
    f.id, w.label, locale === 'en' ? f.text : valueText(f, locale), w.period, w.measure, words[STATUS_WORD[st.kind]], w.note ?? f.note,
    st.kind === 'differ'
      ? [w.differNote ?? st.note, ...st.alternatives.map((a, i) => `${alternativeIn(f, a, locale)} ${(a.note && (w.alternativeNotes?.[i] ?? a.note)) ?? ''}`)].join(' ')
      : '',
    st.kind === 'derived' ? (w.formula ?? st.formula.text) : '',
    ...cites.map((s) => `${publisherIn(s.publisher, locale)} ${s.title}`),
    ...u.chapters.map((c) => c.title), ...u.charts.map((c) => c.title),
  ].filter(Boolean).join(' ').toLowerCase();
}

export function FactTable({ locale }: { locale: Locale }) {
  const w = wordsFor(dataWords, locale);
  const usage = siteUsage(locale);
  const rows: Row[] = [...registry.facts.values()].map((f, i) => {
    const u = usage.get(f.id)!;
    return { id: f.id, group: groupOf(u) ?? UNUSED_GROUP, keys: sortKeys(f, i, locale), search: searchText(f, u, locale, w), cells: <FactCells fact={f} usage={u} locale={locale} /> };
  });
  const groups: Group[] = [
    ...chapterModels(locale).map((c) => ({
      id: c.slug,
      title: fill(w['table.groupChapter'], { n: story.chapters.indexOf(c.slug) + 1, title: c.frontmatter.title }),
      href: localePath(`/${c.slug}`, locale),
    })),
    { id: UNUSED_GROUP, title: w['table.groupUnused'] },
  ].filter((g) => rows.some((r) => r.group === g.id));
  const names = columnNames(w);
  return (
    <FactTableView
      groups={groups}
      rows={rows}
      words={Object.fromEntries(VIEW_WORDS.map((k) => [k, w[k]])) as ViewWords}
      columns={COLUMNS.map((c, i) => ({ name: names[i], ...('sort' in c ? { sort: c.sort } : {}) }))}
      statusLabels={Object.fromEntries(STATUS_KINDS.map((k) => [k, w[STATUS_WORD[k]]])) as Record<(typeof STATUS_KINDS)[number], string>}
      sortLabels={Object.fromEntries(SORT_KEYS.map((k) => [k, w[SORT_WORD[k]]])) as Record<(typeof SORT_KEYS)[number], string>}
      lang={HTML_LANG[locale]}
    />
  );
}
