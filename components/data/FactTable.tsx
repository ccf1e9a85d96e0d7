/**
 * The data room's table: every fact in the registry, grouped by the chapter that first uses it,
 * with a last group for figures no page prints. The server renders every cell; the client view
 * only orders, filters and groups the rows, so without JavaScript the whole table is still there.
 */
import type { Fact } from '@/lib/registry';
import { registry, getSource } from '@/lib/registry';
import { writtenChapters } from '@/lib/chapters';
import { periodSortKey } from '@/lib/data-room/period';
import { alternativeText } from '@/lib/registry/alternative';
import { groupOf, type FactUsage } from '@/lib/data-room/usage';
import { siteUsage } from '@/lib/data-room/site';
import { story } from '@/content/story';
import { FactCells } from './FactCells';
import { FactTableView } from './FactTableView';
import { STATUS_LABEL, type Group, type Row, type SortKeys } from './rows';

export const UNUSED_GROUP = 'unused';

function sortKeys(f: Fact, order: number): SortKeys {
  const value = typeof f.value === 'number' ? f.value : Date.parse(f.value);
  return { label: f.label, unit: f.unit, value: Number.isFinite(value) ? value : null, period: periodSortKey(f.period), measure: f.measure, status: f.status.kind, order };
}

function searchText(f: Fact, u: FactUsage): string {
  const st = f.status;
  const cites = [...f.sources, ...(st.kind === 'differ' ? st.alternatives.flatMap((a) => a.sources) : [])].map((c) => getSource(c.source));
  return [
    f.id, f.label, f.text, f.period, f.measure, STATUS_LABEL[st.kind], f.note,
    st.kind === 'differ' ? [st.note, ...st.alternatives.map((a) => `${alternativeText(f, a)} ${a.note ?? ''}`)].join(' ') : '',
    st.kind === 'derived' ? st.formula.text : '',
    ...cites.map((s) => `${s.publisher} ${s.title}`),
    ...u.chapters.map((c) => c.title), ...u.charts.map((c) => c.title),
  ].filter(Boolean).join(' ').toLowerCase();
}

export function FactTable() {
  const usage = siteUsage();
  const rows: Row[] = [...registry.facts.values()].map((f, i) => {
    const u = usage.get(f.id)!;
    return { id: f.id, group: groupOf(u) ?? UNUSED_GROUP, keys: sortKeys(f, i), search: searchText(f, u), cells: <FactCells fact={f} usage={u} /> };
  });
  const groups: Group[] = [
    ...writtenChapters().map((c) => ({ id: c.slug, title: `Chapter ${story.chapters.indexOf(c.slug) + 1}: ${c.frontmatter.title}`, href: `/${c.slug}` })),
    { id: UNUSED_GROUP, title: 'Not printed on any page' },
  ].filter((g) => rows.some((r) => r.group === g.id));
  return <FactTableView groups={groups} rows={rows} />;
}
