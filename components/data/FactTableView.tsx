'use client';
/**
 * The client half of the data room's table. It receives every row already rendered on the server
 * and only decides which rows show, in what order and under which group headings. The controls
 * appear once JavaScript runs (the server HTML carries the full table and a note in their place).
 * Sorting: the column-header buttons, or the "Sort by" menu, which also serves phones, where the
 * header row is visually hidden and rows become cards.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { COLUMN_NAMES } from './columns';
import { SORT_LABEL, STATUS_LABEL, matches, sortRows, type Filter, type Group, type Row, type Sort, type SortKey, type StatusKind } from './rows';

const SORTABLE: Partial<Record<(typeof COLUMN_NAMES)[number], SortKey>> = { Figure: 'label', Value: 'value', Period: 'period', Measure: 'measure', Status: 'status' };
const NO_FILTER: Filter = { query: '', status: 'all' };
const DEFAULT_SORT: Sort = { key: 'order', dir: 'asc' };

const noSubscribe = () => () => {};
/** False on the server and during hydration, true after: the controls exist only where they work. */
const useHydrated = () => useSyncExternalStore(noSubscribe, () => true, () => false);

export function FactTableView({ groups, rows }: { groups: Group[]; rows: Row[] }) {
  const hydrated = useHydrated();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [grouped, setGrouped] = useState(true);
  const [reveal, setReveal] = useState<string | null>(null);

  const shown = useMemo(() => sortRows(rows.filter((r) => matches(r, filter)), sort), [rows, filter, sort]);
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
      <div className="fact-tools-slot">
        {hydrated ? (
          <form className="fact-tools" role="search" aria-label="Filter and sort the figures" onSubmit={(e) => e.preventDefault()}>
            <label className="tool tool-query">
              <span>Filter</span>
              <input type="search" value={filter.query} placeholder="Words, e.g. deliveries 2025" onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))} />
            </label>
            <label className="tool">
              <span>Status</span>
              <select value={filter.status} onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as StatusKind | 'all' }))}>
                <option value="all">Any status</option>
                {(Object.keys(STATUS_LABEL) as StatusKind[]).map((k) => <option key={k} value={k}>{STATUS_LABEL[k]}</option>)}
              </select>
            </label>
            <label className="tool">
              <span>Sort by</span>
              <select value={sort.key} onChange={(e) => setSort((s) => ({ ...s, key: e.target.value as SortKey }))}>
                {(Object.keys(SORT_LABEL) as SortKey[]).map((k) => <option key={k} value={k}>{SORT_LABEL[k]}</option>)}
              </select>
            </label>
            <label className="tool">
              <span>Order</span>
              <select value={sort.dir} onChange={(e) => setSort((s) => ({ ...s, dir: e.target.value as Sort['dir'] }))}>
                <option value="asc">Ascending</option>
                <option value="desc">Descending</option>
              </select>
            </label>
            <label className="tool tool-check">
              <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
              <span>Group by chapter</span>
            </label>
            <button type="button" className="tool-reset" onClick={() => { setFilter(NO_FILTER); setSort(DEFAULT_SORT); setGrouped(true); }}>
              Reset
            </button>
          </form>
        ) : (
          <p className="fact-tools-note">All figures are listed below. With JavaScript on, you can filter and sort them here.</p>
        )}
      </div>
      <p className="fact-count" role="status">
        {shown.length === rows.length ? `${rows.length} figures` : `Showing ${shown.length} of ${rows.length} figures`}
      </p>
      {grouped && sections.length > 1 && (
        <nav aria-label="Groups of figures" className="group-nav">
          <ul>
            {sections.map(({ group, rows: rs }) => group && <li key={group.id}><a href={`#in-${group.id}`}>{group.title}</a> ({rs.length})</li>)}
          </ul>
        </nav>
      )}
      <div className="table-frame">
        <table className="data-table">
          <caption className="sr-only">Every figure in the story with its sources{grouped ? ', grouped by the chapter that first uses it' : ''}</caption>
          <thead>
            <tr>
              {COLUMN_NAMES.map((name) => {
                const key = SORTABLE[name];
                const active = key && sort.key === key;
                return (
                  <th key={name} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {hydrated && key ? (
                      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                        {name}
                        <span aria-hidden="true" className="sort-mark">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                      </button>
                    ) : name}
                  </th>
                );
              })}
            </tr>
          </thead>
          {sections.map(({ group, rows: rs }) => (
            <tbody key={group?.id ?? 'all'} data-group={group?.id}>
              {group && (
                <tr className="group-row" id={`in-${group.id}`}>
                  <th scope="rowgroup" colSpan={COLUMN_NAMES.length}>
                    <span className="group-title">{group.title}</span>
                    {group.href && <> <a href={group.href}>Read the chapter</a></>}
                  </th>
                </tr>
              )}
              {rs.map((r) => (
                <tr key={r.id} id={r.id} data-fact-row={r.id}>{r.cells}</tr>
              ))}
            </tbody>
          ))}
        </table>
        {shown.length === 0 && <p className="fact-empty">No figure matches. <button type="button" className="tool-reset" onClick={() => setFilter(NO_FILTER)}>Clear the filter</button></p>}
      </div>
    </div>
  );
}
