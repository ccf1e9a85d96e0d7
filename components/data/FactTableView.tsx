'use client';
/**
 * The client half of the data room's table. It receives every row already rendered on the server
 * and only decides which rows show, in what order and under which group headings. The controls
 * appear once JavaScript runs (the server HTML carries the full table and a note in their place).
 * Sorting: the column-header buttons, or the "Sort by" menu, which also serves phones, where the
 * header row is visually hidden and rows become cards.
 * Words come as plain strings in the page's edition (the server picks them from content/ui/data.ts).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { fill } from '@/lib/i18n/words';
import { FACT_ROWS, FIELD, GROUP_CELL, GROUP_ROW, HEAD_CELL } from './classes';
import { SORT_KEYS, STATUS_KINDS, matches, sortRows, type Filter, type Group, type Row, type Sort, type SortKey, type StatusKind, type ViewWords } from './rows';

export interface ViewProps {
  groups: Group[];
  rows: Row[];
  words: ViewWords;
  /** The columns in order: the name in the edition's words and the sort a header button offers. */
  columns: { name: string; sort?: SortKey }[];
  statusLabels: Record<StatusKind, string>;
  sortLabels: Record<SortKey, string>;
  /** The page's language, for ordering words. */
  lang: string;
}

/** The columns' shares of the fixed-layout table, in order: figure, value, period, measure, status, sources, used in. */
const COLUMN_WIDTHS = ['w-[15%]', 'w-[10%]', 'w-[8%]', 'w-[13%]', 'w-[19%]', 'w-[21%]', 'w-[14%]'];
/** A toolbar control: its label above it, in the small type of a form. */
const TOOL = 'tool flex flex-col gap-1 text-caption font-semibold';
const SELECT = `${FIELD} max-md:w-full`;
const RESET = `tool-reset ${FIELD} cursor-pointer`;

const NO_FILTER: Filter = { query: '', status: 'all' };
const DEFAULT_SORT: Sort = { key: 'order', dir: 'asc' };

const noSubscribe = () => () => {};
/** False on the server and during hydration, true after: the controls exist only where they work. */
const useHydrated = () => useSyncExternalStore(noSubscribe, () => true, () => false);

