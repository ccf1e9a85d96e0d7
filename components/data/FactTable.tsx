/** The data room's table: one row per fact, with every source (and every alternative value where sources differ). */
import type { Fact } from '@/lib/registry';
import { getSource } from '@/lib/registry';
import { formatDate, formatValue } from '@/lib/registry/format';
import type { Citation } from '@/lib/registry/schema';

function Cites({ cites }: { cites: Citation[] }) {
  return (
    <ul className="cites">
      {cites.map((c) => {
        const s = getSource(c.source);
        return (
          <li key={c.source}>
            {s.url ? <a href={s.url} rel="noopener noreferrer">{s.publisher}</a> : <cite>{s.publisher}</cite>}
            {`, ${s.title}, ${formatDate(s.date)}`}
            {c.quote && <q lang={s.language}>{c.quote}</q>}
          </li>
        );
      })}
    </ul>
  );
}

function Status({ fact }: { fact: Fact }) {
  const st = fact.status;
  if (st.kind === 'single') return <>Single source</>;
  if (st.kind === 'agreed') return <>Sources agree</>;
  if (st.kind === 'derived')
    return (
      <>
        Derived: {st.formula.text} ({st.formula.inputs.map((id, i) => <span key={id}>{i > 0 && ', '}<a href={`#${id}`}>{id}</a></span>)})
      </>
    );
  return (
    <>
      Sources differ: {st.note}
      <ul className="alternatives">
        {st.alternatives.map((a, i) => (
          <li key={i}>
            {typeof a.value === 'number' ? formatValue({ value: Math.abs(a.value), unit: a.unit ?? fact.unit, qualifier: a.qualifier }) : a.value}
            {a.note && ` (${a.note})`}
            <Cites cites={a.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function FactTable({ facts }: { facts: Fact[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">Every figure with its sources</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Period</th>
            <th scope="col">Measure</th>
            <th scope="col">Status</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <tr key={f.id} id={f.id}>
              <th scope="row">{f.label}</th>
              <td>{f.text}</td>
              <td>{f.period}</td>
              <td>{f.measure}</td>
              <td><Status fact={f} /></td>
              <td><Cites cites={f.sources} />{f.note && <p className="fact-note">{f.note}</p>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