export function FactTableView({ groups, rows, words: w, columns, statusLabels, sortLabels, lang }: ViewProps) {
  const hydrated = useHydrated();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [grouped, setGrouped] = useState(true);
  const [reveal, setReveal] = useState<string | null>(null);

  const shown = useMemo(() => sortRows(rows.filter((r) => matches(r, filter)), sort, lang), [rows, filter, sort, lang]);
  const sections = grouped
    ? groups.map((g) => ({ group: g, rows: shown.filter((r) => r.group === g.id) })).filter((s) => s.rows.length > 0)
    : [{ group: null, rows: shown }];

  // A link to a row the filter hides (#id from a formula or from another page) clears the filter.
  useEffect(() => {
    const onHash = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (rows.some((r) => r.id === id) && !document.getElementById(id)) {
        setFilter(NO_FILTER);
        setReveal(id);
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [rows]);
  useEffect(() => {
    if (!reveal) return;
    document.getElementById(reveal)?.scrollIntoView({ block: 'start' });
    setReveal(null);
  }, [reveal]);

  const sortBy = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));

  return (
    <div className="fact-table" data-hydrated={hydrated || undefined}>
      {/* The slot keeps its height whether or not the controls have appeared, so nothing jumps. */}
      <div className="fact-tools-slot flex min-h-[4.75rem] items-end max-md:min-h-44">
        {hydrated ? (
          <form className="fact-tools flex w-full flex-wrap items-end gap-x-4 gap-y-3 max-md:grid max-md:grid-cols-[1fr_1fr]" role="search" aria-label={w['tools.label']} onSubmit={(e) => e.preventDefault()}>
            <label className={`${TOOL} tool-query max-w-md flex-[1_1_16rem] max-md:col-span-full max-md:max-w-none`}>
              <span>{w['tools.filter']}</span>
              <input type="search" className={FIELD} value={filter.query} placeholder={w['tools.filterPlaceholder']} onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))} />
            </label>
            <label className={TOOL}>
              <span>{w['tools.status']}</span>
              <select className={SELECT} value={filter.status} onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as StatusKind | 'all' }))}>
                <option value="all">{w['tools.anyStatus']}</option>
                {STATUS_KINDS.map((k) => <option key={k} value={k}>{statusLabels[k]}</option>)}
              </select>
            </label>
            <label className={TOOL}>
              <span>{w['tools.sortBy']}</span>
              <select className={SELECT} value={sort.key} onChange={(e) => setSort((s) => ({ ...s, key: e.target.value as SortKey }))}>
                {SORT_KEYS.map((k) => <option key={k} value={k}>{sortLabels[k]}</option>)}
              </select>
            </label>
            <label className={TOOL}>
              <span>{w['tools.order']}</span>
              <select className={SELECT} value={sort.dir} onChange={(e) => setSort((s) => ({ ...s, dir: e.target.value as Sort['dir'] }))}>
                <option value="asc">{w['tools.ascending']}</option>
                <option value="desc">{w['tools.descending']}</option>
              </select>
            </label>
            <label className="tool tool-check flex min-h-11 items-center gap-2 text-ui font-normal max-md:[justify-self:start]">
              <input type="checkbox" className="size-5 accent-accent" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
              <span>{w['tools.group']}</span>
            </label>
            <button type="button" className={RESET} onClick={() => { setFilter(NO_FILTER); setSort(DEFAULT_SORT); setGrouped(true); }}>
              {w['tools.reset']}
            </button>
          </form>
        ) : (
          <p className="fact-tools-note text-muted">{w['tools.noScript']}</p>
        )}
      </div>
      <p className="fact-count mt-3 mb-1 text-small text-muted" role="status">
        {shown.length === rows.length ? fill(w['count.all'], { total: rows.length }) : fill(w['count.some'], { shown: shown.length, total: rows.length })}
      </p>
      {grouped && sections.length > 1 && (
        <nav aria-label={w['groupNav.label']} className="group-nav">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-small">
            {sections.map(({ group, rows: rs }) => group && <li key={group.id}><a className="inline-block py-1" href={`#in-${group.id}`}>{group.title}</a> ({rs.length})</li>)}
          </ul>
        </nav>
      )}
      <div className="table-frame">
        {/* No overflow on this frame, so the header row can stick under the site header. */}
        <table className={`data-table w-full table-fixed border-collapse text-small tabular-nums max-md:block max-md:w-auto ${FACT_ROWS}`}>
          <caption className="sr-only">{w['table.caption']}{grouped ? w['table.captionGrouped'] : ''}</caption>
          {/* Sorting on phones is the toolbar's "Sort by"; the header row would only repeat the labels. */}
          <thead className="max-md:hidden">
            <tr className="scroll-mt-14 max-md:block">
              {columns.map(({ name, sort: key }, i) => {
                const active = key && sort.key === key;
                return (
                  <th key={name} scope="col" className={`${HEAD_CELL} ${COLUMN_WIDTHS[i]}`} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {hydrated && key ? (
                      <button type="button" className="sort-button -ml-1 inline-flex min-h-8 cursor-pointer items-center gap-1.5 rounded-[3px] px-1 py-0.5 font-bold text-ink hover:bg-[color-mix(in_srgb,var(--ink)_8%,transparent)]" onClick={() => sortBy(key)}>
                        {name}
                        <span aria-hidden="true" className="sort-mark text-[0.75em] text-muted">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                      </button>
                    ) : name}
                  </th>
                );
              })}
            </tr>
          </thead>
          {sections.map(({ group, rows: rs }) => (
            <tbody key={group?.id ?? 'all'} data-group={group?.id} className="max-md:block">
              {group && (
                <tr className={`group-row ${GROUP_ROW}`} id={`in-${group.id}`}>
                  <th scope="rowgroup" colSpan={columns.length} className={GROUP_CELL}>
                    <span className="group-title mr-2 font-bold">{group.title}</span>
                    {group.href && <> <a href={group.href}>{w['table.readChapter']}</a></>}
                  </th>
                </tr>
              )}
              {rs.map((r) => (
                <tr key={r.id} id={r.id} data-fact-row={r.id}>{r.cells}</tr>
              ))}
            </tbody>
          ))}
        </table>
        {shown.length === 0 && <p className="fact-empty py-4">{w['empty.text']} <button type="button" className={RESET} onClick={() => setFilter(NO_FILTER)}>{w['empty.clear']}</button></p>}
      </div>
    </div>
  );
}
